//! In-page anchors are not links; every message is in the reader's language without the parser's
//! wording; files and stored scenarios refuse fields Socle does not have.

use socle_model::{persona_scenario, Persona};
use socle_share::*;

#[test]
fn a_link_with_only_a_language_opens_the_page_in_it_and_reports_nothing() {
    for lang in Lang::ALL {
        for link in [format!("lang={}", lang.code()), format!("#lang={}&", lang.code())] {
            assert!(is_language_fragment(&link), "{link}");
            assert_eq!(read_fragment(&link), Ok(None), "{link}");
            assert_eq!(fragment_lang(&link), Some(lang), "{link}");
        }
    }
    // A language with anything else is not a language link: a scenario link reads its scenario, and a
    // damaged one or an unknown language is still reported.
    let link = encode_fragment(&persona_scenario(Persona::AiStartup), Lang::De);
    assert!(!is_language_fragment(&link));
    assert_eq!(read_fragment(&link).unwrap().unwrap().lang, Lang::De);
    for not_only in [
        "lang=de&s=1",
        "lang=de&main",
        "lang=xx",
        "lang=",
        "lang",
        "main",
        "",
    ] {
        assert!(!is_language_fragment(not_only), "{not_only}");
    }
    assert_eq!(
        read_fragment("lang=xx"),
        Err(ShareError::Malformed(Malformed::Language("xx".into())))
    );
}

#[test]
fn in_page_anchors_are_not_scenario_links() {
    for anchor in ["main", "#main", "figures", "#top", "section-2", "foo=bar", ""] {
        assert!(!is_scenario_fragment(anchor), "{anchor}");
        assert_eq!(read_fragment(anchor), Ok(None), "{anchor}");
    }
    let link = encode_fragment(&persona_scenario(Persona::AiStartup), Lang::Fr);
    assert!(is_scenario_fragment(&link));
    assert!(read_fragment(&link).unwrap().is_some());
    // Damaged links are still links, reported as such.
    for damaged in [
        "s",
        "s=1",
        "lang=xx",
        "lang=fr&lang=fr",
        "lang=de&embed=chart.x",
        "lang=xx&s=1.AAAA",
        "main&s=1.x",
        "embed=chart.x",
    ] {
        assert!(is_scenario_fragment(damaged), "{damaged}");
        assert!(read_fragment(damaged).is_err(), "{damaged}");
    }
}

const JARGON: [&str; 8] = [
    "expected value",
    "unknown variant",
    "expected one of",
    "invalid type",
    "missing field `",
    "unknown field `",
    " column ",
    "f64",
];

fn file_with(scenario_edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut v = serde_json::to_value(persona_scenario(Persona::HealthDataHost)).unwrap();
    scenario_edit(&mut v);
    serde_json::json!({ "socle_version": 1, "scenario": v }).to_string()
}

fn messages(err: &ShareError) -> [String; 2] {
    [err.message(Lang::En), err.message(Lang::Fr)]
}

fn assert_plain(err: &ShareError) {
    for text in messages(err) {
        for j in JARGON {
            assert!(!text.contains(j), "{j:?} in {text}");
        }
    }
}

#[test]
fn a_wrong_name_is_explained_with_the_allowed_values_in_both_languages() {
    let err = scenario_from_json(&file_with(|v| v["compute"]["gpu"] = "TPU".into())).unwrap_err();
    assert_plain(&err);
    let [en, fr] = messages(&err);
    assert!(
        en.contains("compute.gpu") && en.contains("“TPU”") && en.contains("Mi355x or L40s"),
        "{en}"
    );
    assert!(
        fr.contains("compute.gpu") && fr.contains("« TPU »") && fr.contains("Mi355x ou L40s"),
        "{fr}"
    );
}

#[test]
fn a_wrong_name_is_explained_in_german_with_the_field_and_the_allowed_values() {
    let err = scenario_from_json(&file_with(|v| v["site"]["country"] = "Xx".into())).unwrap_err();
    let de = err.message(Lang::De);
    assert!(
        de.starts_with("Das Feld site.country enthält „Xx“") && de.contains("zulässig sind"),
        "{de}"
    );
    assert!(de.contains(" oder ") && !de.contains(" or "), "{de}");
    for j in JARGON {
        assert!(!de.contains(j), "{j:?} in {de}");
    }
    let err = scenario_from_json(&file_with(|v| v["compute"]["gpu"] = 5.into())).unwrap_err();
    let de = err.message(Lang::De);
    assert!(
        de.contains("compute.gpu") && de.contains("einen der Namen") && de.contains("H100Sxm"),
        "{de}"
    );
}

#[test]
fn wrong_kinds_are_said_in_german_words() {
    let cases: [(&str, serde_json::Value, &str); 4] = [
        (
            "utilisation",
            "high".into(),
            "enthält einen Text, benötigt aber eine Zahl",
        ),
        ("gpu_count", (-1).into(), "eine ganze Zahl"),
        ("mix", serde_json::json!([1, 0]), "genau 3"),
        ("utilisation", serde_json::Value::Null, "nichts (null)"),
    ];
    for (field, value, de_words) in cases {
        let err = scenario_from_json(&file_with(|v| v["compute"][field] = value.clone())).unwrap_err();
        let de = err.message(Lang::De);
        assert!(
            de.contains(&format!("compute.{field}")) && de.contains(de_words),
            "{de}"
        );
        assert_ne!(de, err.message(Lang::En));
    }
}

