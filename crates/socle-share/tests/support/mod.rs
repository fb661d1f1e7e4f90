//! Valid scenarios drawn at random: persona presets with their inputs moved anywhere within the model's
//! ranges (`socle_model::ranges`), sovereignty answer overrides included.
#![allow(dead_code)]

use socle_model::ranges::*;
use socle_model::sovereignty::{CRITERIA, CRITERION_COUNT};
use socle_model::*;

/// A small, seedable generator (SplitMix64), so that a failing case is replayed from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// How far a drawn scenario departs from its preset.
#[derive(Debug, Clone, Copy)]
pub struct Spread {
    /// Chance that each input is moved away from the preset.
    pub change: f64,
    /// Chance that each optional override is set.
    pub some: f64,
    /// Chance of each of the 240 (option, criterion) answer overrides being set.
    pub overrides: f64,
    /// Write numbers with as many digits as possible (17 significant digits and an exponent).
    pub long_numbers: bool,
}

impl Spread {
    /// The largest plausible scenario: every input moved, every override set, all 240 answer overrides.
    pub const WORST: Spread = Spread {
        change: 1.0,
        some: 1.0,
        overrides: 1.0,
        long_numbers: true,
    };
}

const SENSITIVITIES: [DataSensitivity; 5] = [
    DataSensitivity::Public,
    DataSensitivity::Internal,
    DataSensitivity::Confidential,
    DataSensitivity::RegulatedHealth,
    DataSensitivity::CriticalDefence,
];
const HQS: [ProviderHq; 3] = [
    ProviderHq::Eu,
    ProviderHq::EuJointVentureUsTech,
    ProviderHq::NonEuAdequate,
];
const KEYS: [KeyManagement; 3] = [
    KeyManagement::ProviderHeld,
    KeyManagement::Shared,
    KeyManagement::CustomerHeld,
];
const COMMITMENTS: [Commitment; 3] = [Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear];
const STRATEGIES: [Strategy; 2] = [Strategy::Progressive, Strategy::BigBang];
const PROFILES: [WeightProfile; 3] = [
    WeightProfile::Oct2025,
    WeightProfile::Jun2026,
    WeightProfile::Custom,
];

/// Every persona, `Custom` included.
pub fn personas() -> Vec<Persona> {
    let mut all = Persona::PRESETS.to_vec();
    all.push(Persona::Custom);
    all
}

struct Draw<'a> {
    rng: &'a mut Rng,
    spread: Spread,
}

impl Draw<'_> {
    /// A number within `(min, max)`: often an end of the range, else anywhere at full precision.
    fn number(&mut self, (min, max): (f64, f64)) -> f64 {
        let r = self.rng.unit();
        if self.spread.long_numbers {
            // Tiny values print with 17 digits and an exponent, the longest form a number takes.
            if min == 0.0 && self.rng.chance(0.5) {
                return (1.0 + self.rng.unit()) * 1e-300;
            }
            return min + (max - min) * (0.1 + 0.8 * r);
        }
        match self.rng.below(10) {
            0 => min,
            1 => max,
            2 => (min + (max - min) * r).round().clamp(min, max),
            _ => min + (max - min) * r,
        }
    }

    fn whole(&mut self, (min, max): (f64, f64)) -> u64 {
        min as u64 + self.rng.next_u64() % (max as u64 - min as u64 + 1)
    }

    fn moved(&mut self) -> bool {
        self.rng.chance(self.spread.change)
    }

    fn set_number(&mut self, slot: &mut f64, range: (f64, f64)) {
        if self.moved() {
            *slot = self.number(range);
        }
    }

    fn set_optional(&mut self, slot: &mut Option<f64>, range: (f64, f64)) {
        if self.moved() {
            *slot = self.rng.chance(self.spread.some).then(|| self.number(range));
        }
    }

    fn set_whole<T: TryFrom<u64>>(&mut self, slot: &mut T, range: (f64, f64))
    where
        T::Error: std::fmt::Debug,
    {
        if self.moved() {
            *slot = T::try_from(self.whole(range)).unwrap();
        }
    }

    fn set_choice<T: Copy>(&mut self, slot: &mut T, items: &[T]) {
        if self.moved() {
            *slot = self.rng.pick(items);
        }
    }
}

