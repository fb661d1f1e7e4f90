//! What each option costs, before utilisation and energy price are applied: the quantities that do not
//! depend on them, computed once per scenario.

use super::power;
use crate::catalogue::options::{
    cloud_index, cloud_offer, staff_fte, CLOUD_OFFERS, DATA_ACT_NO_SWITCHING_CHARGES, FACILITY_LIFE_YEARS,
    FACILITY_UPKEEP_SHARE, HOURS_PER_MONTH, IDLE_POWER_SHARE, NETWORK_SHARE, WARRANTY_MONTHS,
};
use crate::catalogue::{country, gpu};
use crate::scenario::{Commitment, DeploymentOption, Scenario};

/// Electricity price applied to owned options, euros per kWh: the override, or the country default.
pub fn energy_price_eur_kwh(scenario: &Scenario) -> f64 {
    scenario
        .site
        .energy_price_override_eur_kwh
        .unwrap_or(country(scenario.site.country).electricity_eur_kwh.value)
}

/// GPU purchase price, US dollars: the override, or the catalogue price.
pub fn gpu_price_usd(scenario: &Scenario) -> f64 {
    scenario
        .assumptions
        .gpu_price_usd
        .unwrap_or(gpu(scenario.compute.gpu).price_usd.value)
}

/// Hardware capex of one purchase of the whole fleet, euros:
/// count × GPU price × system multiplier × (1 + network share) ÷ USD per EUR.
pub fn hardware_capex_eur(scenario: &Scenario) -> f64 {
    let spec = gpu(scenario.compute.gpu);
    f64::from(scenario.compute.gpu_count)
        * gpu_price_usd(scenario)
        * spec.system_multiplier.value
        * (1.0 + NETWORK_SHARE.value)
        / scenario.finance.usd_per_eur
}

/// On-demand price per GPU-hour of a cloud option, euros: the override (entered in euros), or the
/// catalogue price converted from the currency it is quoted in at the scenario's `finance.usd_per_eur`.
pub fn cloud_price_eur_gpu_h(scenario: &Scenario, cloud_index: usize) -> f64 {
    scenario.assumptions.cloud_price_eur_gpu_h[cloud_index].unwrap_or_else(|| {
        let (quote, currency) = gpu(scenario.compute.gpu).cloud_quote(cloud_index);
        currency.to_eur(quote, scenario.finance.usd_per_eur)
    })
}

/// Egress to the internet of a cloud option, euros per TB: the catalogue price converted from the
/// currency it is quoted in at the scenario's `finance.usd_per_eur`.
pub fn egress_eur_per_tb(scenario: &Scenario, cloud_index: usize) -> f64 {
    let offer = &CLOUD_OFFERS[cloud_index];
    let quote = offer
        .egress_currency
        .from_catalogue_eur(offer.egress_eur_per_tb.value);
    offer.egress_currency.to_eur(quote, scenario.finance.usd_per_eur)
}

/// PUE that applies to an option: the site's on premises, the colocation assumption, the provider's.
pub fn option_pue(scenario: &Scenario, option: DeploymentOption) -> f64 {
    match option {
        DeploymentOption::OnPremises => scenario.site.pue,
        DeploymentOption::Colocation => scenario.assumptions.colo_pue,
        cloud => cloud_offer(cloud).map_or(1.0, |o| o.pue.value),
    }
}

/// How a cloud option is billed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Billing {
    /// Billed on used hours at the on-demand price.
    OnDemand,
    /// Billed 24/7 at a discount, in terms of `term_months` (only the months inside the horizon count).
    Reserved { discount: f64, term_months: usize },
}

/// The utilisation- and price-independent quantities of one option.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Plan {
    pub option: DeploymentOption,
    /// Months in the horizon.
    pub months: usize,
    pub gpu_count: f64,
    pub nameplate_kw: f64,
    pub pue: f64,
    /// Load factor = idle + active × utilisation.
    pub idle: f64,
    pub active: f64,
    /// Energy is paid in the cloud price rather than billed.
    pub energy_embedded: bool,
    pub staff_fte: f64,
    pub staff_month: f64,
    // Owned.
    pub hardware_capex: f64,
    pub life_months: usize,
    pub residual_share: f64,
    pub maintenance_month: f64,
    pub software_month: f64,
    pub colo_month: f64,
    pub facility_capex: f64,
    pub facility_residual: f64,
    /// Upkeep and insurance of the whole on-premises hall in use, euros a month.
    pub facility_upkeep_month: f64,
    // Cloud.
    pub cloud_full_month: f64,
    pub billing: Billing,
    pub egress_exit: f64,
}

