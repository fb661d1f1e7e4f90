//! Storyboard links: what is written reads back step for step; limits and hostile input are refused with
//! a message in both languages, never a panic.

mod support;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use socle_model::{persona_scenario, Persona};
use socle_share::storyboard::{MAX_STEPS, MAX_STORY_CHARS, MAX_TITLE_CHARS};
use socle_share::*;
use support::{Rng, Spread};

fn any_chart(id: &str) -> bool {
    ["tco-cumulative", "constraints", "sovereignty", "odds"].contains(&id)
}

fn step(title: &str, chart: &str, scenario: socle_model::Scenario) -> Step {
    Step {
        title: title.to_owned(),
        chart: chart.to_owned(),
        scenario,
    }
}

/// A fragment carrying `json` as the storyboard, compressed as Socle compresses it.
fn story_of(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 10);
    format!("story=1.{}", URL_SAFE_NO_PAD.encode(packed))
}

#[test]
fn a_storyboard_reads_back_step_for_step() {
    let mut changed = persona_scenario(Persona::HealthDataHost);
    changed.compute.utilisation = 0.37;
    let steps = vec![
        step(
            "Ce que coûte « chaque » option & pourquoi",
            "tco-cumulative",
            persona_scenario(Persona::AiStartup),
        ),
        step("", "constraints", changed),
        step("Décision", "odds", persona_scenario(Persona::Custom)),
    ];
    let fragment = encode_story(&steps, false);
    assert!(fragment.starts_with("story=1."), "{fragment}");
    assert!(is_story_fragment(&fragment));
    assert!(is_story_fragment(&format!("#{fragment}")));
    // Not a scenario link: the scenario reader leaves it alone.
    assert!(!is_scenario_fragment(&fragment));
    assert!(
        fragment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.=&".contains(&b)),
        "URL-safe characters only"
    );
    let back = decode_story(&fragment, any_chart).unwrap();
    assert_eq!(back.steps, steps);
    assert!(!back.present);
    let shown = decode_story(&format!("#{}", encode_story(&steps, true)), any_chart).unwrap();
    assert!(shown.present);
    assert_eq!(shown.steps, steps);
}

#[test]
fn random_storyboards_read_back() {
    let mut rng = Rng::new(15);
    for _ in 0..40 {
        let n = 1 + rng.below(MAX_STEPS);
        let steps: Vec<Step> = (0..n)
            .map(|i| {
                let spread = Spread {
                    change: rng.unit(),
                    some: rng.unit(),
                    overrides: rng.unit() * 0.2,
                    long_numbers: rng.chance(0.5),
                };
                step(
                    &format!("Step {i} — étape"),
                    "sovereignty",
                    support::scenario(&mut rng, spread),
                )
            })
            .collect();
        let back = decode_story(&encode_story(&steps, false), any_chart).unwrap();
        assert_eq!(back.steps, steps);
    }
}

#[test]
fn the_largest_storyboard_fits_its_own_limit() {
    let mut rng = Rng::new(7);
    let title = "é".repeat(MAX_TITLE_CHARS);
    let steps: Vec<Step> = (0..MAX_STEPS)
        .map(|_| step(&title, "odds", support::scenario(&mut rng, Spread::WORST)))
        .collect();
    let fragment = encode_story(&steps, true);
    // Measured: 14,456 characters for twelve worst-case scenarios with full-length titles.
    assert!(fragment.len() < MAX_STORY_CHARS / 2, "{}", fragment.len());
    assert_eq!(decode_story(&fragment, any_chart).unwrap().steps.len(), MAX_STEPS);
    // The default storyboard of an unchanged persona (five untitled steps) is a short link: 109 characters.
    let default: Vec<Step> = (0..5)
        .map(|_| step("", "odds", persona_scenario(Persona::AiStartup)))
        .collect();
    assert!(encode_story(&default, true).len() < 200);
}

