//! An independent reference calculation of the total cost of ownership, written the way a finance team
//! checks a vendor's model in a spreadsheet: from the formulas of the README ("Model › Total cost of
//! ownership") and the economic treatments it states, never from the model's own code. It reads the
//! scenario and the catalogue's sourced defaults through the public API only.
//!
//! # How to redo it in a spreadsheet
//!
//! One row per month `m = 0 … 12·H − 1` of the horizon (H years), one column per cost category.
//!
//! * Capital outlays (the fleet bought at month 0 and at each refresh, the data hall at month 0, the
//!   sale of the fleet being replaced at a refresh) are paid at the **start** of their month:
//!   discount time `t = m` months.
//! * Running costs (energy, staff, maintenance, software, colocation, cloud fees) are paid at the
//!   **end** of their month: `t = m + 1`. So are the end-of-horizon values (the fleet and the hall in
//!   service, credited at `t = 12·H`) and any exit egress (paid in the last month).
//! * Every flow is discounted by `(1 + r)^(−t/12)`, `r` the annual discount rate.
//! * A year's discounted value is the sum of its twelve months' discounted amounts (for a flat
//!   monthly amount `A` paid at the end of months `12y … 12y + 11`, that is
//!   `A × Σ_{k=1..12} (1 + r)^(−(12y + k)/12)`; nothing is annualised).
//! * The NPV is the sum of every discounted amount, i.e. the sum of the yearly discounted rows.
//!
//! A flow belongs to the year of the month it pays for (`m / 12`); the end-of-horizon values belong
//! to the last year.

use socle_model::catalogue::{self, options as o};
use socle_model::tco::{CostBreakdown, OptionTco};
use socle_model::{Commitment, DeploymentOption, GpuModel, Scenario};
use std::fmt;

/// The columns of the cash-flow table, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The first fleet: GPUs, servers, network (owned options).
    Hardware,
    /// Later fleets bought when the depreciation period ends inside the horizon.
    Refresh,
    /// Sale of a retired fleet and end-of-horizon value of the fleet and the hall (negative).
    EndValue,
    /// Data-hall construction, upkeep and insurance (on premises).
    Facility,
    /// Electricity (owned options).
    Energy,
    /// Engineers, fully loaded.
    Staff,
    /// Hardware maintenance contract.
    Maintenance,
    /// Software licences.
    Software,
    /// Colocation fee per contracted kW.
    Colocation,
    /// Cloud GPU-hours.
    CloudFees,
    /// Data transfer out when leaving a cloud.
    Egress,
}

impl Column {
    /// Every column, in display order.
    pub const ALL: [Column; 11] = [
        Self::Hardware,
        Self::Refresh,
        Self::EndValue,
        Self::Facility,
        Self::Energy,
        Self::Staff,
        Self::Maintenance,
        Self::Software,
        Self::Colocation,
        Self::CloudFees,
        Self::Egress,
    ];

    /// Header in the printed table.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Hardware => "hardware",
            Self::Refresh => "refresh",
            Self::EndValue => "end value",
            Self::Facility => "facility",
            Self::Energy => "energy",
            Self::Staff => "staff",
            Self::Maintenance => "maintenance",
            Self::Software => "software",
            Self::Colocation => "colocation",
            Self::CloudFees => "cloud fees",
            Self::Egress => "egress",
        }
    }
}

/// When in its month a flow is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timing {
    /// Capital outlays: `t = m`.
    Start,
    /// Running costs and end-of-horizon values: `t = m + 1`.
    End,
}

/// One year of the table: nominal and discounted euros per column.
#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    /// Nominal euros per column, in [`Column::ALL`] order.
    pub nominal: [f64; 11],
    /// Discounted euros per column (sum of the year's monthly discounted amounts).
    pub discounted: [f64; 11],
}