impl Plan {
    /// Builds the plan of `option` for a valid scenario.
    pub fn new(scenario: &Scenario, option: DeploymentOption) -> Self {
        let c = &scenario.compute;
        let spec = gpu(c.gpu);
        let gpu_count = f64::from(c.gpu_count);
        let months = scenario.horizon_months();
        let nameplate_kw = power::it_kw_nameplate(spec, gpu_count);
        let pue = option_pue(scenario, option);
        let idle = IDLE_POWER_SHARE.value;
        let staff_fte = staff_fte(option, gpu_count, nameplate_kw * pue / 1_000.0);
        let a = &scenario.assumptions;
        let mut plan = Plan {
            option,
            months,
            gpu_count,
            nameplate_kw,
            pue,
            idle,
            active: (1.0 - idle) * power::workload_power_factor(&c.mix),
            energy_embedded: !option.is_owned(),
            staff_fte,
            staff_month: staff_fte * a.staff_eur_per_fte / 12.0,
            hardware_capex: 0.0,
            life_months: scenario.finance.depreciation_years as usize * 12,
            residual_share: scenario.finance.residual_value_share,
            maintenance_month: 0.0,
            software_month: 0.0,
            colo_month: 0.0,
            facility_capex: 0.0,
            facility_residual: 0.0,
            facility_upkeep_month: 0.0,
            cloud_full_month: 0.0,
            billing: Billing::OnDemand,
            egress_exit: 0.0,
        };
        match cloud_index(option) {
            None => plan.set_owned(scenario),
            Some(index) => plan.set_cloud(scenario, index),
        }
        plan
    }

    fn set_owned(&mut self, scenario: &Scenario) {
        let a = &scenario.assumptions;
        self.hardware_capex = hardware_capex_eur(scenario);
        self.maintenance_month = a.maintenance_share * self.hardware_capex / 12.0;
        self.software_month = self.gpu_count * a.software_eur_per_gpu_year / 12.0;
        if self.option == DeploymentOption::Colocation {
            // Contracted power is the nameplate IT power: the fleet must be able to run flat out.
            self.colo_month = self.nameplate_kw * a.colo_eur_per_kw_month;
        } else {
            // Upkeep and insurance of the whole hall in use, the existing room included.
            self.facility_upkeep_month =
                self.nameplate_kw * a.facility_capex_eur_per_kw * FACILITY_UPKEEP_SHARE.value / 12.0;
            let new_kw = (self.nameplate_kw - scenario.site.existing_room_kw).max(0.0);
            self.facility_capex = new_kw * a.facility_capex_eur_per_kw;
            let horizon_years = self.months as f64 / 12.0;
            // Straight-line book value over the facility life, returned at the horizon end.
            self.facility_residual =
                self.facility_capex * (1.0 - horizon_years / FACILITY_LIFE_YEARS.value).max(0.0);
        }
    }

    fn set_cloud(&mut self, scenario: &Scenario, index: usize) {
        let offer = &CLOUD_OFFERS[index];
        let price = cloud_price_eur_gpu_h(scenario, index);
        self.cloud_full_month = price * self.gpu_count * HOURS_PER_MONTH;
        self.billing = match scenario.platform.commitment {
            Commitment::OnDemand => Billing::OnDemand,
            Commitment::OneYear => Billing::Reserved {
                discount: offer.one_year_discount.value,
                term_months: 12,
            },
            Commitment::ThreeYear => Billing::Reserved {
                discount: offer.three_year_discount.value,
                term_months: 36,
            },
        };
        if exit_pays_switching_charges(scenario) {
            self.egress_exit = scenario.migration.data_volume_tb * egress_eur_per_tb(scenario, index);
        }
    }

    /// Market value of one fleet (the resale share of its purchase cost), which is also the lower of its
    /// straight-line book value (never below that share within a life) and its market value.
    pub fn fleet_end_value(&self) -> f64 {
        self.residual_share * self.hardware_capex
    }

    /// Month of the latest purchase of the fleet at or before month `m` (purchases every life).
    pub fn purchase_month(&self, m: usize) -> usize {
        m - m % self.life_months
    }

    /// Age of the fleet at the horizon end in months, in `(0, life]`.
    pub fn age_at_end(&self) -> usize {
        self.months - self.purchase_month(self.months - 1)
    }

    /// Whether maintenance is paid in month `m` (after the warranty year of the generation in service).
    pub fn maintenance_due(&self, m: usize) -> bool {
        m - self.purchase_month(m) >= WARRANTY_MONTHS
    }
}

/// Leaving a cloud option at the horizon end costs egress only before the Data Act bans switching
/// charges (12 Jan 2027). The exit is dated `t = M`, the first day of the month after the horizon: an
/// exit on 1 January 2027 is still eleven days before the ban and pays; February 2027 or later is free.
fn exit_pays_switching_charges(scenario: &Scenario) -> bool {
    let ((year, month, _day), _) = DATA_ACT_NO_SWITCHING_CHARGES;
    let months_to_ban = scenario.start.months_until(year, month);
    (scenario.horizon_months() as i64) <= i64::from(months_to_ban)
}
