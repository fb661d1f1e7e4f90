//! Saved scenarios: any text loads without a panic, and what was kept saves and loads unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use socle_share::from_storage_string;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = from_storage_string(text);
    for aside in &loaded.set_aside {
        // The page shows the reason in both languages.
        assert!(!aside.reason.message(socle_share::Lang::Fr).is_empty());
    }
    let again = from_storage_string(&loaded.saves.to_storage_string());
    assert!(again.set_aside.is_empty(), "{:?}", again.set_aside);
    assert_eq!(again.saves, loaded.saves);
});