/// The yearly cash-flow table of one option.
#[derive(Debug, Clone, PartialEq)]
pub struct CashFlowTable {
    /// The option.
    pub option: DeploymentOption,
    /// Annual discount rate.
    pub discount_rate: f64,
    /// One row per horizon year.
    pub years: Vec<YearRow>,
    /// The resolved inputs, as `(name, value)`, printed under the table.
    pub inputs: Vec<(&'static str, f64)>,
}

impl CashFlowTable {
    fn new(option: DeploymentOption, s: &Scenario) -> Self {
        let years = s.compute.horizon_years as usize;
        Self {
            option,
            discount_rate: s.finance.discount_rate,
            years: vec![
                YearRow {
                    nominal: [0.0; 11],
                    discounted: [0.0; 11],
                };
                years
            ],
            inputs: Vec::new(),
        }
    }

    /// Adds `amount` euros paid in month `m` (0-based) at `timing`.
    fn add(&mut self, m: usize, timing: Timing, column: Column, amount: f64) {
        let t = match timing {
            Timing::Start => m,
            Timing::End => m + 1,
        };
        let factor = (1.0 + self.discount_rate).powf(-(t as f64) / 12.0);
        let row = &mut self.years[m / 12];
        let c = column as usize;
        row.nominal[c] += amount;
        row.discounted[c] += amount * factor;
    }

    /// The net present value: the sum of every discounted amount.
    pub fn npv(&self) -> f64 {
        self.years.iter().flat_map(|y| y.discounted).sum()
    }

    /// Undiscounted total of every flow.
    pub fn total(&self) -> f64 {
        self.years.iter().flat_map(|y| y.nominal).sum()
    }

    /// Discounted total of one column.
    pub fn npv_of(&self, column: Column) -> f64 {
        self.years.iter().map(|y| y.discounted[column as usize]).sum()
    }

    /// Nominal amount of one column in one year.
    pub fn nominal(&self, year: usize, column: Column) -> f64 {
        self.years[year].nominal[column as usize]
    }
}

impl fmt::Display for CashFlowTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = |f: &mut fmt::Formatter<'_>, first: &str| -> fmt::Result {
            write!(f, "{first:>6}")?;
            for c in Column::ALL {
                write!(f, " {:>13}", c.label())?;
            }
            writeln!(f, " {:>14}", "total")
        };
        let line = |f: &mut fmt::Formatter<'_>, label: &str, values: &[f64; 11]| -> fmt::Result {
            write!(f, "{label:>6}")?;
            for v in values {
                write!(f, " {v:>13.0}")?;
            }
            writeln!(f, " {:>14.0}", values.iter().sum::<f64>())
        };
        writeln!(
            f,
            "{} — euros; discount rate {:.4} a year, monthly factor (1 + r)^(−t/12)",
            self.option.id(),
            self.discount_rate
        )?;
        writeln!(f, "nominal cash flows")?;
        header(f, "year")?;
        for (y, row) in self.years.iter().enumerate() {
            line(f, &(y + 1).to_string(), &row.nominal)?;
        }
        writeln!(f, "discounted (sum of each month's discounted amount)")?;
        header(f, "year")?;
        let mut totals = [0.0; 11];
        for (y, row) in self.years.iter().enumerate() {
            line(f, &(y + 1).to_string(), &row.discounted)?;
            for (t, v) in totals.iter_mut().zip(row.discounted) {
                *t += v;
            }
        }
        line(f, "NPV", &totals)?;
        writeln!(f, "inputs:")?;
        for (name, value) in &self.inputs {
            writeln!(f, "  {name} = {value}")?;
        }
        Ok(())
    }
}

/// Hours in an average month (8,760 ÷ 12).
fn hours_per_month() -> f64 {
    o::HOURS_PER_MONTH
}

/// Useful GPU-hours over the horizon, `u × N × H × M`, and their present value,
/// `u × N × H × Σ_{t=1..M} (1 + r)^(−t/12)` (each month's hours at its end, like its running costs).
pub fn useful_gpu_hours(s: &Scenario) -> (f64, f64) {
    let per_month = s.compute.utilisation * f64::from(s.compute.gpu_count) * hours_per_month();
    let months = s.horizon_months();
    let present: f64 = (1..=months)
        .map(|t| (1.0 + s.finance.discount_rate).powf(-(t as f64) / 12.0))
        .sum();
    (per_month * months as f64, per_month * present)
}

