//! The board brief: what the page becomes on paper (style sheet: the `@media print` block of
//! `style/main.css`), two A4 pages: a print-only header (date, persona, link to the scenario), the
//! headline figures, the charts marked `printed` in [`crate::charts::registry`], and a print-only "Assumptions and sources" section (the key
//! inputs, the decision figures in three lines ([`decision_lines`]: odds of the cheapest option,
//! expected regret, cost of each SEAL step), and the defaults in use with their sources and year).
//!
//! Charts only redraw when on screen, and the browser takes its print snapshot as soon as the
//! `beforeprint` handlers return; so `beforeprint` (and a switch to print media, which is what print
//! emulation does) lays every printed chart out at once, with [`lay_out`]: each printed chart registers
//! how to lay itself out ([`register`]).
//! The date and the link are written into the page the same way, at that moment: the link must be the
//! address as it is when printing, fragment included.

use crate::i18n::{format as f, labels, Lang};
use crate::panels::derivation::{confidence, what};
use crate::state::AppState;
use gloo::events::EventListener;
use leptos::prelude::*;
use socle_model::explain::{explain, Headline};
use socle_model::{t, Results, Scenario, Source, Strategy};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Element ids of the parts written at print time.
const DATE_ID: &str = "print-date";
const LINK_ID: &str = "print-link";

/// Lays a printed chart out for print (`true`) or for the screen (`false`).
type LayOut = Rc<dyn Fn(bool)>;

thread_local! {
    /// The charts that appear on paper, by key, and how to lay each one out.
    static CHARTS: RefCell<Vec<(usize, LayOut)>> = const { RefCell::new(Vec::new()) };
    /// True while the page is laid out for print.
    static PRINTING: Cell<bool> = const { Cell::new(false) };
}

/// Registers the chart `key` as printed: `lay_out(true)` must draw it with its current option at its
/// paper size, synchronously; `lay_out(false)` give it back its screen size.
pub fn register(key: usize, lay_out: impl Fn(bool) + 'static) {
    CHARTS.with(|c| c.borrow_mut().push((key, Rc::new(lay_out))));
}

/// Forgets the chart `key` (removed from the page).
pub fn unregister(key: usize) {
    CHARTS.with(|c| c.borrow_mut().retain(|(k, _)| *k != key));
}

/// True while the page is laid out for print: charts keep the size [`lay_out`] gave them.
pub fn is_printing() -> bool {
    PRINTING.with(Cell::get)
}

/// Lays every printed chart out for paper (`print`), drawn with its current option at its print size,
/// or gives each back its screen size. Synchronous: see the module documentation.
pub fn lay_out(print: bool) {
    PRINTING.with(|p| p.set(print));
    let charts: Vec<(usize, LayOut)> = CHARTS.with(|c| c.borrow().clone());
    if print {
        // A redraw still queued for a printed chart holds an older option: drop it, so it cannot replace
        // the current one drawn here while the page stays laid out for paper.
        crate::frame::drop_redraws(|key| charts.iter().all(|(k, _)| *k != key));
    }
    for (_, chart) in charts {
        chart(print);
    }
}

/// Opens the browser's print dialog (the `beforeprint` handler lays the brief out).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Listens for printing: `beforeprint` / `afterprint`, and a switch of the `print` media query.
pub fn install() {
    let Some(window) = web_sys::window() else { return };
    let state = AppState::get();
    let print_media = window.match_media("print").ok().flatten();
    let printing_media = {
        let mq = print_media.clone();
        move || mq.as_ref().is_some_and(web_sys::MediaQueryList::matches)
    };
    EventListener::new(&window, "beforeprint", move |_| prepare(state)).forget();
    let still_print = printing_media.clone();
    EventListener::new(&window, "afterprint", move |_| {
        // Under print emulation the page stays in print media after a PDF is made.
        if !still_print() {
            lay_out(false);
        }
    })
    .forget();
    if let Some(mq) = print_media {
        EventListener::new(&mq, "change", move |_| {
            if printing_media() {
                prepare(state);
            } else {
                lay_out(false);
            }
        })
        .forget();
    }
    EventListener::new(&window, "hashchange", move |_| {
        fill_header(state, state.lang.get_untracked())
    })
    .forget();
    // The date follows the language; the effect also fills the header once it is in the page.
    Effect::new(move |_| fill_header(state, state.lang.get()));
}

