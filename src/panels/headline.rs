//! The row of headline figures. Each is a button: activating it opens its derivation.

use crate::charts::sovereignty::{qualification_text, seal_name};
use crate::i18n::{format as f, labels, reasons, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::catalogue::regulation;
use socle_model::explain::Headline;
use socle_model::sovereignty::CRITERIA;
use socle_model::t;
use socle_model::{DeploymentOption, Regulation, Results, Scenario};

/// What a headline shows: label, value, a note, and whether it is a red flag (or a good sign).
pub struct Shown {
    /// Short label.
    pub label: String,
    /// The figure.
    pub value: String,
    /// One line of context.
    pub note: String,
    /// `Some(true)` for a red flag, `Some(false)` for a met requirement.
    pub flag: Option<bool>,
}

/// The figure of `h` for the current results, in `lang`.
pub fn shown(h: Headline, r: &Results, s: &Scenario, lang: Lang) -> Shown {
    let target = s.platform.target;
    let t = r.tco.option(target);
    let plain = |label: &'static str, value: String, note: String| Shown {
        label: lang.tr(label).to_owned(),
        value,
        note,
        flag: None,
    };
    match h {
        Headline::Cheapest => plain(
            t!("Cheapest option (NPV)"),
            labels::option(lang, r.tco.cheapest).to_owned(),
            {
                // How sure: the share of the simulated futures in which it stays the cheapest.
                let u = &r.decision.uncertainty;
                let odds = f::percent(lang, u.option(r.tco.cheapest).p_cheapest, 0);
                let paths = f::number(lang, f64::from(u.paths), 0);
                let margin = f::eur_compact(lang, r.tco.cheapest_margin_eur);
                lang.fill(
                    "{margin} below the runner-up · cheapest in {odds} of {paths} futures",
                    &[("margin", &margin), ("odds", &odds), ("paths", &paths)],
                )
            },
        ),
        Headline::TargetNpv => plain(
            t!("NPV of the target"),
            f::eur_compact(lang, t.npv_eur),
            format!(
                "{} · {}",
                labels::option_short(lang, target),
                f::years(lang, f64::from(s.compute.horizon_years), 0)
            ),
        ),
        Headline::CostPerUsefulGpuHour => plain(
            t!("Cost per useful GPU-hour"),
            t.cost_per_useful_gpu_hour_eur
                .map_or_else(|| lang.tr("unavailable").to_owned(), |c| f::eur(lang, c, 2)),
            lang.fill(
                "at {utilisation} utilisation",
                &[("utilisation", &f::percent(lang, s.compute.utilisation, 0))],
            ),
        ),
        Headline::FacilityPower => plain(
            t!("Facility power"),
            f::with_unit(
                lang,
                t.power.facility_mw_peak,
                if t.power.facility_mw_peak < 10.0 { 2 } else { 1 },
                "MW",
            ),
            format!(
                "IT {} · {}",
                f::with_unit(lang, t.power.it_mw_nameplate, 2, "MW"),
                f::with_unit(lang, t.power.annual_mwh, 0, lang.tr("MWh/yr"))
            ),
        ),
        Headline::Emissions => plain(
            t!("Emissions"),
            f::with_unit(lang, t.power.tco2_per_year, 0, lang.tr("tCO₂/yr")),
            lang.fill(
                "grid at {intensity}",
                &[(
                    "intensity",
                    &f::with_unit(lang, t.power.carbon_g_per_kwh, 0, "g/kWh"),
                )],
            ),
        ),
        Headline::Sovereignty => {
            let o = r.sovereignty.option(target);
            Shown {
                label: lang.tr("Sovereignty of the target").to_owned(),
                value: format!("{} · {}/100", seal_name(o.seal), f::number(lang, o.score, 0)),
                note: {
                    let seal = seal_name(r.sovereignty.required_seal);
                    let note = lang.fill(
                        if o.meets_requirement {
                            t!("meets the required {seal}")
                        } else {
                            t!("below the required {seal}")
                        },
                        &[("seal", &seal)],
                    );
                    regulation_note(r, target, lang).unwrap_or(note)
                },
                flag: Some(!o.meets_requirement),
            }
        }
        Headline::BindingConstraint => {
            let p = r.constraints.pressure(r.constraints.binding);
            plain(
                t!("Binding constraint"),
                format!(
                    "{} {}/100",
                    lang.tr(r.constraints.binding.label()),
                    f::number(lang, p.value, 0)
                ),
                reasons::relaxer(lang, &p.relaxer),
            )
        }
        Headline::Migration => {
            let m = r.migration.chosen_outcome();
            plain(
                t!("Migration, P50"),
                f::eur_compact(lang, m.total_cost_eur.p50),
                lang.fill(
                    "{strategy}, done by month {month}",
                    &[
                        ("strategy", labels::strategy(lang, s.migration.strategy)),
                        ("month", &f::number(lang, m.completion_month.p50, 0)),
                    ],
                ),
            )
        }
    }
}

