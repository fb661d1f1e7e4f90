//! Socle: the dashboard. Data flows one way: controls → `Scenario` → `socle_model::evaluate` →
//! `Results` → chart builders → charts.

pub mod charts;
pub mod echarts;

use leptos::prelude::*;

/// Mounts the app on the page body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let utilisation = RwSignal::new(70u32);
    let option = Memo::new(move |_| {
        let u = f64::from(utilisation.get()) / 100.0;
        let data: Vec<f64> = (0..=10).map(|y| f64::from(y) * u).collect();
        charming::Chart::new()
            .x_axis(charming::component::Axis::new().type_(charming::element::AxisType::Category))
            .y_axis(charming::component::Axis::new().type_(charming::element::AxisType::Value))
            .series(charming::series::Line::new().data(data))
            .to_string()
    });
    view! {
        <main data-testid="app-ready">
            <h1>"Socle"</h1>
            <label>
                "Utilisation " {move || utilisation.get()} " %"
                <input type="range" min="0" max="100" data-testid="control-utilisation"
                    prop:value=move || utilisation.get().to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse() { utilisation.set(v) }
                    } />
            </label>
            <charts::view::ChartView id="chart-tco-cumulative" option=option label="cumulative cost".to_string() />
        </main>
    }
}
