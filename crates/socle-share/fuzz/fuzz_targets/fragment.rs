//! Share links: any text is refused or read, never a panic, and what is read travels again unchanged.
//!
//! The first byte picks what the rest is: the fragment text itself, or (odd first byte) the compact JSON
//! inside a link, wrapped here as the encoder would, so that fuzzing reaches past the checksum.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::fuzz_target;
use socle_share::compact::effective_overrides;
use socle_share::{decode_fragment, encode_fragment_with_view};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let fragment = if mode % 2 == 1 {
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(rest, 6);
        format!("lang=fr&s=1.{}", URL_SAFE_NO_PAD.encode(packed))
    } else {
        match std::str::from_utf8(rest) {
            Ok(text) => text.to_string(),
            Err(_) => return,
        }
    };
    let Ok(shared) = decode_fragment(&fragment) else {
        return;
    };
    let again = encode_fragment_with_view(&shared.scenario, shared.lang, shared.view.as_ref());
    assert!(
        again.len() <= 2_000,
        "a valid scenario made a link of {} characters",
        again.len()
    );
    let back = decode_fragment(&again).expect("a link just written reads back");
    let mut expected = shared.clone();
    // Only the override the model applies for each (option, criterion) travels.
    expected.scenario.assumptions.answer_overrides =
        effective_overrides(&shared.scenario.assumptions.answer_overrides);
    assert_eq!(back, expected);
});
