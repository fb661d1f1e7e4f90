//! The browser's local storage, read defensively: storage may be missing (private mode), full, or hold
//! data written by another version or by hand. Nothing here panics and nothing read is trusted; what
//! cannot be read is set aside before anything overwrites it (`socle_share::storage`, which this module
//! only connects to `window.localStorage`).

use socle_share::storage::{Refused, Store};

pub use socle_share::storage::keys::{CURRENT, LANG, SAVED};

/// The page's local storage as a [`Store`]; every call fails softly when storage is unavailable.
pub struct LocalStore;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        if set(key, value) {
            Ok(())
        } else {
            Err(Refused)
        }
    }

    fn keys(&self) -> Vec<String> {
        let Some(s) = storage() else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
    }
}

/// The time used in set-aside keys (ISO 8601); `socle_share::storage::set_aside` makes it unique.
pub fn stamp() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The text stored under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; false when the browser refused (no storage, quota).
pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
