//! "Set aside, never deleted": what the browser keeps is copied before anything overwrites it, under a
//! key of its own, and nothing is overwritten when the copy cannot be made.

use socle_model::{persona_scenario, Persona};
use socle_share::storage::{
    keys, load_current, load_saves, set_aside, write_current, write_saves, Kept, Refused, Store, WriteError,
};
use socle_share::*;
use std::collections::BTreeMap;

/// Local storage with a quota, in bytes of keys and values, like a browser's.
#[derive(Default)]
struct FakeStore {
    map: BTreeMap<String, String>,
    quota: Option<usize>,
}

impl FakeStore {
    fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
    /// Full: nothing more can be added.
    fn full(mut self) -> Self {
        self.quota = Some(self.used());
        self
    }
}

impl Store for FakeStore {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        let after =
            self.used() - self.map.get(key).map_or(0, |v| key.len() + v.len()) + key.len() + value.len();
        if self.quota.is_some_and(|q| after > q) {
            return Err(Refused);
        }
        self.map.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}

fn saved(name: &str) -> Saved {
    Saved {
        name: name.to_string(),
        saved_at: "2026-12-01T09:30:00.000Z".to_string(),
        scenario: persona_scenario(Persona::HealthDataHost),
    }
}

/// A saved list whose second item cannot be read.
fn damaged_list() -> String {
    SavedScenarios::new(vec![saved("A"), saved("B")])
        .to_storage_string()
        .replacen("\"gpu_count\":", "\"gpu_count\":\"x\",\"zz\":", 2)
        .replacen("\"gpu_count\":\"x\",\"zz\":", "\"gpu_count\":", 1)
}

const T: &str = "2026-12-05T10:00:00.000Z";

#[test]
fn an_unreadable_saved_list_is_copied_before_it_is_rewritten() {
    let raw = damaged_list();
    let mut store = FakeStore::default();
    store.set(keys::SAVED, &raw).unwrap();
    let loaded = load_saves(&mut store, T);
    assert_eq!(loaded.saves.items.len(), 1);
    assert_eq!(loaded.set_aside.len(), 1);
    let key = format!("{}{T}", keys::SET_ASIDE);
    assert_eq!(loaded.kept, Some(Kept::At(key.clone())));
    assert_eq!(store.get(&key).as_deref(), Some(raw.as_str()));
    // Rewritten with the readable item only.
    let again = from_storage_string(&store.get(keys::SAVED).unwrap());
    assert!(again.set_aside.is_empty());
    assert_eq!(again.saves.items.len(), 1);
}

