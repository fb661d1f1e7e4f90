//! The compact form inside links: every field has its key, and the packing of overrides loses nothing.

mod support;

use socle_model::sovereignty::CRITERIA;
use socle_model::{AnswerOverride, DeploymentOption};
use socle_share::compact::{pack, unpack, Compact, ANSWER_SLOTS, FIELDS, OVERRIDE_CODES};
use socle_share::MAX_DECOMPRESSED_BYTES;
use support::{Rng, Spread};

#[test]
fn every_ladder_fits_in_a_packed_override() {
    for criterion in &CRITERIA {
        assert!(
            u32::from(criterion.ladder_len()) <= ANSWER_SLOTS,
            "{}",
            criterion.id
        );
    }
    assert_eq!(OVERRIDE_CODES, 1920);
}

#[test]
fn packing_an_override_is_reversible() {
    for option in DeploymentOption::ALL {
        for (criterion, c) in CRITERIA.iter().enumerate() {
            for answer in 0..c.ladder_len() {
                let o = AnswerOverride {
                    option,
                    criterion: criterion as u8,
                    answer,
                };
                assert_eq!(unpack(pack(o)).unwrap(), o);
            }
        }
    }
}

#[test]
fn every_key_of_the_compact_form_is_named_once() {
    // Scenarios with every input moved write, between them, every key.
    let mut written = std::collections::BTreeSet::new();
    for seed in 0..50 {
        let scenario = support::scenario(&mut Rng::new(seed), Spread::WORST);
        let json = serde_json::to_value(Compact::of(&scenario)).unwrap();
        written.extend(json.as_object().unwrap().keys().cloned());
    }
    let mut named: Vec<&str> = FIELDS.iter().map(|(short, _)| *short).collect();
    named.sort_unstable();
    assert_eq!(written.iter().map(String::as_str).collect::<Vec<_>>(), named);
    let mut long: Vec<&str> = FIELDS.iter().map(|(_, long)| *long).collect();
    long.sort_unstable();
    long.dedup();
    assert_eq!(long.len(), FIELDS.len());
}

#[test]
fn the_largest_compact_scenario_is_far_below_the_decompression_cap() {
    let largest = (0..50)
        .map(|seed| {
            let scenario = support::scenario(&mut Rng::new(seed), Spread::WORST);
            serde_json::to_vec(&Compact::of(&scenario)).unwrap().len()
        })
        .max()
        .unwrap();
    println!("largest compact JSON: {largest} bytes");
    assert!(largest * 4 < MAX_DECOMPRESSED_BYTES, "{largest} bytes");
}