/// A valid scenario drawn from `rng`.
pub fn scenario(rng: &mut Rng, spread: Spread) -> Scenario {
    let mut s = persona_scenario(rng.pick(&personas()));
    let mut d = Draw { rng, spread };
    d.set_whole(&mut s.start.year, START_YEAR);
    d.set_whole(&mut s.start.month, (1.0, 12.0));
    d.set_choice(&mut s.organisation.sensitivity, &SENSITIVITIES);
    d.set_number(&mut s.organisation.annual_it_budget_eur, IT_BUDGET_EUR);
    if d.moved() {
        s.organisation.us_parent = !s.organisation.us_parent;
    }
    d.set_choice(&mut s.compute.gpu, &GpuModel::ALL);
    d.set_whole(&mut s.compute.gpu_count, GPU_COUNT);
    d.set_number(&mut s.compute.utilisation, SHARE);
    if d.moved() {
        let training = d.number(SHARE);
        let fine_tuning = d.number(SHARE) * (1.0 - training);
        s.compute.mix = WorkloadMix {
            training,
            fine_tuning,
            inference: (1.0 - training - fine_tuning).max(0.0),
        };
    }
    d.set_whole(&mut s.compute.horizon_years, HORIZON_YEARS);
    d.set_whole(&mut s.compute.months_until_needed, MONTHS_UNTIL_NEEDED);
    d.set_choice(&mut s.site.country, &Country::ALL);
    d.set_optional(&mut s.site.energy_price_override_eur_kwh, ENERGY_PRICE_EUR_KWH);
    d.set_number(&mut s.site.pue, PUE);
    d.set_number(&mut s.site.grid_capacity_mw, GRID_CAPACITY_MW);
    d.set_number(&mut s.site.existing_room_kw, EXISTING_ROOM_KW);
    d.set_number(&mut s.finance.discount_rate, DISCOUNT_RATE);
    d.set_whole(&mut s.finance.depreciation_years, DEPRECIATION_YEARS);
    d.set_number(&mut s.finance.residual_value_share, RESIDUAL_SHARE);
    d.set_number(&mut s.finance.usd_per_eur, USD_PER_EUR);
    d.set_choice(&mut s.platform.target, &DeploymentOption::ALL);
    d.set_choice(&mut s.platform.provider_hq, &HQS);
    d.set_choice(&mut s.platform.key_management, &KEYS);
    d.set_choice(&mut s.platform.commitment, &COMMITMENTS);
    d.set_number(&mut s.migration.hyperscaler_share, SHARE);
    d.set_whole(&mut s.migration.workloads, WORKLOADS);
    d.set_whole(&mut s.migration.new_workloads_per_year, NEW_WORKLOADS_PER_YEAR);
    d.set_number(&mut s.migration.proprietary_share, SHARE);
    d.set_choice(&mut s.migration.strategy, &STRATEGIES);
    d.set_number(&mut s.migration.waves_per_year, WAVES_PER_YEAR);
    d.set_whole(&mut s.migration.cutover_month, CUTOVER_MONTH);
    d.set_number(&mut s.migration.data_volume_tb, DATA_VOLUME_TB);
    let a = &mut s.assumptions;
    d.set_optional(&mut a.gpu_price_usd, GPU_PRICE_USD);
    for price in &mut a.cloud_price_eur_gpu_h {
        d.set_optional(price, CLOUD_PRICE_EUR_GPU_H);
    }
    d.set_number(&mut a.colo_eur_per_kw_month, COLO_EUR_KW_MONTH);
    d.set_number(&mut a.colo_pue, PUE);
    d.set_number(&mut a.facility_capex_eur_per_kw, FACILITY_EUR_PER_KW);
    d.set_number(&mut a.staff_eur_per_fte, STAFF_EUR_FTE);
    d.set_number(&mut a.maintenance_share, MAINTENANCE_SHARE);
    d.set_number(&mut a.software_eur_per_gpu_year, SOFTWARE_EUR_GPU_YEAR);
    d.set_choice(&mut a.weight_profile, &PROFILES);
    if d.moved() {
        let raw: Vec<f64> = (0..8).map(|_| 0.01 + d.rng.unit()).collect();
        let total: f64 = raw.iter().sum();
        for (w, r) in a.sovereignty_weights.iter_mut().zip(raw) {
            *w = r * 100.0 / total;
        }
    }
    // Overrides: a random subset of the 240 (option, criterion) pairs, in random order.
    let mut slots: Vec<usize> = (0..DeploymentOption::ALL.len() * CRITERION_COUNT).collect();
    for i in (1..slots.len()).rev() {
        slots.swap(i, d.rng.below(i + 1));
    }
    a.answer_overrides.clear();
    for slot in slots {
        if d.rng.chance(d.spread.overrides) {
            let criterion = slot % CRITERION_COUNT;
            a.answer_overrides.push(AnswerOverride {
                option: DeploymentOption::ALL[slot / CRITERION_COUNT],
                criterion: criterion as u8,
                answer: d.rng.below(usize::from(CRITERIA[criterion].ladder_len())) as u8,
            });
        }
    }
    if d.moved() {
        a.monte_carlo_paths = d.whole(MC_PATHS) as u32;
    }
    if d.moved() {
        a.seed = d.rng.next_u64();
    }
    s.validate().expect("drawn scenarios are valid");
    // Drawn last so that the draws above stay those of earlier versions.
    d.set_choice(&mut s.organisation.regulation, &Regulation::ALL);
    s
}