fn prepare(state: AppState) {
    fill_header(state, state.lang.get_untracked());
    lay_out(true);
}

/// Writes today's date and the page's address into the print header.
fn fill_header(state: AppState, lang: Lang) {
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year() as i32, now.get_month() + 1, now.get_date());
    if let Some(el) = doc.get_element_by_id(DATE_ID) {
        el.set_text_content(Some(&f::date(lang, year, month, day)));
        let _ = el.set_attribute("datetime", &format!("{year:04}-{month:02}-{day:02}"));
    }
    // The link of the scenario on screen, encoded now (the address bar follows a moment after a change).
    let fragment = state
        .scenario()
        .with_untracked(|s| crate::share::fragment(s, lang, None));
    let href = format!("{}#{fragment}", crate::share::page_address());
    if let Some(el) = doc.get_element_by_id(LINK_ID) {
        el.set_text_content(Some(&href));
        let _ = el.set_attribute("href", &href);
    }
}

/// The "Print the board brief" button of the top bar.
#[component]
pub fn PrintButton() -> impl IntoView {
    let state = AppState::get();
    view! {
        <button type="button" class="print-button" data-testid="print-brief" on:click=|_| print()>
            {move || state.lang.get().tr("Print the board brief")}
        </button>
    }
}

/// The header printed at the top of the brief: date, persona and the link to the scenario.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = AppState::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let persona = move || {
        let lang = state.lang.get();
        let preset = state.preset.with(|p| p.persona);
        let modified = state.scenario().with(|s| state.preset.with(|p| s != p));
        let name = labels::persona(lang, preset);
        if modified {
            format!("{name} ({})", lang.tr("modified"))
        } else {
            name.to_owned()
        }
    };
    // The date and the link are left empty here and written by `fill_header`.
    view! {
        <header class="print-only print-header" data-testid="print-header">
            <p class="print-brand">{move || tr("Socle")}" — "{move || tr("Board brief")}</p>
            <dl class="print-meta">
                <div><dt>{move || tr("Printed on")}</dt><dd><time id=DATE_ID data-testid="print-date"></time></dd></div>
                <div><dt>{move || tr("Persona preset")}</dt><dd data-testid="print-persona">{persona}</dd></div>
                <div><dt>{move || tr("Edition")}</dt><dd><crate::about::Edition testid="print-version" /></dd></div>
                <div class="print-link"><dt>{move || tr("Scenario link")}</dt><dd><a id=LINK_ID data-testid="print-link"></a></dd></div>
            </dl>
            <p class="print-note">{move || tr("Every figure is computed in the browser from the inputs and sourced defaults listed under “Assumptions and sources”.")}</p>
        </header>
    }
}