#[test]
fn a_number_where_a_name_is_needed_lists_the_names() {
    let err = scenario_from_json(&file_with(|v| v["compute"]["gpu"] = 5.into())).unwrap_err();
    assert_plain(&err);
    let [_, fr] = messages(&err);
    assert!(fr.contains("compute.gpu") && fr.contains("H100Sxm"), "{fr}");
}

#[test]
fn wrong_kinds_are_said_in_words() {
    let cases: [(&str, serde_json::Value, &str, &str); 4] = [
        ("utilisation", "high".into(), "a number", "un nombre"),
        ("gpu_count", (-1).into(), "a whole number", "un nombre entier"),
        ("mix", serde_json::json!([1, 0]), "exactly 3", "exactement 3"),
        (
            "utilisation",
            serde_json::Value::Null,
            "nothing (null)",
            "une valeur vide",
        ),
    ];
    for (field, value, en_words, fr_words) in cases {
        let err = scenario_from_json(&file_with(|v| v["compute"][field] = value.clone())).unwrap_err();
        assert_plain(&err);
        let [en, fr] = messages(&err);
        assert!(
            en.contains(&format!("compute.{field}")) && en.contains(en_words),
            "{en}"
        );
        assert!(
            fr.contains(&format!("compute.{field}")) && fr.contains(fr_words),
            "{fr}"
        );
    }
}

#[test]
fn broken_json_is_located_without_the_parsers_words() {
    let err = scenario_from_json("{\"socle_version\": 1, \"scenario\": {,}}").unwrap_err();
    assert_plain(&err);
    assert!(messages(&err)[1].contains("ligne 1"), "{}", messages(&err)[1]);
}

#[test]
fn a_misspelt_field_in_a_file_is_refused_and_named() {
    let err = scenario_from_json(&file_with(|v| {
        let c = v["compute"].as_object_mut().unwrap();
        let u = c.remove("utilisation").unwrap();
        c.insert("utilisaton".into(), u);
    }))
    .unwrap_err();
    assert_eq!(
        err,
        ShareError::WrongType {
            field: "compute.utilisaton".into(),
            problem: Problem::UnknownField
        }
    );
    assert_plain(&err);
    assert!(messages(&err)[1].contains("compute.utilisaton"));
    // An extra field beside correct ones, and in an answer override.
    let err = scenario_from_json(&file_with(|v| v["site"]["colour"] = "red".into())).unwrap_err();
    assert!(err.to_string().contains("site.colour"), "{err}");
    let err = scenario_from_json(&file_with(|v| {
        v["assumptions"]["answer_overrides"] =
            serde_json::json!([{ "option": "OnPremises", "criterion": 0, "answer": 1, "why": "x" }]);
    }))
    .unwrap_err();
    assert!(
        err.to_string().contains("assumptions.answer_overrides[0].why"),
        "{err}"
    );
    // At the top of the file.
    let text = file_with(|_| ()).replacen('{', "{\"comment\":\"x\",", 1);
    assert!(scenario_from_json(&text)
        .unwrap_err()
        .to_string()
        .contains("comment"));
}

#[test]
fn a_stored_scenario_with_an_unknown_field_is_set_aside_with_the_field_named() {
    let item = serde_json::json!({ "name": "a", "saved_at": "t",
        "scenario": serde_json::from_str::<serde_json::Value>(&file_with(|v| v["site"]["colour"] = 1.into())).unwrap()["scenario"] });
    let other = serde_json::json!({ "name": "b", "saved_at": "t", "note": "x",
        "scenario": persona_scenario(Persona::AiStartup) });
    let text = serde_json::json!({ "version": 1, "items": [item, other] }).to_string();
    let loaded = from_storage_string(&text);
    assert!(loaded.saves.items.is_empty());
    assert!(loaded.set_aside[0]
        .reason
        .to_string()
        .contains("scenario.site.colour"));
    assert!(
        loaded.set_aside[1].reason.to_string().contains("note"),
        "{}",
        loaded.set_aside[1].reason
    );
    assert_plain(&loaded.set_aside[1].reason);
    let err = scenario_from_storage(&file_with(|v| v["site"]["colour"] = 1.into())).unwrap_err();
    assert!(err.to_string().contains("site.colour"));
}

#[test]
fn the_allowed_values_listed_are_the_models() {
    // The lists in the messages come from the model: a value added there appears here.
    let err = scenario_from_json(&file_with(|v| v["site"]["country"] = "Xx".into())).unwrap_err();
    let Err(serde_err) = serde_json::from_str::<socle_model::Country>("\"Xx\"") else {
        panic!()
    };
    let from_serde: Vec<String> = serde_err
        .to_string()
        .split('`')
        .skip(3)
        .step_by(2)
        .map(String::from)
        .collect();
    match err {
        ShareError::WrongType {
            problem: Problem::UnknownValue { allowed, .. },
            ..
        } => assert_eq!(allowed, from_serde),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_damaged_embed_link_still_names_its_view() {
    let damaged = "lang=fr&embed=chart.tco-breakdown&s=1.eJy@@";
    assert!(decode_fragment(damaged).is_err());
    assert_eq!(
        fragment_view(damaged),
        Some(EmbedView::Chart("tco-breakdown".into()))
    );
    assert_eq!(
        fragment_view("#embed=kpi.npv&s=1"),
        Some(EmbedView::Kpi("npv".into()))
    );
    assert_eq!(fragment_view("lang=fr&s=1.x"), None);
    assert_eq!(fragment_view("embed=table.x&s=1.x"), None);
}
