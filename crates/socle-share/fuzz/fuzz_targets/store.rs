//! Browser storage, nearly full, holding anything: reading and writing through `socle_share::storage`
//! never panics, and a value present before is afterwards still in place or kept under a set-aside key,
//! unless it was readable and the page wrote the newer list or scenario over it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use socle_model::{persona_scenario, Persona};
use socle_share::storage::{
    keys, load_current, load_saves, scenario_from_storage, write_current, write_saves, Kept, Refused, Store,
    WriteError,
};
use socle_share::{from_storage_string, SavedScenarios};
use std::collections::BTreeMap;

/// Local storage with a quota in bytes of keys and values, like a browser's.
struct Capped {
    map: BTreeMap<String, String>,
    quota: usize,
}

impl Capped {
    fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl Store for Capped {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        let freed = self.map.get(key).map_or(0, |v| key.len() + v.len());
        if self.used() - freed + key.len() + value.len() > self.quota {
            return Err(Refused);
        }
        self.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}

/// True when `value` under `key` is one the page reads without setting anything aside.
fn readable(key: &str, value: &str) -> bool {
    match key {
        keys::SAVED => from_storage_string(value).set_aside.is_empty(),
        keys::CURRENT => scenario_from_storage(value).is_ok(),
        _ => false,
    }
}

/// The invariant, after one operation: nothing present in `before` is lost.
fn check(before: &BTreeMap<String, String>, after: &Capped, wrote: &[&str]) {
    for (key, value) in before {
        let in_place = after.map.get(key) == Some(value);
        let aside = after
            .map
            .iter()
            .any(|(k, v)| k.starts_with(keys::SET_ASIDE) && v == value);
        let replaced = wrote.contains(&key.as_str()) && readable(key, value);
        assert!(in_place || aside || replaced, "{key} lost: {value:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&[slack, flags], rest)) = data.split_first_chunk::<2>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut parts = text.split('\u{1}');
    let (saved, current, stamp) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or("2026-12-06T01:00:00.000Z"),
    );
    let mut store = Capped {
        map: BTreeMap::new(),
        quota: usize::MAX,
    };
    if flags & 1 != 0 {
        store.map.insert(keys::SAVED.to_owned(), saved.to_owned());
    }
    if flags & 2 != 0 {
        store.map.insert(keys::CURRENT.to_owned(), current.to_owned());
    }
    if flags & 4 != 0 {
        // The set-aside key of this moment is taken already, by other data.
        store.map.insert(format!("{}{stamp}", keys::SET_ASIDE), "older".to_owned());
    }
    if flags & 8 != 0 {
        // An identical copy is already set aside.
        store.map.insert(format!("{}earlier", keys::SET_ASIDE), saved.to_owned());
    }
    store.quota = store.used() + usize::from(slack) * 64;

    let before = store.map.clone();
    let loaded = load_saves(&mut store, stamp);
    check(&before, &store, &[]);
    if let Some(Kept::NotKept { raw }) = &loaded.kept {
        assert_eq!(store.get(keys::SAVED).as_deref(), Some(raw.as_str()), "left in place");
    }

    let before = store.map.clone();
    let current_loaded = load_current(&mut store, stamp);
    check(&before, &store, &[]);

    let before = store.map.clone();
    let list = if flags & 16 != 0 {
        SavedScenarios::default()
    } else {
        loaded.saves.clone()
    };
    match write_saves(&mut store, &list, stamp) {
        Ok(_) => {
            let back = from_storage_string(&store.get(keys::SAVED).unwrap_or_default());
            assert!(back.set_aside.is_empty());
            assert_eq!(back.saves, list, "what is written reads back");
        }
        Err(WriteError::NotKept { raw, .. }) => {
            assert_eq!(store.get(keys::SAVED).as_deref(), Some(raw.as_str()), "left in place");
        }
        Err(WriteError::Refused | WriteError::TooLarge(_)) => {}
    }
    check(&before, &store, &[keys::SAVED]);

    let before = store.map.clone();
    let scenario = current_loaded
        .scenario
        .unwrap_or_else(|| persona_scenario(Persona::HealthDataHost));
    if write_current(&mut store, &scenario, stamp).is_ok() {
        let back = scenario_from_storage(&store.get(keys::CURRENT).unwrap_or_default());
        assert_eq!(back.as_ref(), Ok(&scenario), "what is written reads back");
    }
    check(&before, &store, &[keys::CURRENT]);
});