/// Cost per useful GPU-hour (undiscounted total ÷ useful hours) and levelised cost (NPV ÷ present
/// value of the useful hours), euros; `None` at 0 % utilisation.
pub fn costs_per_useful_gpu_hour(s: &Scenario, table: &CashFlowTable) -> Option<(f64, f64)> {
    let (hours, present) = useful_gpu_hours(s);
    (hours > 0.0).then(|| (table.total() / hours, table.npv() / present))
}

/// The electricity price of the site, euros per kWh: the override, else the country's default.
pub fn energy_price(s: &Scenario) -> f64 {
    s.site
        .energy_price_override_eur_kwh
        .unwrap_or(catalogue::country(s.site.country).electricity_eur_kwh.value)
}

/// IT power at nameplate, kW: GPUs × board power × server overhead (≈ 1.8, DGX user guides).
pub fn nameplate_it_kw(s: &Scenario) -> f64 {
    let g = catalogue::gpu(s.compute.gpu);
    f64::from(s.compute.gpu_count) * g.board_power_w.value * g.server_overhead.value / 1_000.0
}

/// Load factor: idle share + (1 − idle share) × utilisation × workload power factor, the factor being
/// the mix-weighted average of the training, fine-tuning and inference factors.
pub fn load_factor(s: &Scenario) -> f64 {
    let mix = s.compute.mix;
    let power_factor = mix.training * o::TRAINING_POWER_FACTOR.value
        + mix.fine_tuning * o::FINE_TUNING_POWER_FACTOR.value
        + mix.inference * o::INFERENCE_POWER_FACTOR.value;
    let idle = o::IDLE_POWER_SHARE.value;
    idle + (1.0 - idle) * s.compute.utilisation * power_factor
}

/// Cost of one fleet, euros: GPUs × GPU price × server multiplier × (1 + network share) ÷ USD per EUR.
/// GPU street prices are in US dollars (default or override), converted at the scenario's rate.
pub fn fleet_capex(s: &Scenario) -> f64 {
    let g = catalogue::gpu(s.compute.gpu);
    let price_usd = s.assumptions.gpu_price_usd.unwrap_or(g.price_usd.value);
    f64::from(s.compute.gpu_count) * price_usd * g.system_multiplier.value * (1.0 + o::NETWORK_SHARE.value)
        / s.finance.usd_per_eur
}

/// GPUs per engineer, `g(N)`: 375 up to 1,000 GPUs, 1,000 from 10,000, log-linear in between.
fn gpus_per_engineer(n: f64) -> f64 {
    let (small, large) = (o::GPUS_PER_FTE_SMALL.value, o::GPUS_PER_FTE_LARGE.value);
    let (from, to) = (o::SMALL_CLUSTER_GPUS, o::LARGE_CLUSTER_GPUS);
    if n <= from {
        small
    } else if n >= to {
        large
    } else {
        small * (large / small).powf((n / from).ln() / (to / from).ln())
    }
}

/// Staff of an option, FTE. Owned: `max(N ÷ g(N), floor(N))` with `floor(N) = max(0.5, 2.5 × min(1,
/// N ÷ 256))` (the on-call team, pro rata below 256 GPUs), plus on premises the facility staff of the
/// hall's peak power (nameplate IT kW × site PUE). Cloud: `max(0.5, 0.25 × N ÷ g(N))`.
pub fn staff_fte(s: &Scenario, option: DeploymentOption) -> f64 {
    let n = f64::from(s.compute.gpu_count);
    let engineers = n / gpus_per_engineer(n);
    match catalogue::cloud_offer(option) {
        Some(offer) => (offer.staff_share.value * engineers).max(o::MIN_OPS_FTE),
        None => {
            let floor = (o::MIN_OPS_TEAM_FTE.value * (n / o::FULL_TEAM_GPUS).min(1.0)).max(o::MIN_OPS_FTE);
            let cluster = engineers.max(floor);
            if option == DeploymentOption::OnPremises {
                let facility_mw = nameplate_it_kw(s) * s.site.pue / 1_000.0;
                cluster + o::facility_fte(facility_mw)
            } else {
                cluster
            }
        }
    }
}