/// The key inputs of `s` as (label, value) lines, for the brief. `preset` is the persona it started from.
pub fn key_inputs(s: &Scenario, preset: &Scenario, lang: Lang) -> Vec<(String, String)> {
    let pct = |v: f64| f::percent(lang, v, 0);
    let c = &s.compute;
    let default_energy = socle_model::catalogue::country(s.site.country)
        .electricity_eur_kwh
        .value;
    let energy = match s.site.energy_price_override_eur_kwh {
        Some(v) => format!("{} /kWh ({})", f::eur(lang, v, 3), lang.tr("entered")),
        None => format!(
            "{} /kWh ({})",
            f::eur(lang, default_energy, 3),
            lang.tr("country average")
        ),
    };
    let strategy = match s.migration.strategy {
        Strategy::Progressive => lang.fill(
            "{strategy}, {waves} waves a year",
            &[
                ("strategy", labels::strategy(lang, Strategy::Progressive)),
                ("waves", &f::number(lang, s.migration.waves_per_year, 0)),
            ],
        ),
        Strategy::BigBang => lang.fill(
            "{strategy}, cut-over in month {month}",
            &[
                ("strategy", labels::strategy(lang, Strategy::BigBang)),
                ("month", &s.migration.cutover_month.to_string()),
            ],
        ),
    };
    let yes_no = |b: bool| lang.tr(if b { t!("yes") } else { t!("no") }).to_owned();
    let rows: Vec<(&str, String)> = vec![
        (
            lang.tr("Data sensitivity (required SEAL)"),
            labels::sensitivity(lang, s.organisation.sensitivity).to_owned(),
        ),
        (
            lang.tr("Regulatory regime (raises the required SEAL)"),
            lang.tr(socle_model::catalogue::regulation::spec(s.organisation.regulation).name)
                .to_owned(),
        ),
        (
            lang.tr("Controlled from the United States"),
            yes_no(s.organisation.us_parent),
        ),
        (
            lang.tr("Annual IT budget"),
            f::eur_compact(lang, s.organisation.annual_it_budget_eur),
        ),
        (
            lang.tr("Number of GPUs"),
            format!(
                "{} × {}",
                f::number(lang, f64::from(c.gpu_count), 0),
                labels::gpu(lang, c.gpu)
            ),
        ),
        (lang.tr("Average utilisation"), pct(c.utilisation)),
        (
            lang.tr("Workload mix"),
            format!(
                "{} {} · {} {} · {} {}",
                lang.tr("Training"),
                pct(c.mix.training),
                lang.tr("Fine-tuning"),
                pct(c.mix.fine_tuning),
                lang.tr("Inference"),
                pct(c.mix.inference)
            ),
        ),
        (lang.tr("Horizon"), f::years(lang, f64::from(c.horizon_years), 0)),
        (
            lang.tr("Capacity needed in"),
            f::months(lang, f64::from(c.months_until_needed), 0),
        ),
        (
            lang.tr("Country"),
            labels::country(lang, s.site.country).to_owned(),
        ),
        (lang.tr("Electricity price"), energy),
        (lang.tr("PUE of your own site"), f::number(lang, s.site.pue, 2)),
        (
            lang.tr("Grid capacity at the site"),
            f::with_unit(lang, s.site.grid_capacity_mw, 1, "MW"),
        ),
        (
            lang.tr("Discount rate"),
            f::percent(lang, s.finance.discount_rate, 1),
        ),
        (
            lang.tr("Depreciation and refresh"),
            f::years(lang, f64::from(s.finance.depreciation_years), 0),
        ),
        (
            lang.tr("Target platform"),
            labels::option(lang, s.platform.target).to_owned(),
        ),
        (
            lang.tr("European provider’s headquarters"),
            labels::provider_hq(lang, s.platform.provider_hq).to_owned(),
        ),
        (
            lang.tr("Encryption keys"),
            labels::key_management(lang, s.platform.key_management).to_owned(),
        ),
        (
            lang.tr("Cloud commitment"),
            labels::commitment(lang, s.platform.commitment).to_owned(),
        ),
        (
            lang.tr("Workloads on a US hyperscaler today"),
            pct(s.migration.hyperscaler_share),
        ),
        (
            lang.tr("Existing use cases"),
            f::number(lang, f64::from(s.migration.workloads), 0),
        ),
        (lang.tr("Migration strategy"), strategy),
        (
            lang.tr("Data to move"),
            f::with_unit(lang, s.migration.data_volume_tb, 0, "TB"),
        ),
        (
            lang.tr("Advanced assumptions"),
            lang.tr(if s.assumptions == preset.assumptions {
                t!("as published")
            } else {
                t!("changed in the advanced panel")
            })
            .to_owned(),
        ),
    ];
    rows.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// One publication of the brief and the defaults taken from it (source keys, see
/// `socle_model::catalogue::all_sources`).
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    /// The publication.
    pub source: Source,
    /// What it gives, as source keys, each once.
    pub keys: Vec<&'static str>,
}

/// The sources behind the headline figures of this scenario: every default they use, grouped by
/// publication (one line per publication keeps the brief on two pages), in the order the headlines
/// first use them.
pub fn brief_sources(s: &Scenario, r: &Results) -> Vec<Cited> {
    let mut out: Vec<Cited> = Vec::new();
    for h in Headline::ALL {
        for (key, source) in explain(s, r, h).sources {
            if out.iter().any(|c| c.keys.contains(&key)) {
                continue;
            }
            match out
                .iter_mut()
                .find(|c| c.source.label == source.label && c.source.year == source.year)
            {
                Some(c) => c.keys.push(key),
                None => out.push(Cited {
                    source,
                    keys: vec![key],
                }),
            }
        }
    }
    out
}