#[test]
fn limits_are_refused_with_their_reason() {
    let s = persona_scenario(Persona::AiStartup);
    let too_many: Vec<Step> = (0..=MAX_STEPS).map(|_| step("x", "odds", s.clone())).collect();
    assert_eq!(
        decode_story(&encode_story(&too_many, false), any_chart),
        Err(StoryError::StepCount(MAX_STEPS + 1))
    );
    assert_eq!(
        decode_story(&encode_story(&[], false), any_chart),
        Err(StoryError::StepCount(0))
    );
    let long = vec![
        step("ok", "odds", s.clone()),
        step(&"x".repeat(MAX_TITLE_CHARS + 1), "odds", s.clone()),
    ];
    assert_eq!(
        decode_story(&encode_story(&long, false), any_chart),
        Err(StoryError::BadTitle(2))
    );
    let control = vec![step("a\u{0}b", "odds", s.clone())];
    assert_eq!(
        decode_story(&encode_story(&control, false), any_chart),
        Err(StoryError::BadTitle(1))
    );
    let unknown = vec![
        step("t", "odds", s.clone()),
        step("t", "no-such-chart", s.clone()),
    ];
    assert_eq!(
        decode_story(&encode_story(&unknown, false), any_chart),
        Err(StoryError::UnknownChart(2))
    );
    let injected = vec![step("t", "<script>", s.clone())];
    assert_eq!(
        decode_story(&encode_story(&injected, false), |_| true),
        Err(StoryError::UnknownChart(1))
    );
    let huge = format!("story=1.{}", "A".repeat(MAX_STORY_CHARS));
    assert!(matches!(
        decode_story(&huge, any_chart),
        Err(StoryError::TooLong { .. })
    ));
}

#[test]
fn a_compression_bomb_is_refused_within_its_memory_bound() {
    let json = format!(
        r#"{{"steps":[{{"t":"{}","c":"odds","s":{{"p":"AiStartup"}}}}]}}"#,
        " ".repeat(1 << 20)
    );
    let fragment = story_of(&json);
    assert!(fragment.len() < 4_000, "{}", fragment.len());
    assert_eq!(decode_story(&fragment, any_chart), Err(StoryError::TooLarge));
}

#[test]
fn an_invalid_step_scenario_names_its_step() {
    let json = r#"{"steps":[{"t":"a","c":"odds","s":{"p":"AiStartup"}},{"t":"b","c":"odds","s":{"p":"AiStartup","cu":7}}]}"#;
    match decode_story(&story_of(json), any_chart) {
        Err(StoryError::Scenario(2, e)) => {
            let e = StoryError::Scenario(2, e);
            let msg = e.message(Lang::Fr);
            assert!(msg.contains("étape 2"), "{msg}");
            let msg = e.message(Lang::De);
            assert!(msg.starts_with("Das Szenario von Schritt 2 "), "{msg}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn hostile_fragments_never_panic_and_are_explained_in_both_languages() {
    let good = encode_story(&[step("t", "odds", persona_scenario(Persona::AiStartup))], false);
    let mut cases: Vec<String> = vec![
        "story".into(),
        "story=".into(),
        "story=1".into(),
        "story=1.".into(),
        "story=2.abc".into(),
        "story=x.abc".into(),
        "story=1.***".into(),
        "story=1.AAAA".into(),
        format!("{good}&story=1.AAAA"),
        format!("{good}&present=2"),
        format!("{good}&lang=fr"),
        story_of("[]"),
        story_of(r#"{"steps":[{"t":1,"c":"odds","s":{"p":"AiStartup"}}]}"#),
        story_of(r#"{"steps":[{"t":"a","c":"odds","s":{"p":"AiStartup"},"x":1}]}"#),
        story_of(r#"{"steps":[{"t":"a","c":"odds","s":{"p":"Nobody"}}]}"#),
    ];
    // Every cut and every single-character change of a good link.
    for i in 0..good.len() {
        cases.push(good[..i].to_owned());
        let mut altered = good.clone().into_bytes();
        altered[i] = if altered[i] == b'A' { b'B' } else { b'A' };
        cases.push(String::from_utf8(altered).unwrap());
    }
    let mut refused = 0;
    for case in &cases {
        if let Err(e) = decode_story(case, any_chart) {
            refused += 1;
            for lang in Lang::ALL {
                assert!(!e.message(lang).trim().is_empty(), "{case}: {e:?}");
            }
            assert_ne!(e.message(Lang::En), e.message(Lang::Fr), "{e:?}");
            assert_ne!(e.message(Lang::En), e.message(Lang::De), "{e:?}");
        }
    }
    // Only changes that leave the data intact (the last base64 character's unused bits) may pass.
    assert!(refused >= cases.len() - 2, "{refused} of {}", cases.len());
}
