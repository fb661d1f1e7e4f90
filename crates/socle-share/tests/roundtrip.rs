//! A link, a file and a saved list give back the scenario they were made from, and links stay short.

mod support;

use proptest::prelude::*;
use socle_model::sovereignty::answers_for;
use socle_model::{persona_scenario, AnswerOverride, DeploymentOption, Persona};
use socle_share::*;
use support::{Rng, Spread};

/// Every fragment of a valid scenario fits in this many characters (links are pasted into e-mails and
/// chat tools, some of which cut long URLs).
const MAX_LINK_FRAGMENT: usize = 2_000;

fn spread() -> impl Strategy<Value = Spread> {
    (
        0.0..=1.0f64,
        0.0..=1.0f64,
        prop_oneof![Just(0.0), 0.0..=0.2f64, Just(1.0)],
        any::<bool>(),
    )
        .prop_map(|(change, some, overrides, long_numbers)| Spread {
            change,
            some,
            overrides,
            long_numbers,
        })
}

fn view() -> impl Strategy<Value = Option<EmbedView>> {
    prop_oneof![
        Just(None),
        "[a-z0-9-]{1,40}".prop_map(|id| Some(EmbedView::Chart(id))),
        "[a-z0-9-]{1,40}".prop_map(|id| Some(EmbedView::Kpi(id))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_link_gives_back_its_scenario_and_stays_short(
        seed in any::<u64>(),
        spread in spread(),
        lang in prop_oneof![Just(Lang::En), Just(Lang::Fr)],
        view in view(),
    ) {
        let scenario = support::scenario(&mut Rng::new(seed), spread);
        let fragment = encode_fragment_with_view(&scenario, lang, view.as_ref());
        prop_assert!(fragment.len() <= MAX_LINK_FRAGMENT, "{} characters", fragment.len());
        let shared = decode_fragment(&fragment).unwrap();
        prop_assert_eq!(&shared.scenario, &scenario);
        prop_assert_eq!(shared.lang, lang);
        prop_assert_eq!(shared.view, view);
        prop_assert_eq!(fragment_lang(&fragment), Some(lang));
    }

    #[test]
    fn a_json_file_gives_back_its_scenario(seed in any::<u64>(), spread in spread()) {
        let scenario = support::scenario(&mut Rng::new(seed), spread);
        prop_assert_eq!(scenario_from_json(&scenario_to_json(&scenario)).unwrap(), scenario);
    }

    #[test]
    fn saved_scenarios_come_back_in_order(seed in any::<u64>(), count in 0usize..5) {
        let mut rng = Rng::new(seed);
        let items: Vec<Saved> = (0..count)
            .map(|i| Saved {
                name: format!("Scénario « {i} »\n\"quoted\""),
                saved_at: format!("2026-12-0{}T10:00:00Z", i + 1),
                scenario: support::scenario(&mut rng, Spread { change: 0.5, some: 0.5, overrides: 0.1, long_numbers: false }),
            })
            .collect();
        let saves = SavedScenarios::new(items);
        let loaded = from_storage_string(&saves.to_storage_string());
        prop_assert!(loaded.set_aside.is_empty());
        prop_assert_eq!(loaded.saves, saves);
    }
}

#[test]
fn the_largest_scenario_fits_in_a_link() {
    // Every input moved to a full-precision value, every optional override set, custom weights and all 240
    // answer overrides in a random order: the largest link a valid scenario makes.
    let mut longest = 0;
    for seed in 0..300 {
        let scenario = support::scenario(&mut Rng::new(seed), Spread::WORST);
        assert_eq!(scenario.assumptions.answer_overrides.len(), 240);
        let view = EmbedView::Chart("sovereignty-trajectory".to_string());
        let fragment = encode_fragment_with_view(&scenario, Lang::Fr, Some(&view));
        assert_eq!(decode_fragment(&fragment).unwrap().scenario, scenario);
        longest = longest.max(fragment.len());
    }
    println!("longest fragment of the worst-case scenarios: {longest} characters");
    assert!(longest <= MAX_LINK_FRAGMENT, "{longest} characters");
}

#[test]
fn an_unchanged_persona_makes_a_short_link() {
    for persona in support::personas() {
        let scenario = persona_scenario(persona);
        let fragment = encode_fragment(&scenario, Lang::En);
        println!("{persona:?}: {} characters: {fragment}", fragment.len());
        // Only the persona's name travels: a few dozen characters.
        assert!(fragment.len() < 80, "{persona:?}: {fragment}");
        assert_eq!(decode_fragment(&fragment).unwrap().scenario, scenario);
    }
}

#[test]
fn repeated_answer_overrides_travel_as_the_one_the_model_applies() {
    let mut scenario = persona_scenario(Persona::HealthDataHost);
    let set = |criterion, answer| AnswerOverride {
        option: DeploymentOption::UsSovereignOffer,
        criterion,
        answer,
    };
    // The user changed SOV-1.1 three times: only the last answer counts.
    scenario.assumptions.answer_overrides = vec![set(0, 0), set(5, 1), set(0, 2), set(0, 3)];
    let decoded = decode_fragment(&encode_fragment(&scenario, Lang::En))
        .unwrap()
        .scenario;
    assert_eq!(decoded.assumptions.answer_overrides, vec![set(5, 1), set(0, 3)]);
    for option in DeploymentOption::ALL {
        assert_eq!(answers_for(&decoded, option), answers_for(&scenario, option));
    }
    // Thousands of repeats still make a short link.
    scenario.assumptions.answer_overrides = (0..10_000).map(|i| set((i % 48) as u8, 0)).collect();
    assert!(encode_fragment(&scenario, Lang::En).len() < MAX_LINK_FRAGMENT);
}
