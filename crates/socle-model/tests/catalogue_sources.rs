//! Every catalogue entry exists, is sane and carries a complete source.

use socle_model::catalogue::options::{self, CLOUD_OFFERS};
use socle_model::catalogue::{all_sources, country, gpu};
use socle_model::scenario::ranges;
use socle_model::{Country, GpuModel};

#[test]
fn every_default_has_a_complete_source() {
    let sources = all_sources();
    for (key, source) in &sources {
        assert!(source.is_complete(), "{key}: {source:?}");
    }
    let mut keys: Vec<_> = sources.iter().map(|(k, _)| *k).collect();
    let count = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), count, "duplicate keys");
}

#[test]
fn every_gpu_model_is_catalogued_with_sane_figures() {
    let keys: Vec<_> = all_sources().into_iter().map(|(k, _)| k).collect();
    for model in GpuModel::ALL {
        let spec = gpu(model);
        assert_eq!(spec.model, model);
        assert!(
            (300.0..=1_500.0).contains(&spec.board_power_w.value),
            "{}",
            spec.name
        );
        assert!((1.0..=2.0).contains(&spec.server_overhead.value), "{}", spec.name);
        assert!((ranges::GPU_PRICE_USD.0..=ranges::GPU_PRICE_USD.1).contains(&spec.price_usd.value));
        assert!(spec.lead_time_months.value > 0.0 && spec.relative_throughput.value > 0.0);
        assert!(
            spec.us_export_controlled,
            "every accelerator here falls under the US EAR"
        );
        for price in spec.cloud_eur_gpu_h {
            let (min, max) = ranges::CLOUD_PRICE_EUR_GPU_H;
            assert!(
                (min..=max).contains(&price.value),
                "{}: {}",
                spec.name,
                price.value
            );
        }
        // The US sovereign offer carries a premium over the public region.
        assert!(spec.cloud_eur_gpu_h[1].value > spec.cloud_eur_gpu_h[2].value);
        // Its nine figures are listed for the explanation panel.
        assert_eq!(spec.sources().iter().filter(|(k, _)| keys.contains(k)).count(), 9);
    }
}

#[test]
fn every_country_is_catalogued_with_sane_figures() {
    let keys: Vec<_> = all_sources().into_iter().map(|(k, _)| k).collect();
    for c in Country::ALL {
        let spec = country(c);
        assert_eq!(spec.country, c);
        let (min, max) = ranges::ENERGY_PRICE_EUR_KWH;
        assert!(
            (min..=max).contains(&spec.electricity_eur_kwh.value),
            "{}",
            spec.code
        );
        assert!(
            (10.0..=1_000.0).contains(&spec.carbon_g_per_kwh.value),
            "{}",
            spec.code
        );
        assert!(spec.grid_lead_time_months.value >= 12.0, "{}", spec.code);
        assert!(
            (0.0..=1.0).contains(&spec.price_volatility.value),
            "{}",
            spec.code
        );
        assert!(socle_model::Lang::ALL.iter().all(|l| !l.tr(spec.name).is_empty()));
        assert_eq!(spec.sources().iter().filter(|(k, _)| keys.contains(k)).count(), 4);
    }
}

#[test]
fn assumption_and_finance_defaults_lie_inside_their_valid_ranges() {
    let inside = |(min, max): (f64, f64), v: f64| (min..=max).contains(&v);
    assert!(inside(
        ranges::COLO_EUR_KW_MONTH,
        options::COLO_EUR_PER_KW_MONTH.value
    ));
    assert!(inside(ranges::PUE, options::COLO_PUE.value));
    assert!(inside(ranges::PUE, options::ON_PREM_PUE.value));
    assert!(inside(
        ranges::FACILITY_EUR_PER_KW,
        options::FACILITY_CAPEX_EUR_PER_KW.value
    ));
    assert!(inside(ranges::STAFF_EUR_FTE, options::STAFF_EUR_PER_FTE.value));
    assert!(inside(
        ranges::MAINTENANCE_SHARE,
        options::MAINTENANCE_SHARE.value
    ));
    assert!(inside(
        ranges::SOFTWARE_EUR_GPU_YEAR,
        options::SOFTWARE_EUR_PER_GPU_YEAR.value
    ));
    assert!(inside(ranges::DISCOUNT_RATE, options::DISCOUNT_RATE.value));
    assert!(inside(
        ranges::DEPRECIATION_YEARS,
        options::DEPRECIATION_YEARS.value
    ));
    assert!(inside(
        ranges::RESIDUAL_SHARE,
        options::RESIDUAL_VALUE_SHARE.value
    ));
    assert!(inside(ranges::USD_PER_EUR, options::USD_PER_EUR.value));
}

#[test]
fn cloud_offers_discount_longer_commitments_more() {
    for offer in &CLOUD_OFFERS {
        let (one, three) = (offer.one_year_discount.value, offer.three_year_discount.value);
        assert!(0.0 < one && one < three && three < 1.0, "{:?}", offer.option);
        assert!(offer.pue.value >= 1.0);
    }
    // EU sovereign providers charge no egress; US hyperscalers do.
    assert_eq!(CLOUD_OFFERS[0].egress_eur_per_tb.value, 0.0);
    assert!(CLOUD_OFFERS[2].egress_eur_per_tb.value > 0.0);
}