/// Currency a default cloud price is quoted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Currency {
    /// Euros.
    Eur,
    /// US dollars.
    Usd,
}

/// The currency a default GPU-hour price is quoted in (README, "Currencies"): the US hyperscalers (AWS,
/// Azure, Google) in US dollars; the EU sovereign clouds in euros (OVHcloud H200 and L40S, Scaleway H100,
/// the MI300X estimate) except Nebius, which quotes the B200 in dollars (GB200 and MI355X are derived from
/// it).
pub fn cloud_currency(gpu: GpuModel, option: DeploymentOption) -> Currency {
    match (option, gpu) {
        (DeploymentOption::EuSovereignCloud, GpuModel::B200 | GpuModel::Gb200 | GpuModel::Mi355x) => {
            Currency::Usd
        }
        (DeploymentOption::EuSovereignCloud, _) => Currency::Eur,
        _ => Currency::Usd,
    }
}

/// The currency an egress price is quoted in: dollars for the US hyperscalers, euros for the EU clouds.
pub fn egress_currency(option: DeploymentOption) -> Currency {
    if option.is_us_headquartered() {
        Currency::Usd
    } else {
        Currency::Eur
    }
}

/// A dollar amount the catalogue stores converted to euros at the rate of its compilation (ECB
/// reference rate of 25 Sep 2026, the finance default), back in dollars.
fn catalogue_usd(eur_at_compilation_rate: f64) -> f64 {
    eur_at_compilation_rate * o::USD_PER_EUR.value
}

/// On-demand price per GPU-hour in euros at the scenario's exchange rate: a user override stays in
/// euros; a dollar list price is converted with `usd_per_eur`.
pub fn cloud_price_eur(s: &Scenario, option: DeploymentOption) -> f64 {
    let i = o::cloud_index(option).expect("a cloud option");
    if let Some(p) = s.assumptions.cloud_price_eur_gpu_h[i] {
        return p;
    }
    let listed = catalogue::gpu(s.compute.gpu).cloud_eur_gpu_h[i].value;
    match cloud_currency(s.compute.gpu, option) {
        Currency::Eur => listed,
        Currency::Usd => catalogue_usd(listed) / s.finance.usd_per_eur,
    }
}

/// Egress per TB in euros at the scenario's rate (dollar prices for the US options).
pub fn egress_eur_per_tb(s: &Scenario, option: DeploymentOption) -> f64 {
    let listed = catalogue::cloud_offer(option).map_or(0.0, |c| c.egress_eur_per_tb.value);
    match egress_currency(option) {
        Currency::Eur => listed,
        Currency::Usd => catalogue_usd(listed) / s.finance.usd_per_eur,
    }
}

/// Value of a fleet of cost `capex` after `age_months` in service: the lower of its straight-line book
/// value (from cost down to the resale share at the end of the depreciation period, the value at
/// which the README sells a retired fleet) and its market value, cost × resale share.
pub fn fleet_end_value(s: &Scenario, capex: f64, age_months: usize) -> f64 {
    let life = 12.0 * f64::from(s.finance.depreciation_years);
    let share = s.finance.residual_value_share;
    let book = capex * (1.0 - (1.0 - share) * (age_months as f64 / life).min(1.0));
    let market = capex * s.finance.residual_value_share;
    book.min(market)
}

/// True when the exit at the horizon end, `t = M` months after the first day of the start month, is
/// dated before the Data Act ban on switching charges (12 January 2027). An exit on 1 January 2027
/// (`M` equal to the months from the start month to January 2027) is still before the 12th.
pub fn exit_pays_egress(s: &Scenario) -> bool {
    let ((year, month, day), _) = o::DATA_ACT_NO_SWITCHING_CHARGES;
    let to_ban_month = s.start.months_until(year, month);
    let m = s.horizon_months() as i32;
    m < to_ban_month || (m == to_ban_month && day > 1)
}

