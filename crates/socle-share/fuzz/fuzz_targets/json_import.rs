//! JSON files: any text is refused or read, never a panic, and what is read exports and imports unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use socle_share::{scenario_from_json, scenario_to_json};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(scenario) = scenario_from_json(text) else {
        return;
    };
    let back = scenario_from_json(&scenario_to_json(&scenario)).expect("an exported file reads back");
    assert_eq!(back, scenario);
});
