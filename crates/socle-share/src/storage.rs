//! Saved scenarios, kept as one JSON text in the browser's local storage.

use crate::error::{from_json_error, Limit, ShareError};
use crate::json::{check_version, read_scenario, top_level};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use socle_model::Scenario;

/// Version of the saved-scenarios schema written by [`SavedScenarios::to_storage_string`].
pub const STORAGE_VERSION: u32 = 1;

/// Largest saved text read, in bytes: browsers give an origin about 5 MB of local storage, so anything
/// larger did not come from Socle.
pub const MAX_STORAGE_BYTES: usize = 4 * 1024 * 1024;

/// One saved scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// Name the user gave it.
    pub name: String,
    /// When it was saved, as the page wrote it (e.g. an ISO 8601 date); not interpreted here.
    pub saved_at: String,
    /// The scenario, in full.
    pub scenario: Scenario,
}

/// The list of saved scenarios, versioned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SavedScenarios {
    /// Schema version ([`STORAGE_VERSION`]).
    pub version: u32,
    /// The saved scenarios, in the user's order.
    pub items: Vec<Saved>,
}

impl Default for SavedScenarios {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

/// Something found in local storage that could not be read: keep `raw` elsewhere before saving over it,
/// and tell the user `reason`.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    /// Position of the item in the saved list, or `None` when the whole text could not be read.
    pub position: Option<usize>,
    /// The item's name, when it could still be read.
    pub name: Option<String>,
    /// Why it could not be read.
    pub reason: ShareError,
    /// The text as found.
    pub raw: String,
}

/// What [`from_storage_string`] could read, and what it set aside.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedSaves {
    /// The readable, valid saved scenarios.
    pub saves: SavedScenarios,
    /// Whatever could not be read, item by item (or the whole text).
    pub set_aside: Vec<SetAside>,
}

impl SavedScenarios {
    /// A list of the current schema version.
    pub fn new(items: Vec<Saved>) -> Self {
        Self {
            version: STORAGE_VERSION,
            items,
        }
    }

    /// The text to keep in local storage.
    pub fn to_storage_string(&self) -> String {
        // Serialising plain data (no maps with non-string keys) cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Same as [`from_storage_string`].
    pub fn from_storage_string(raw: &str) -> LoadedSaves {
        from_storage_string(raw)
    }
}

/// Reads the text kept in local storage. Never fails as a whole: each unreadable or invalid item is set
/// aside with its reason and the others are kept; text that cannot be read at all (not JSON, another
/// program's data, a newer schema version) gives an empty list and one [`SetAside`] for the whole text.
/// Empty text is an empty list.
pub fn from_storage_string(raw: &str) -> LoadedSaves {
    let whole = |reason| LoadedSaves {
        saves: SavedScenarios::default(),
        set_aside: vec![SetAside {
            position: None,
            name: None,
            reason,
            raw: raw.to_string(),
        }],
    };
    if raw.trim().is_empty() {
        return LoadedSaves::default();
    }
    if raw.len() > MAX_STORAGE_BYTES {
        return whole(ShareError::TooLarge {
            limit: Limit::Storage,
            size: raw.len(),
            max: MAX_STORAGE_BYTES,
        });
    }
    let items = match read_items(raw) {
        Ok(items) => items,
        Err(reason) => return whole(reason),
    };
    let mut loaded = LoadedSaves::default();
    for (position, item) in items.into_iter().enumerate() {
        match read_item(item.get()) {
            Ok(saved) => loaded.saves.items.push(saved),
            Err(reason) => loaded.set_aside.push(SetAside {
                position: Some(position),
                name: name_of(item.get()),
                reason,
                raw: item.get().to_string(),
            }),
        }
    }
    loaded
}

/// The items of a saved list, each left unread.
fn read_items(raw: &str) -> Result<Vec<&RawValue>, ShareError> {
    let top = top_level(raw)?;
    check_version(&top, "version", STORAGE_VERSION)?;
    let items = top.get("items").ok_or(ShareError::WrongType {
        field: String::new(),
        detail: "missing field `items`".to_string(),
    })?;
    serde_json::from_slice(items.get().as_bytes())
        .map_err(|e| crate::error::json_error(&e, "items".to_string()))
}

/// One item, read and validated.
fn read_item(json: &str) -> Result<Saved, ShareError> {
    #[derive(Deserialize)]
    struct Item<'a> {
        name: String,
        saved_at: String,
        #[serde(borrow)]
        scenario: &'a RawValue,
    }
    let item: Item =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(json.as_bytes()))
            .map_err(|e| from_json_error(e, |p| if p == "." { String::new() } else { p.to_string() }))?;
    let scenario = read_scenario(item.scenario.get()).map_err(|e| match e {
        ShareError::WrongType { field, detail } => ShareError::WrongType {
            field: format!("scenario.{field}"),
            detail,
        },
        ShareError::NotFinite { field } => ShareError::NotFinite {
            field: format!("scenario.{field}"),
        },
        other => other,
    })?;
    Ok(Saved {
        name: item.name,
        saved_at: item.saved_at,
        scenario,
    })
}

/// The name of an item that could not be read, if it has one.
fn name_of(json: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Named {
        name: String,
    }
    serde_json::from_slice::<Named>(json.as_bytes())
        .ok()
        .map(|n| n.name)
}
