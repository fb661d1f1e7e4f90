//! The regulatory preset travels in links and files: links without it read as none, a hostile value is
//! refused in the reader's language with the presets Socle knows.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use socle_model::{persona_scenario, Persona, Regulation};
use socle_share::*;

fn decode_json(json: &str) -> Result<Shared, ShareError> {
    let bytes = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 10);
    decode_fragment(&format!("lang=en&s=1.{}", URL_SAFE_NO_PAD.encode(bytes)))
}

#[test]
fn a_link_written_before_presets_reads_as_none() {
    let shared = decode_json(r#"{"p":"HealthDataHost","cn":256}"#).unwrap();
    assert_eq!(shared.scenario.organisation.regulation, Regulation::None);
}

#[test]
fn every_preset_travels_in_a_link_and_a_file() {
    for regulation in Regulation::ALL {
        let mut s = persona_scenario(Persona::MidSizeCompany);
        s.organisation.regulation = regulation;
        let back = decode_fragment(&encode_fragment(&s, Lang::Fr)).unwrap().scenario;
        assert_eq!(back.organisation.regulation, regulation);
        assert_eq!(back, s);
        assert_eq!(scenario_from_json(&scenario_to_json(&s)).unwrap(), s);
    }
    // Written by hand from the format: key "or", the preset's serde name.
    let shared = decode_json(r#"{"p":"MidSizeCompany","or":"SecNumCloud"}"#).unwrap();
    assert_eq!(shared.scenario.organisation.regulation, Regulation::SecNumCloud);
}

#[test]
fn a_hostile_preset_is_refused_with_the_known_ones_in_both_languages() {
    for json in [
        r#"{"p":"Custom","or":"Gdpr"}"#,
        r#"{"p":"Custom","or":7}"#,
        r#"{"p":"Custom","or":null}"#,
    ] {
        let err = decode_json(json).unwrap_err();
        let (en, fr) = (err.message(Lang::En), err.message(Lang::Fr));
        assert!(en.contains("organisation.regulation"), "{en}");
        assert!(fr.contains("organisation.regulation"), "{fr}");
        assert_ne!(en, fr);
    }
    let err = decode_json(r#"{"p":"Custom","or":"Gdpr"}"#).unwrap_err();
    match &err {
        ShareError::WrongType {
            problem: Problem::UnknownValue { found, allowed },
            ..
        } => {
            assert_eq!(found, "Gdpr");
            assert_eq!(allowed.len(), Regulation::ALL.len());
            assert!(allowed.iter().any(|a| a == "SecNumCloud"));
        }
        other => panic!("{other:?}"),
    }
    assert!(err.message(Lang::Fr).contains("« Gdpr »"));
    // In a file too.
    let mut v: serde_json::Value =
        serde_json::from_str(&scenario_to_json(&persona_scenario(Persona::AiStartup))).unwrap();
    v["scenario"]["organisation"]["regulation"] = "Gdpr".into();
    let err = scenario_from_json(&v.to_string()).unwrap_err();
    assert!(err.message(Lang::En).contains("organisation.regulation"));
}
