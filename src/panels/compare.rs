//! Compare: the current scenario (A) beside a pinned one (B), headline figure by headline figure.

use crate::i18n::{format as f, labels, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::{evaluate, Results, Scenario};

/// One line of the comparison: label, A, B and the difference.
fn compare_rows(a: &Results, sa: &Scenario, b: &Results, sb: &Scenario, lang: Lang) -> Vec<[String; 4]> {
    let (ta, tb) = (a.tco.option(sa.platform.target), b.tco.option(sb.platform.target));
    let money = |x: f64| f::eur_compact(lang, x);
    let signed = |d: f64, fmt: &dyn Fn(f64) -> String| {
        if d >= 0.0 {
            format!("+{}", fmt(d))
        } else {
            format!("−{}", fmt(-d))
        }
    };
    let mut rows = vec![
        [
            lang.tr("Target platform").to_owned(),
            labels::option_short(lang, sa.platform.target).to_owned(),
            labels::option_short(lang, sb.platform.target).to_owned(),
            String::new(),
        ],
        [
            lang.tr("Cheapest option").to_owned(),
            labels::option_short(lang, a.tco.cheapest).to_owned(),
            labels::option_short(lang, b.tco.cheapest).to_owned(),
            String::new(),
        ],
        [
            lang.tr("NPV of the target").to_owned(),
            money(ta.npv_eur),
            money(tb.npv_eur),
            signed(ta.npv_eur - tb.npv_eur, &money),
        ],
    ];
    let per_hour = |o: Option<f64>| o.map_or_else(|| "–".to_owned(), |c| f::eur(lang, c, 2));
    rows.push([
        lang.tr("Cost per useful GPU-hour").to_owned(),
        per_hour(ta.cost_per_useful_gpu_hour_eur),
        per_hour(tb.cost_per_useful_gpu_hour_eur),
        match (ta.cost_per_useful_gpu_hour_eur, tb.cost_per_useful_gpu_hour_eur) {
            (Some(x), Some(y)) => signed(x - y, &|d| f::eur(lang, d, 2)),
            _ => String::new(),
        },
    ]);
    let mw = |x: f64| f::with_unit(lang, x, 2, "MW");
    rows.push([
        lang.tr("Facility power").to_owned(),
        mw(ta.power.facility_mw_peak),
        mw(tb.power.facility_mw_peak),
        signed(ta.power.facility_mw_peak - tb.power.facility_mw_peak, &mw),
    ]);
    let co2 = |x: f64| f::with_unit(lang, x, 0, "tCO₂");
    rows.push([
        lang.tr("Emissions per year").to_owned(),
        co2(ta.power.tco2_per_year),
        co2(tb.power.tco2_per_year),
        signed(ta.power.tco2_per_year - tb.power.tco2_per_year, &co2),
    ]);
    let (sa_, sb_) = (
        a.sovereignty.option(sa.platform.target),
        b.sovereignty.option(sb.platform.target),
    );
    rows.push([
        lang.tr("Sovereignty score").to_owned(),
        format!("{} · SEAL-{}", f::number(lang, sa_.score, 0), sa_.seal),
        format!("{} · SEAL-{}", f::number(lang, sb_.score, 0), sb_.seal),
        signed(sa_.score - sb_.score, &|d| f::number(lang, d, 1)),
    ]);
    rows.push([
        lang.tr("Binding constraint").to_owned(),
        lang.tr(a.constraints.binding.label()).to_owned(),
        lang.tr(b.constraints.binding.label()).to_owned(),
        String::new(),
    ]);
    let (ma, mb) = (a.migration.chosen_outcome(), b.migration.chosen_outcome());
    rows.push([
        lang.tr("Migration, P50").to_owned(),
        money(ma.total_cost_eur.p50),
        money(mb.total_cost_eur.p50),
        signed(ma.total_cost_eur.p50 - mb.total_cost_eur.p50, &money),
    ]);
    rows
}

/// Compare the current scenario (A) with a pinned one (B).
#[component]
pub fn CompareBox() -> impl IntoView {
    let state = AppState::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let b_results = Memo::new(move |_| state.compare.with(|b| b.as_ref().and_then(|s| evaluate(s).ok())));
    view! {
        <div class="share-block compare">
            <h3>{move || tr("Compare two scenarios")}</h3>
            <p class="hint">{move || tr("Pin the current scenario as B, change the inputs, and read the differences (A − B).")}</p>
            <button type="button" data-testid="pin-b" on:click=move |_| state.compare.set(Some(state.scenario().get_untracked()))>
                {move || tr("Pin this scenario as B")}
            </button>
            <button type="button" data-testid="swap-ab" disabled=move || state.compare.with(Option::is_none) on:click=move |_| {
                if let Some(b) = state.compare.get_untracked() {
                    let a = state.scenario().get_untracked();
                    if state.commit(b) {
                        state.compare.set(Some(a));
                    }
                }
            }>{move || tr("Swap A and B")}</button>
            <button type="button" data-testid="clear-b" disabled=move || state.compare.with(Option::is_none)
                on:click=move |_| state.compare.set(None)>{move || tr("Clear B")}</button>
            {move || {
                let lang = state.lang.get();
                let b = state.compare.get()?;
                let rb = b_results.get()?;
                let ra = state.results.get();
                let rows = state.scenario().with(|sa| compare_rows(&ra, sa, &rb, &b, lang));
                Some(view! {
                    <table class="data-table" data-testid="compare-table">
                        <caption>{lang.tr("Scenario A (current) and B (pinned)")}</caption>
                        <thead><tr>
                            <th scope="col">{lang.tr("Figure")}</th>
                            <th scope="col">"A"</th><th scope="col">"B"</th>
                            <th scope="col">{lang.tr("A − B")}</th>
                        </tr></thead>
                        <tbody>{rows.into_iter().map(|[k, a, b, d]| view! {
                            <tr><th scope="row">{k}</th><td>{a}</td><td>{b}</td><td>{d}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                })
            }}
        </div>
    }
}
