//! The browser's local storage, read defensively: storage may be missing (private mode), full, or hold
//! data written by another version or by hand. Nothing here panics and nothing read is trusted.

/// Key of the scenario in progress, saved as JSON after every change.
pub const CURRENT: &str = "socle.current";
/// Key of the interface language.
pub const LANG: &str = "socle.lang";
/// Key of the named saved scenarios (`socle_share::SavedScenarios`).
pub const SAVED: &str = "socle.saved";
/// Prefix of the keys where unreadable data are set aside (with the time), never deleted.
pub const SET_ASIDE: &str = "socle.set-aside.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The text stored under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; false when the browser refused (no storage, quota).
pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Moves unreadable data out of the way, keeping them under a dated key, and returns that key.
pub fn set_aside(raw: &str) -> Option<String> {
    let key = format!("{SET_ASIDE}{}", js_sys::Date::new_0().to_iso_string());
    set(&key, raw).then_some(key)
}