#[test]
fn when_the_copy_cannot_be_made_nothing_is_overwritten_and_the_caller_gets_the_text() {
    let raw = damaged_list();
    let mut store = FakeStore::default();
    store.set(keys::SAVED, &raw).unwrap();
    let mut store = store.full();
    let loaded = load_saves(&mut store, T);
    assert_eq!(loaded.kept, Some(Kept::NotKept { raw: raw.clone() }));
    assert_eq!(
        store.get(keys::SAVED).as_deref(),
        Some(raw.as_str()),
        "left untouched"
    );
    // Saving a new list over it is refused too, with the damaged text to offer as a download.
    match write_saves(&mut store, &SavedScenarios::new(vec![saved("C")]), T) {
        Err(WriteError::NotKept { raw: r, reason }) => {
            assert_eq!(r, raw);
            assert!(!reason.message(Lang::Fr).is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(store.get(keys::SAVED).as_deref(), Some(raw.as_str()));
}

#[test]
fn an_unreadable_value_is_set_aside_before_a_write_overwrites_it() {
    // The page writes without having loaded first (e.g. another tab damaged the value).
    let mut store = FakeStore::default();
    store.set(keys::SAVED, "{not json").unwrap();
    store
        .set(
            keys::CURRENT,
            "{\"socle_version\":1,\"scenario\":{\"persona\":\"Nope\"}}",
        )
        .unwrap();
    let kept = write_saves(&mut store, &SavedScenarios::new(vec![saved("C")]), T).unwrap();
    let Some(Kept::At(key)) = kept else {
        panic!("{kept:?}")
    };
    assert_eq!(store.get(&key).as_deref(), Some("{not json"));
    assert_eq!(
        from_storage_string(&store.get(keys::SAVED).unwrap()).saves.items[0].name,
        "C"
    );
    let kept = write_current(&mut store, &persona_scenario(Persona::AiStartup), T).unwrap();
    let Some(Kept::At(key2)) = kept else {
        panic!("{kept:?}")
    };
    assert_ne!(
        key, key2,
        "a second copy at the same moment gets a key of its own"
    );
    assert_eq!(key2, format!("{}{T}-2", keys::SET_ASIDE));
    assert!(store.get(&key2).unwrap().contains("Nope"));
    assert_eq!(
        scenario_from_storage(&store.get(keys::CURRENT).unwrap()).unwrap(),
        persona_scenario(Persona::AiStartup)
    );
}

#[test]
fn set_aside_keys_are_unique_and_an_identical_copy_is_reused() {
    let mut store = FakeStore::default();
    let a = set_aside(&mut store, "one", T);
    let b = set_aside(&mut store, "two", T);
    let c = set_aside(&mut store, "three", T);
    let again = set_aside(&mut store, "two", "2027-01-01");
    assert_eq!(a, Kept::At(format!("{}{T}", keys::SET_ASIDE)));
    assert_eq!(b, Kept::At(format!("{}{T}-2", keys::SET_ASIDE)));
    assert_eq!(c, Kept::At(format!("{}{T}-3", keys::SET_ASIDE)));
    assert_eq!(again, b);
    assert_eq!(store.map.len(), 3);
}

#[test]
fn an_unreadable_scenario_in_progress_is_set_aside_and_reported_without_speaking_of_a_file() {
    let mut store = FakeStore::default();
    let huge = format!(
        "{{\"socle_version\":1,\"scenario\":{{\"x\":\"{}\"}}}}",
        "a".repeat(MAX_JSON_BYTES)
    );
    store.set(keys::CURRENT, &huge).unwrap();
    let loaded = load_current(&mut store, T);
    assert!(loaded.scenario.is_none());
    let (reason, kept) = loaded.problem.unwrap();
    assert!(matches!(kept, Kept::At(_)));
    for (lang, file, browser) in [
        (Lang::En, "file", "browser"),
        (Lang::Fr, "fichier", "navigateur"),
        (Lang::De, "Datei", "Browser"),
    ] {
        let text = reason.message(lang);
        assert!(!text.contains(file), "{text}");
        assert!(text.contains(browser), "{text}");
    }
}

#[test]
fn a_full_store_refuses_a_write_and_keeps_what_it_had() {
    let mut store = FakeStore::default();
    let list = SavedScenarios::new(vec![saved("A")]);
    write_saves(&mut store, &list, T).unwrap();
    let before = store.get(keys::SAVED);
    let mut store = store.full();
    let bigger = SavedScenarios::new(vec![saved("A"), saved("B")]);
    assert_eq!(write_saves(&mut store, &bigger, T), Err(WriteError::Refused));
    assert_eq!(store.get(keys::SAVED), before);
}

#[test]
fn a_list_larger_than_its_reader_reads_is_not_written() {
    let mut store = FakeStore::default();
    let mut item = saved("A");
    item.name = "n".repeat(MAX_STORAGE_BYTES);
    let result = write_saves(&mut store, &SavedScenarios::new(vec![item]), T);
    assert!(matches!(
        result,
        Err(WriteError::TooLarge(ShareError::TooLarge {
            limit: Limit::Storage,
            ..
        }))
    ));
    assert!(store.get(keys::SAVED).is_none());
}