/// The decision figures of the brief, one sentence each: how often the cheapest option is the
/// cheapest (overall and among the options meeting the required SEAL), the expected regret of the
/// target, and what sovereignty costs (the cost of the required SEAL and of each SEAL step).
pub fn decision_lines(r: &Results, s: &Scenario, lang: Lang) -> Vec<String> {
    use crate::charts::decision;
    let u = &r.decision.uncertainty;
    let fr = &r.decision.frontier;
    let eligible = decision::eligible_odds(r, lang);
    let odds = format!("{}. {eligible}", decision::odds(r, s, lang).title);
    let target = f::eur_compact(lang, u.expected_regret_eur);
    let regret = lang.fill(
        "Expected regret of the target, {option}: {regret} (mean excess over the cheapest option of each future).",
        &[("option", labels::option_short(lang, u.target)), ("regret", &target)],
    );
    let steps: Vec<String> = fr
        .levels
        .iter()
        .filter_map(|l| {
            l.step_cost_eur
                .filter(|c| *c > 0.5)
                .map(|c| format!("SEAL-{} {}", l.seal_at_least, f::eur_compact(lang, c)))
        })
        .collect();
    let mut sovereignty = format!("{}.", decision::frontier(r, s, lang).title);
    if !steps.is_empty() {
        sovereignty.push(' ');
        sovereignty.push_str(&lang.fill("Cost per SEAL step: {steps}.", &[("steps", &steps.join(", "))]));
    }
    vec![odds, regret, sovereignty]
}