/// Under a regulatory preset, whether the target qualifies or the criterion that disqualifies it.
fn regulation_note(r: &Results, target: DeploymentOption, lang: Lang) -> Option<String> {
    let sov = &r.sovereignty;
    if sov.regulation == Regulation::None {
        return None;
    }
    let preset = lang.tr(regulation::spec(sov.regulation).name);
    let q = &sov.qualification[target.index()];
    Some(match q.disqualifier {
        None => lang.fill("qualifies under {preset}", &[("preset", preset)]),
        Some(d) => lang.fill(
            "fails {criterion} under {preset}",
            &[
                ("criterion", CRITERIA[usize::from(d.criterion())].id),
                ("preset", preset),
            ],
        ),
    })
}

/// Which options qualify under the regulatory preset, with the DOM signal the journeys read:
/// `data-regulation` (preset id), `data-required-seal` and `data-qualifying` (option ids).
#[component]
fn Qualification() -> impl IntoView {
    let state = AppState::get();
    let sov = Memo::new(move |_| state.results.get().sovereignty.clone());
    let text = move || qualification_text(&sov.get(), state.lang.get());
    view! {
        <p class="qualification" data-testid="qualification" aria-live="polite"
            hidden=move || sov.with(|s| s.regulation == Regulation::None)
            data-regulation=move || sov.with(|s| regulation::spec(s.regulation).id)
            data-required-seal=move || sov.with(|s| s.required_seal.to_string())
            data-qualifying=move || sov.with(|s| s.qualifying().iter().map(|o| o.id()).collect::<Vec<_>>().join(" "))>
            {move || text().unwrap_or_default()}
        </p>
    }
}

/// The headline row.
#[component]
pub fn Headlines() -> impl IntoView {
    let state = AppState::get();
    view! {
        <section class="kpis" aria-label=move || state.lang.get().tr("Headline figures")>
            {Headline::ALL.into_iter().map(|h| {
                let figure = Memo::new(move |_| {
                    let lang = state.lang.get();
                    let r = state.results.get();
                    state.scenario().with(|s| {
                        let v = shown(h, &r, s, lang);
                        (v.label, v.value, v.note, v.flag)
                    })
                });
                view! {
                    <button type="button" class="kpi" data-testid=format!("kpi-{}", h.id())
                        class:flag=move || figure.with(|f| f.3 == Some(true))
                        class:ok=move || figure.with(|f| f.3 == Some(false))
                        aria-haspopup="dialog"
                        on:click=move |_| state.explain.set(Some(h))>
                        <span class="kpi-label">{move || figure.with(|f| f.0.clone())}</span>
                        <span class="kpi-value" data-testid=format!("kpi-value-{}", h.id())>{move || figure.with(|f| f.1.clone())}</span>
                        <span class="kpi-note">{move || figure.with(|f| f.2.clone())}</span>
                    </button>
                }
            }).collect_view()}
        </section>
        <Qualification />
    }
}
