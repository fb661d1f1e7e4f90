//! The envelope of protected links: what is written reads back, and every damaged part is refused
//! with its name before anything is decrypted.

use socle_share::envelope::*;
use socle_share::*;

fn sample() -> Envelope {
    Envelope {
        iterations: MIN_ITERATIONS,
        salt: [7; SALT_BYTES],
        iv: [9; IV_BYTES],
        ciphertext: vec![1; 200],
    }
}

#[test]
fn an_envelope_reads_back() {
    let text = sample().to_text();
    assert!(text.starts_with("1.600000."));
    assert_eq!(Envelope::parse(&text), Ok(sample()));
}

#[test]
fn weak_or_costly_key_derivation_is_refused() {
    for n in [1, MIN_ITERATIONS - 1, MAX_ITERATIONS + 1] {
        let text = Envelope {
            iterations: n,
            ..sample()
        }
        .to_text();
        let err = Envelope::parse(&text).unwrap_err();
        assert!(matches!(err, ShareError::Iterations { found, .. } if found == n));
        assert!(err.message(Lang::Fr).contains("tours"));
    }
}

#[test]
fn damaged_parts_are_named() {
    let good = sample().to_text();
    let parts: Vec<&str> = good.split('.').collect();
    let with = |i: usize, v: &str| {
        let mut p = parts.clone();
        p[i] = v;
        p.join(".")
    };
    let part_of = |text: String| match Envelope::parse(&text) {
        Err(ShareError::Malformed(Malformed::Envelope(p))) => p,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(part_of(with(1, "6e5")), EnvelopePart::Iterations);
    assert_eq!(part_of(with(2, "AAAA")), EnvelopePart::Salt);
    assert_eq!(part_of(with(3, "AA*A")), EnvelopePart::Iv);
    assert_eq!(part_of(with(4, "AAAA")), EnvelopePart::Ciphertext);
    assert_eq!(
        Envelope::parse(&good[..good.len() - parts[4].len()]),
        Err(ShareError::Truncated)
    );
    assert_eq!(Envelope::parse("1.600000"), Err(ShareError::Truncated));
    assert!(matches!(
        Envelope::parse("2.600000.a.b.c"),
        Err(ShareError::UnknownVersion { .. })
    ));
    assert!(matches!(
        Envelope::parse(&format!("{good}.x")),
        Err(ShareError::Malformed(Malformed::TrailingData))
    ));
    assert!(matches!(
        Envelope::parse(&format!("{good}{}", "A".repeat(8_000))),
        Err(ShareError::TooLarge { .. })
    ));
    let fr = Envelope::parse(&with(2, "AAAA")).unwrap_err().message(Lang::Fr);
    assert!(fr.contains("sel"), "{fr}");
}

#[test]
fn a_protected_link_carries_the_language_and_the_envelope_only() {
    let fragment = protected_fragment(&sample(), Lang::Fr);
    assert!(fragment.starts_with("lang=fr&c=1.600000."), "{fragment}");
    assert!(
        is_scenario_fragment(&fragment),
        "not mistaken for an in-page anchor"
    );
    assert_eq!(fragment_lang(&fragment), Some(Lang::Fr));
    assert_eq!(fragment_envelope(&fragment), Some(Ok(sample())));
    assert_eq!(fragment_envelope(&format!("#{fragment}")), Some(Ok(sample())));
}

#[test]
fn ordinary_links_and_anchors_are_not_protected_links() {
    let plain = encode_fragment(
        &socle_model::persona_scenario(socle_model::Persona::HealthDataHost),
        Lang::En,
    );
    for fragment in [plain.as_str(), "main", "", "lang=fr", "embed=kpi.npv&s=1.abc"] {
        assert_eq!(fragment_envelope(fragment), None, "{fragment}");
    }
}

#[test]
fn a_hostile_protected_link_is_refused_before_any_decryption() {
    let costly = Envelope {
        iterations: 4_000_000_000,
        ..sample()
    };
    let fragment = format!("lang=en&c={}", costly.to_text());
    let err = fragment_envelope(&fragment).unwrap().unwrap_err();
    assert!(
        matches!(
            err,
            ShareError::Iterations {
                found: 4_000_000_000,
                ..
            }
        ),
        "{err:?}"
    );
    let twice = format!(
        "{}&c={}",
        protected_fragment(&sample(), Lang::En),
        sample().to_text()
    );
    assert!(fragment_envelope(&twice).unwrap().is_err(), "two envelopes");
    let mixed = format!("{}&s=1.abc", protected_fragment(&sample(), Lang::En));
    assert!(
        fragment_envelope(&mixed).unwrap().is_err(),
        "a clear scenario beside the envelope"
    );
    let long = format!("c={}", "A".repeat(MAX_FRAGMENT_CHARS));
    assert!(matches!(
        fragment_envelope(&long),
        Some(Err(ShareError::TooLarge { .. }))
    ));
    assert!(matches!(fragment_envelope("c="), Some(Err(_))));
}

#[test]
fn the_sealed_bytes_of_every_persona_read_back_as_the_same_scenario() {
    for persona in socle_model::Persona::PRESETS {
        let scenario = socle_model::persona_scenario(persona);
        let bytes = sealed_bytes(&scenario);
        assert!(bytes.len() + TAG_BYTES <= MAX_CIPHERTEXT_BYTES);
        assert_eq!(opened_scenario(&bytes), Ok(scenario));
    }
    // Bytes that decrypt to garbage (an altered file whose tag still matched is not possible, but the
    // reader checks anyway) are refused, not trusted.
    assert!(opened_scenario(b"not zlib").is_err());
}

#[test]
fn a_protected_file_reads_back_and_ordinary_files_are_left_to_the_json_reader() {
    let file = protected_json(&sample());
    assert_eq!(json_envelope(&file), Some(Ok(sample())));
    let ordinary = scenario_to_json(&socle_model::persona_scenario(
        socle_model::Persona::HealthDataHost,
    ));
    assert_eq!(json_envelope(&ordinary), None);
    assert_eq!(json_envelope("{{{ not json"), None);
    let extra = file.replacen('{', "{\"utilisaton\":1,", 1);
    let err = json_envelope(&extra).unwrap().unwrap_err();
    assert!(err.to_string().contains("utilisaton"), "{err}");
    assert!(json_envelope(r#"{"socle_protected":42}"#).unwrap().is_err());
}