/// The reference cash-flow table of one option.
pub fn table(s: &Scenario, option: DeploymentOption) -> CashFlowTable {
    let mut t = CashFlowTable::new(option, s);
    let months = s.horizon_months();
    let n = f64::from(s.compute.gpu_count);
    let hours = hours_per_month();
    let staff_month = staff_fte(s, option) * s.assumptions.staff_eur_per_fte / 12.0;
    t.inputs.extend([
        ("horizon months M", months as f64),
        ("USD per EUR X", s.finance.usd_per_eur),
        ("staff FTE", staff_fte(s, option)),
        ("staff EUR per FTE-year", s.assumptions.staff_eur_per_fte),
    ]);
    for m in 0..months {
        t.add(m, Timing::End, Column::Staff, staff_month);
    }

    if option.is_owned() {
        let capex = fleet_capex(s);
        let it_kw = nameplate_it_kw(s);
        let pue = if option == DeploymentOption::OnPremises {
            s.site.pue
        } else {
            s.assumptions.colo_pue
        };
        let price = energy_price(s);
        let energy_month = it_kw * pue * load_factor(s) * hours * price;
        let life = 12 * s.finance.depreciation_years as usize;
        t.inputs.extend([
            ("fleet capex EUR", capex),
            ("nameplate IT kW", it_kw),
            ("PUE", pue),
            ("load factor", load_factor(s)),
            ("electricity EUR/kWh", price),
            ("resale share s", s.finance.residual_value_share),
            ("refresh period L (months)", life as f64),
        ]);

        // Fleets bought at months 0, life, 2·life, … inside the horizon; each retired fleet is sold
        // when the next one arrives, at the same instant.
        let purchases: Vec<usize> = (0..months).step_by(life).collect();
        for (k, &bought) in purchases.iter().enumerate() {
            let column = if k == 0 { Column::Hardware } else { Column::Refresh };
            t.add(bought, Timing::Start, column, capex);
            let retired = purchases.get(k + 1).copied();
            let until = retired.unwrap_or(months);
            for m in bought..until {
                if m - bought >= o::WARRANTY_MONTHS {
                    t.add(
                        m,
                        Timing::End,
                        Column::Maintenance,
                        s.assumptions.maintenance_share * capex / 12.0,
                    );
                }
            }
            match retired {
                Some(sold) => t.add(
                    sold,
                    Timing::Start,
                    Column::EndValue,
                    -fleet_end_value(s, capex, sold - bought),
                ),
                None => t.add(
                    months - 1,
                    Timing::End,
                    Column::EndValue,
                    -fleet_end_value(s, capex, months - bought),
                ),
            }
        }
        for m in 0..months {
            t.add(m, Timing::End, Column::Energy, energy_month);
            t.add(
                m,
                Timing::End,
                Column::Software,
                n * s.assumptions.software_eur_per_gpu_year / 12.0,
            );
        }
        if option == DeploymentOption::OnPremises {
            let built_kw = (it_kw - s.site.existing_room_kw).max(0.0);
            let hall = built_kw * s.assumptions.facility_capex_eur_per_kw;
            let hall_life = 12.0 * o::FACILITY_LIFE_YEARS.value;
            t.inputs.push(("hall capex EUR", hall));
            t.add(0, Timing::Start, Column::Facility, hall);
            // Upkeep and insurance of the whole hall in use, existing room included.
            let upkeep =
                it_kw * s.assumptions.facility_capex_eur_per_kw * o::FACILITY_UPKEEP_SHARE.value / 12.0;
            for m in 0..months {
                t.add(m, Timing::End, Column::Facility, upkeep);
            }
            let book = hall * (1.0 - months as f64 / hall_life).max(0.0);
            t.add(months - 1, Timing::End, Column::EndValue, -book);
        } else {
            for m in 0..months {
                t.add(
                    m,
                    Timing::End,
                    Column::Colocation,
                    it_kw * s.assumptions.colo_eur_per_kw_month,
                );
            }
        }
    } else {
        let offer = catalogue::cloud_offer(option).expect("a cloud option");
        let price = cloud_price_eur(s, option);
        let fee_month = match s.platform.commitment {
            Commitment::OnDemand => price * n * hours * s.compute.utilisation,
            Commitment::OneYear => price * (1.0 - offer.one_year_discount.value) * n * hours,
            Commitment::ThreeYear => price * (1.0 - offer.three_year_discount.value) * n * hours,
        };
        t.inputs.extend([
            ("on-demand EUR/GPU-h P", price),
            ("fees a month", fee_month),
            ("exit egress EUR/TB", egress_eur_per_tb(s, option)),
        ]);
        // Service is paid for the months inside the horizon only (a term running past the horizon
        // buys service outside the comparison). No software line: the instance price includes the OS
        // image, managed cluster service and monitoring (README, "Software").
        for m in 0..months {
            t.add(m, Timing::End, Column::CloudFees, fee_month);
        }
        if exit_pays_egress(s) {
            t.add(
                months - 1,
                Timing::End,
                Column::Egress,
                s.migration.data_volume_tb * egress_eur_per_tb(s, option),
            );
        }
    }
    t
}

