//! A damaged, altered, hostile or foreign link is refused with the reason, never read as another scenario.

mod support;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use socle_model::{persona_scenario, AnswerOverride, DeploymentOption, Persona, ScenarioError};
use socle_share::*;
use support::{Rng, Spread};

/// A version-1 fragment carrying `bytes` compressed as the encoder does.
fn fragment_of(bytes: &[u8]) -> String {
    format!(
        "lang=en&s=1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(bytes, 10))
    )
}

fn decode_json(json: &str) -> Result<Shared, ShareError> {
    decode_fragment(&fragment_of(json.as_bytes()))
}

fn real_fragment() -> String {
    let scenario = support::scenario(&mut Rng::new(7), Spread::WORST);
    encode_fragment_with_view(&scenario, Lang::Fr, Some(&EmbedView::Kpi("npv".to_string())))
}

#[test]
fn a_fragment_written_by_hand_from_the_format_reads() {
    let shared = decode_json(r#"{"p":"HealthDataHost","cn":256,"cu":0.75,"se":0.12,"ao":"YB"}"#).unwrap();
    let mut expected = persona_scenario(Persona::HealthDataHost);
    expected.compute.gpu_count = 256;
    expected.compute.utilisation = 0.75;
    expected.site.energy_price_override_eur_kwh = Some(0.12);
    // "YB" = 24 × 64 + 1 = 1537 = (4 × 48 + 0) × 8 + 1: US public cloud, SOV-1.1, second answer.
    expected.assumptions.answer_overrides = vec![AnswerOverride {
        option: DeploymentOption::UsPublicCloud,
        criterion: 0,
        answer: 1,
    }];
    assert_eq!(shared.scenario, expected);
    assert_eq!(shared.lang, Lang::En);
    // The page's own `#` is accepted, and `null` clears an optional value set in the preset.
    let shared = decode_fragment(&format!("#{}", fragment_of(br#"{"p":"Custom","se":null}"#))).unwrap();
    assert_eq!(shared.scenario, persona_scenario(Persona::Custom));
}

#[test]
fn every_cut_of_a_link_is_refused_and_cuts_in_its_scenario_say_truncated() {
    let fragment = real_fragment();
    let start = fragment.find("s=").unwrap();
    for end in 0..fragment.len() {
        let result = decode_fragment(&fragment[..end]);
        assert!(result.is_err(), "prefix of {end} characters was accepted");
        if end > start {
            assert_eq!(
                result.unwrap_err(),
                ShareError::Truncated,
                "prefix of {end} characters"
            );
        }
    }
    assert!(decode_fragment(&fragment).is_ok());
}

#[test]
fn a_changed_character_is_caught_rather_than_read_as_another_scenario() {
    let fragment = real_fragment();
    let original = decode_fragment(&fragment).unwrap();
    let payload = fragment.find("s=1.").unwrap() + 4;
    let mut caught = 0;
    for i in payload..fragment.len() {
        for replacement in ['A', 'z', '7', '-'] {
            let mut altered = fragment.clone().into_bytes();
            if altered[i] == replacement as u8 {
                continue;
            }
            altered[i] = replacement as u8;
            match decode_fragment(std::str::from_utf8(&altered).unwrap()) {
                Err(_) => caught += 1,
                // A change to bits the decompressor does not use (padding, unused code lengths) leaves the
                // decompressed text, hence the checksum, unchanged: only then may the link still read.
                Ok(shared) => {
                    assert_eq!(
                        shared, original,
                        "change at {i} to {replacement} read as another scenario"
                    );
                }
            }
        }
    }
    assert!(caught > 0);
}

#[test]
fn a_link_past_the_size_limit_is_refused_before_decoding() {
    let long = format!("lang=en&s=1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
    assert_eq!(
        decode_fragment(&long).unwrap_err(),
        ShareError::TooLarge {
            limit: Limit::Fragment,
            size: long.len(),
            max: MAX_FRAGMENT_CHARS
        }
    );
}

#[test]
fn a_zip_bomb_stops_at_the_decompression_cap() {
    // 10 MB of spaces compress to about 10 KB; even a 2 MB bomb that fits in a link stops at the cap.
    let bomb = fragment_of(&vec![b' '; 2_000_000]);
    assert!(bomb.len() <= MAX_FRAGMENT_CHARS, "{} characters", bomb.len());
    assert_eq!(
        decode_fragment(&bomb).unwrap_err(),
        ShareError::TooLarge {
            limit: Limit::Decompressed,
            size: MAX_DECOMPRESSED_BYTES + 1,
            max: MAX_DECOMPRESSED_BYTES
        }
    );
    // Valid JSON padded past the cap is refused the same way.
    let padded = format!(r#"{{"p":"Custom"{}}}"#, " ".repeat(MAX_DECOMPRESSED_BYTES));
    assert!(matches!(
        decode_json(&padded),
        Err(ShareError::TooLarge {
            limit: Limit::Decompressed,
            ..
        })
    ));
}

#[test]
fn a_link_from_another_version_names_that_version() {
    let fragment = real_fragment().replace("s=1.", "s=2.");
    assert_eq!(
        decode_fragment(&fragment).unwrap_err(),
        ShareError::UnknownVersion {
            found: "2".to_string(),
            supported: 1
        }
    );
    let message = decode_fragment("s=17.abc").unwrap_err().to_string();
    assert!(
        message.contains("“17”") && message.contains("version 1"),
        "{message}"
    );
    assert_eq!(
        decode_fragment("s=v1.abc").unwrap_err(),
        ShareError::Malformed(Malformed::Version("v1".to_string()))
    );
}

#[test]
fn out_of_range_values_name_the_field_the_value_and_the_range() {
    let out_of_range = |field, value, (min, max)| {
        Err(ShareError::Invalid(ScenarioError::OutOfRange {
            field,
            value,
            min,
            max,
        }))
    };
    assert_eq!(
        decode_json(r#"{"p":"Custom","cu":1.5}"#),
        out_of_range("compute.utilisation", 1.5, (0.0, 1.0))
    );
    assert_eq!(
        decode_json(r#"{"p":"Custom","cn":-3}"#),
        out_of_range("compute.gpu_count", -3.0, (1.0, 100_000.0))
    );
    assert_eq!(
        decode_json(r#"{"p":"Custom","sy":99999999999}"#),
        out_of_range("start.year", 99_999_999_999.0, (2024.0, 2040.0))
    );
    assert_eq!(
        decode_json(r#"{"p":"Custom","ak":[null,500,null]}"#),
        out_of_range(
            "assumptions.cloud_price_eur_gpu_h.us_sovereign_offer",
            500.0,
            (0.1, 100.0)
        )
    );
    // "__" = 4095, past the 1,920 override codes.
    assert_eq!(
        decode_json(r#"{"p":"Custom","ao":"AA__"}"#),
        out_of_range("assumptions.answer_overrides", 4095.0, (0.0, 1919.0))
    );
    // SOV-1.1 has four answers: the eighth (code 7, "AH") is past its ladder.
    assert!(matches!(
        decode_json(r#"{"p":"Custom","ao":"AH"}"#),
        Err(ShareError::Invalid(ScenarioError::BadAnswer {
            criterion: "SOV-1.1",
            answer: 7,
            ..
        }))
    ));
    assert!(matches!(
        decode_json(r#"{"p":"Custom","cm":[0.5,0.5,0.5]}"#),
        Err(ShareError::Invalid(ScenarioError::BadSum {
            field: "compute.mix",
            ..
        }))
    ));
    let message = decode_json(r#"{"p":"Custom","cu":1.5}"#).unwrap_err();
    assert_eq!(
        message.to_string(),
        "compute.utilisation = 1.5 is outside the valid range 0 to 1."
    );
    assert_eq!(
        message.message(Lang::Fr),
        "compute.utilisation = 1,5 est hors de la plage valide 0 à 1."
    );
}

#[test]
fn wrong_types_name_the_field() {
    let wrong_field = |json: &str| match decode_json(json) {
        Err(ShareError::WrongType { field, problem }) => (field, problem),
        other => panic!("{json}: {other:?}"),
    };
    assert_eq!(
        wrong_field(r#"{"p":"Custom","cu":"high"}"#).0,
        "compute.utilisation"
    );
    assert_eq!(wrong_field(r#"{"p":"Custom","cn":12.5}"#).0, "compute.gpu_count");
    assert_eq!(
        wrong_field(r#"{"p":"Custom","cm":[0.5,"x",0.5]}"#).0,
        "compute.mix[1]"
    );
    assert_eq!(wrong_field(r#"{"p":"Custom","sp":null}"#).0, "site.pue");
    assert_eq!(wrong_field(r#"{"p":"Custom","ar":-1}"#).0, "assumptions.seed");
    assert_eq!(
        wrong_field(r#"{"p":"Custom","ao":"ABC"}"#).0,
        "assumptions.answer_overrides"
    );
    assert_eq!(
        wrong_field(r#"{"p":"Custom","ao":"A*"}"#).0,
        "assumptions.answer_overrides"
    );
    let (field, problem) = wrong_field(r#"{"p":"Alien"}"#);
    assert_eq!(field, "persona");
    assert!(
        matches!(&problem, Problem::UnknownValue { found, allowed } if found == "Alien" && allowed.len() == 9),
        "{problem:?}"
    );
    assert_eq!(
        wrong_field(r#"{"p":"Custom","zz":1}"#),
        ("zz".to_string(), Problem::UnknownField)
    );
    assert_eq!(wrong_field(r#"{"cu":0.5}"#), ("p".to_string(), Problem::Missing));
    assert_eq!(wrong_field(r#""a string""#).0, "");
}

#[test]
fn a_number_too_large_to_be_finite_is_refused_with_its_field() {
    assert_eq!(
        decode_json(r#"{"p":"Custom","cu":1e999}"#).unwrap_err(),
        ShareError::NotFinite {
            field: "compute.utilisation".to_string()
        }
    );
    assert_eq!(
        decode_json(r#"{"p":"Custom","aj":[15,10,10,15,20,15,10,-1e400]}"#).unwrap_err(),
        ShareError::NotFinite {
            field: "assumptions.sovereignty_weights[7]".to_string()
        }
    );
}

#[test]
fn malformed_links_say_what_is_wrong() {
    let malformed = |fragment: &str| match decode_fragment(fragment) {
        Err(ShareError::Malformed(m)) => m,
        other => panic!("{fragment}: {other:?}"),
    };
    let payload = &real_fragment()[real_fragment().find("s=").unwrap()..];
    assert_eq!(malformed("lang=en&s=1.eNq!!!"), Malformed::Base64);
    assert_eq!(malformed("lang=en&s=1.eNq="), Malformed::Base64);
    assert_eq!(
        malformed(&format!(
            "s=1.{}",
            URL_SAFE_NO_PAD.encode(b"plain text, not zlib")
        )),
        Malformed::Compression
    );
    assert!(matches!(
        malformed(&fragment_of(b"not json")),
        Malformed::Json { .. }
    ));
    assert!(matches!(
        malformed(&fragment_of(br#"{"p":"Custom""#)),
        Malformed::Json { .. }
    ));
    // A complete zlib stream followed by more data.
    let mut packed = miniz_oxide::deflate::compress_to_vec_zlib(br#"{"p":"Custom"}"#, 10);
    packed.extend_from_slice(b"extra");
    assert_eq!(
        malformed(&format!("s=1.{}", URL_SAFE_NO_PAD.encode(&packed))),
        Malformed::TrailingData
    );
    // The same stream with its checksum altered.
    let mut packed = miniz_oxide::deflate::compress_to_vec_zlib(br#"{"p":"Custom"}"#, 10);
    *packed.last_mut().unwrap() ^= 1;
    assert_eq!(
        malformed(&format!("s=1.{}", URL_SAFE_NO_PAD.encode(&packed))),
        Malformed::Checksum
    );
    assert_eq!(
        malformed(&format!("lang=it&{payload}")),
        Malformed::Language("it".to_string())
    );
    assert_eq!(
        malformed(&format!("embed=map.x&{payload}")),
        Malformed::Embed("map.x".to_string())
    );
    assert_eq!(
        malformed(&format!("embed=chart.Tco&{payload}")),
        Malformed::Embed("chart.Tco".to_string())
    );
    assert_eq!(
        malformed(&format!("utm=x&{payload}")),
        Malformed::Parameter("utm".to_string())
    );
    assert_eq!(
        malformed(&format!("lang=en&lang=fr&{payload}")),
        Malformed::Parameter("lang".to_string())
    );
    assert_eq!(
        malformed(&format!("{payload}&{payload}")),
        Malformed::Parameter("s".to_string())
    );
    // Values repeated in messages are clipped.
    let Malformed::Parameter(name) = malformed(&format!("{}=1&{payload}", "x".repeat(500))) else {
        unreachable!()
    };
    assert_eq!(name.chars().count(), 41);
}

#[test]
fn a_link_without_a_scenario_says_so() {
    assert_eq!(decode_fragment("").unwrap_err(), ShareError::NoScenario);
    assert_eq!(decode_fragment("#lang=fr").unwrap_err(), ShareError::NoScenario);
    assert_eq!(fragment_lang("#lang=fr"), Some(Lang::Fr));
    assert_eq!(fragment_lang("lang=xx&s=1.AAAA"), None);
}

#[test]
fn embed_views_travel() {
    let scenario = persona_scenario(Persona::AiStartup);
    for view in [
        EmbedView::Chart("tco-breakdown".to_string()),
        EmbedView::Kpi("gpu-hour".to_string()),
    ] {
        let fragment = encode_fragment_with_view(&scenario, Lang::En, Some(&view));
        assert!(fragment.contains(&format!("embed={}", view.to_param())));
        assert_eq!(decode_fragment(&fragment).unwrap().view, Some(view));
    }
    assert_eq!(
        decode_fragment(&encode_fragment(&scenario, Lang::En))
            .unwrap()
            .view,
        None
    );
}

#[test]
fn every_error_reads_in_english_and_french() {
    let errors = [
        ShareError::NoScenario,
        ShareError::Truncated,
        ShareError::TooLarge {
            limit: Limit::Fragment,
            size: 5000,
            max: 4096,
        },
        ShareError::TooLarge {
            limit: Limit::Decompressed,
            size: 5000,
            max: 4096,
        },
        ShareError::TooLarge {
            limit: Limit::JsonFile,
            size: 5000,
            max: 4096,
        },
        ShareError::TooLarge {
            limit: Limit::Storage,
            size: 5000,
            max: 4096,
        },
        ShareError::UnknownVersion {
            found: "2".to_string(),
            supported: 1,
        },
        ShareError::Malformed(Malformed::Parameter("x".to_string())),
        ShareError::Malformed(Malformed::Language("it".to_string())),
        ShareError::Malformed(Malformed::Embed("x".to_string())),
        ShareError::Malformed(Malformed::Version("v".to_string())),
        ShareError::Malformed(Malformed::Base64),
        ShareError::Malformed(Malformed::Compression),
        ShareError::Malformed(Malformed::Checksum),
        ShareError::Malformed(Malformed::TrailingData),
        ShareError::Malformed(Malformed::Json { line: 1, column: 2 }),
        ShareError::Malformed(Malformed::NotSocle),
        ShareError::WrongType {
            field: "site.pue".to_string(),
            problem: Problem::WrongKind {
                found: Found::Text,
                expected: Expected::Number,
            },
        },
        ShareError::NotFinite {
            field: "site.pue".to_string(),
        },
        ShareError::Invalid(ScenarioError::NotFinite {
            field: "site.pue",
            value: f64::NAN,
            min: 1.0,
            max: 3.0,
        }),
        ShareError::Invalid(ScenarioError::BadSum {
            field: "compute.mix",
            sum: 1.5,
            expected: 1.0,
        }),
        ShareError::Invalid(ScenarioError::BadAnswer {
            option: "colocation",
            criterion: "SOV-1.1",
            answer: 7,
            ladder_len: 4,
        }),
    ];
    let mut seen = std::collections::HashSet::new();
    for e in &errors {
        let (en, fr) = (e.message(Lang::En), e.message(Lang::Fr));
        assert_eq!(e.to_string(), en);
        assert_ne!(en, fr, "{e:?} is not translated");
        assert!(
            seen.insert(en.clone()) && seen.insert(fr.clone()),
            "{e:?} reads like another error"
        );
    }
    // German: every error of the crate's own wording reads in German, each unlike the others. (A range
    // error, `Invalid`, is worded by the model.)
    let mut seen = std::collections::HashSet::new();
    for e in errors.iter().filter(|e| !matches!(e, ShareError::Invalid(_))) {
        let de = e.message(Lang::De);
        assert_ne!(de, e.message(Lang::En), "{e:?} is not translated");
        assert_ne!(de, e.message(Lang::Fr), "{e:?}");
        assert!(de.ends_with('.'), "{de}");
        assert!(
            !de.contains('”') && !de.contains('«'),
            "{de}: German quotes are „…“"
        );
        assert!(seen.insert(de.clone()), "{e:?} reads like another error");
    }
}

#[test]
fn an_unknown_language_lists_every_language_of_the_menu() {
    let err = decode_fragment("lang=xx&s=1.AAAA").unwrap_err();
    assert_eq!(err, ShareError::Malformed(Malformed::Language("xx".into())));
    assert!(
        err.message(Lang::En).contains("(it may be en, fr or de)"),
        "{err}"
    );
    assert!(
        err.message(Lang::Fr).contains("(elle peut être en, fr ou de)"),
        "{}",
        err.message(Lang::Fr)
    );
    let de = err.message(Lang::De);
    assert!(de.contains("„xx“") && de.contains("en, fr oder de"), "{de}");
}