/// The print-only "Assumptions and sources" section: the key inputs of the scenario, then the
/// defaults the headline figures rest on, grouped by the publication they come from, with its year
/// and how far it is verified.
#[component]
pub fn Assumptions() -> impl IntoView {
    let state = AppState::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let inputs = Memo::new(move |_| {
        let lang = state.lang.get();
        state
            .scenario()
            .with(|s| state.preset.with(|p| key_inputs(s, p, lang)))
    });
    let sources = Memo::new(move |_| {
        let r = state.results.get();
        state.scenario().with(|s| brief_sources(s, &r))
    });
    view! {
        <section class="print-only print-assumptions" data-testid="print-assumptions">
            <div class="print-inputs-block">
                <h2>{move || tr("Assumptions and sources")}</h2>
                <h3>{move || tr("Key inputs")}</h3>
                <dl class="print-inputs" data-testid="print-inputs">
                    {move || inputs.with(|rows| rows.iter().map(|(k, v)| view! {
                        <div><dt>{k.clone()}</dt><dd>{v.clone()}</dd></div>
                    }).collect_view())}
                </dl>
                <h3>{move || state.lang.get().tr("Decision under uncertainty")}</h3>
                <ul class="print-decision" data-testid="print-decision">
                    {move || {
                        let lang = state.lang.get();
                        let r = state.results.get();
                        state.scenario().with(|s| decision_lines(&r, s, lang))
                            .into_iter().map(|line| view! { <li>{line}</li> }).collect_view()
                    }}
                </ul>
            </div>
            <div class="print-sources-block">
            <h3>{move || tr("Sources of the defaults in use (year, how far verified): what each gives")}</h3>
            <ul class="print-sources" data-testid="print-sources">
                {move || {
                    let lang = state.lang.get();
                    sources.with(|all| all.iter().map(|c| {
                        let s = c.source;
                        let cite = if s.url.is_empty() {
                            view! { <cite lang="en">{s.label}</cite> }.into_any()
                        } else {
                            view! { <a href=s.url><cite lang="en">{s.label}</cite></a> }.into_any()
                        };
                        let uses = c.keys.iter().map(|k| what(lang, k)).collect::<Vec<_>>().join(" · ");
                        view! {
                            <li>{cite}" ("{s.year}", "{confidence(lang, s.confidence)}")"{lang.tr(": ")}
                                <span class="print-uses">{uses}</span></li>
                        }
                    }).collect_view())
                }}
            </ul>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use socle_model::Persona;

    #[test]
    fn the_brief_names_every_source_of_the_headlines_once_and_in_words() {
        for p in Persona::PRESETS {
            let (r, s) = crate::fixture::evaluated(p);
            let cited = brief_sources(&s, &r);
            for h in Headline::ALL {
                for (key, source) in explain(&s, &r, h).sources {
                    let under: Vec<&Cited> = cited.iter().filter(|c| c.keys.contains(&key)).collect();
                    assert_eq!(under.len(), 1, "{key} is cited once");
                    assert_eq!(under[0].source.label, source.label, "{key} under its own source");
                    for lang in [Lang::En, Lang::Fr] {
                        assert_ne!(what(lang, key), key, "{key} has no label in {lang:?}");
                    }
                }
            }
            for (i, c) in cited.iter().enumerate() {
                assert!(c.source.is_complete(), "{}: incomplete source", c.source.label);
                assert!(
                    cited[..i]
                        .iter()
                        .all(|d| (d.source.label, d.source.year) != (c.source.label, c.source.year)),
                    "{} is listed once",
                    c.source.label
                );
            }
            eprintln!("{p:?}: {} publications", cited.len());
        }
    }

    #[test]
    fn the_brief_states_the_odds_the_regret_and_each_seal_step_in_both_languages() {
        for p in Persona::PRESETS {
            let (r, s) = crate::fixture::evaluated(p);
            let en = decision_lines(&r, &s, Lang::En);
            let fr = decision_lines(&r, &s, Lang::Fr);
            assert_eq!(en.len(), 3);
            assert_eq!(fr.len(), 3);
            let u = &r.decision.uncertainty;
            let best = labels::option(Lang::En, u.most_often_cheapest);
            assert!(en[0].starts_with(best), "{p:?}: {}", en[0]);
            assert!(
                en[0].contains(&f::percent(
                    Lang::En,
                    u.option(u.most_often_cheapest).p_cheapest,
                    0
                )),
                "{p:?}: {}",
                en[0]
            );
            assert!(en[1].contains(&f::eur_compact(Lang::En, u.expected_regret_eur)));
            for l in &r.decision.frontier.levels {
                if let Some(c) = l.step_cost_eur.filter(|c| *c > 0.5) {
                    assert!(en[2].contains(&format!(
                        "SEAL-{} {}",
                        l.seal_at_least,
                        f::eur_compact(Lang::En, c)
                    )));
                }
            }
            for (e, f) in en.iter().zip(&fr) {
                assert_ne!(e, f, "{p:?}: French line is the English one");
            }
            let de = decision_lines(&r, &s, Lang::De);
            assert_eq!(de.len(), 3);
            for (e, d) in en.iter().zip(&de) {
                assert_ne!(e, d, "{p:?}: German line is the English one");
            }
            assert!(
                de[1].starts_with("Erwartetes Bedauern des Ziels")
                    && de[1].contains(&f::eur_compact(Lang::De, u.expected_regret_eur)),
                "{p:?}: {}",
                de[1]
            );
        }
    }

    #[test]
    fn key_inputs_follow_the_scenario_and_the_language() {
        let preset = crate::fixture::scenario(Persona::CriticalSoftwareVendor);
        let mut s = preset.clone();
        let value = |rows: &[(String, String)], label: &str| {
            rows.iter()
                .find(|(k, _)| k == label)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        s.compute.gpu_count = 1234;
        s.site.energy_price_override_eur_kwh = Some(0.2);
        let en = key_inputs(&s, &preset, Lang::En);
        let fr = key_inputs(&s, &preset, Lang::Fr);
        assert_eq!(en.len(), fr.len());
        assert!(value(&en, "Number of GPUs").starts_with("1,234 × "));
        assert!(value(&fr, Lang::Fr.tr("Number of GPUs")).starts_with("1\u{202F}234 × "));
        assert_eq!(value(&en, "Electricity price"), "€0.200 /kWh (entered)");
        assert!(value(&fr, Lang::Fr.tr("Electricity price")).ends_with("(saisi)"));
        assert_eq!(value(&en, "Advanced assumptions"), "as published");
        // The regulatory regime is printed: the brief says under which regulation SEAL was required.
        assert_eq!(value(&en, "Regulatory regime (raises the required SEAL)"), "None");
        let mut regulated = s.clone();
        regulated.organisation.regulation = socle_model::Regulation::SecNumCloud;
        assert!(value(
            &key_inputs(&regulated, &preset, Lang::De),
            Lang::De.tr("Regulatory regime (raises the required SEAL)")
        )
        .starts_with("SecNumCloud"));
        s.assumptions.colo_pue += 0.1;
        assert_eq!(
            value(&key_inputs(&s, &preset, Lang::En), "Advanced assumptions"),
            "changed in the advanced panel"
        );
    }
}