/// The model's figure for the reference columns that map onto one of its categories.
pub fn model_category(b: &CostBreakdown, column: Column) -> Option<f64> {
    Some(match column {
        Column::Hardware => b.hardware,
        Column::Refresh => return None,
        Column::EndValue => b.residual,
        Column::Facility => b.facility,
        Column::Energy => b.energy,
        Column::Staff => b.staff,
        Column::Maintenance => b.maintenance,
        Column::Software => b.software,
        Column::Colocation => b.colocation,
        Column::CloudFees => b.cloud_fees,
        Column::Egress => b.egress,
    })
}

/// The reference's figure for one model category (the model's hardware includes the refreshes).
fn reference_category(values: &[f64; 11], column: Column) -> f64 {
    match column {
        Column::Hardware => values[Column::Hardware as usize] + values[Column::Refresh as usize],
        c => values[c as usize],
    }
}

/// How the reference and the model compare on one option.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// Reference NPV, euros.
    pub reference: f64,
    /// Model NPV, euros.
    pub model: f64,
    /// Lines naming each category that disagrees, with the first year where they part.
    pub disagreements: Vec<String>,
}

impl Comparison {
    /// Relative gap (reference − model) ÷ |model|.
    pub fn gap(&self) -> f64 {
        (self.reference - self.model) / self.model.abs().max(1.0)
    }
}

/// Compares the reference table with the model's figures for the option, category by category:
/// a category disagrees when its discounted totals differ by more than `tolerance` of the option's
/// NPV; the first year where its nominal amounts part is named with both values.
pub fn compare(table: &CashFlowTable, model: &OptionTco, tolerance: f64) -> Comparison {
    let reference = table.npv();
    let scale = model.npv_eur.abs().max(reference.abs()).max(1.0);
    let mut disagreements = Vec::new();
    let mut reference_npv = [0.0; 11];
    for row in &table.years {
        for (t, v) in reference_npv.iter_mut().zip(row.discounted) {
            *t += v;
        }
    }
    for column in Column::ALL {
        let Some(model_npv) = model_category(&model.npv_by_category, column) else {
            continue;
        };
        let ours = reference_category(&reference_npv, column);
        if (ours - model_npv).abs() <= tolerance * scale {
            continue;
        }
        let first_year = table
            .years
            .iter()
            .zip(&model.yearly)
            .enumerate()
            .find_map(|(y, (row, theirs))| {
                let a = reference_category(&row.nominal, column);
                let b = model_category(theirs, column).unwrap_or(0.0);
                ((a - b).abs() > 1e-6 * scale).then_some((y + 1, a, b))
            });
        let year = first_year.map_or(
            String::from("no year apart in nominal terms (timing)"),
            |(y, a, b)| format!("first apart in year {y}: reference {a:.0}, model {b:.0} nominal"),
        );
        disagreements.push(format!(
            "{}: discounted reference {ours:.0} vs model {model_npv:.0} ({:+.2} % of NPV); {year}",
            column.label(),
            100.0 * (ours - model_npv) / scale,
        ));
    }
    Comparison {
        reference,
        model: model.npv_eur,
        disagreements,
    }
}
