//! The compact form of a scenario inside a share link: the persona preset it started from plus the values
//! that differ from it, under two-letter keys ([`FIELDS`]).
//!
//! Whole numbers are read as integers and checked against the model's ranges here, so that a link with
//! `"cn":-1` says "compute.gpu_count = -1 is outside the valid range 1 to 100000" like any other range
//! error; the finished scenario then goes through [`Scenario::validate`].

use crate::error::{Problem, ShareError};
use serde::{Deserialize, Deserializer, Serialize};
use socle_model::ranges::*;
use socle_model::sovereignty::CRITERION_COUNT;
use socle_model::*;

/// Answers per criterion that one packed override can carry; every ladder of the framework is shorter
/// (checked by a test), so the packing loses nothing.
pub const ANSWER_SLOTS: u32 = 8;

/// Number of distinct packed override codes: 5 options × 48 criteria × [`ANSWER_SLOTS`].
pub const OVERRIDE_CODES: u32 = DeploymentOption::ALL.len() as u32 * CRITERION_COUNT as u32 * ANSWER_SLOTS;

/// Reads a present key as `Some(value)`, so that `null` is refused for a plain value and means `None`
/// for a value that is itself optional (an absent key means "as in the preset").
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

macro_rules! compact {
    ($($key:ident: $ty:ty => $long:literal,)*) => {
        /// A scenario as the persona preset `p` plus the values that differ from it (absent = as in the preset).
        ///
        /// Each key's full name is in [`FIELDS`].
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(missing_docs)]
        pub struct Compact {
            pub p: Persona,
            $(
                #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present")]
                pub $key: Option<$ty>,
            )*
        }

        /// Every key of the compact form with the dotted name of the scenario field it holds.
        pub const FIELDS: &[(&str, &str)] = &[("p", "persona"), $((stringify!($key), $long),)*];
    };
}

compact! {
    sy: i64 => "start.year",
    sm: i64 => "start.month",
    os: DataSensitivity => "organisation.sensitivity",
    ob: f64 => "organisation.annual_it_budget_eur",
    ou: bool => "organisation.us_parent",
    or: Regulation => "organisation.regulation",
    cg: GpuModel => "compute.gpu",
    cn: i64 => "compute.gpu_count",
    cu: f64 => "compute.utilisation",
    cm: [f64; 3] => "compute.mix",
    ch: i64 => "compute.horizon_years",
    cw: i64 => "compute.months_until_needed",
    sc: Country => "site.country",
    se: Option<f64> => "site.energy_price_override_eur_kwh",
    sp: f64 => "site.pue",
    sg: f64 => "site.grid_capacity_mw",
    sr: f64 => "site.existing_room_kw",
    fd: f64 => "finance.discount_rate",
    fy: i64 => "finance.depreciation_years",
    fr: f64 => "finance.residual_value_share",
    fx: f64 => "finance.usd_per_eur",
    pt: DeploymentOption => "platform.target",
    ph: ProviderHq => "platform.provider_hq",
    pk: KeyManagement => "platform.key_management",
    pc: Commitment => "platform.commitment",
    mh: f64 => "migration.hyperscaler_share",
    mw: i64 => "migration.workloads",
    mn: i64 => "migration.new_workloads_per_year",
    mp: f64 => "migration.proprietary_share",
    ms: Strategy => "migration.strategy",
    mv: f64 => "migration.waves_per_year",
    mc: i64 => "migration.cutover_month",
    md: f64 => "migration.data_volume_tb",
    ag: Option<f64> => "assumptions.gpu_price_usd",
    ak: [Option<f64>; 3] => "assumptions.cloud_price_eur_gpu_h",
    ac: f64 => "assumptions.colo_eur_per_kw_month",
    ap: f64 => "assumptions.colo_pue",
    af: f64 => "assumptions.facility_capex_eur_per_kw",
    ae: f64 => "assumptions.staff_eur_per_fte",
    am: f64 => "assumptions.maintenance_share",
    aw: f64 => "assumptions.software_eur_per_gpu_year",
    aq: WeightProfile => "assumptions.weight_profile",
    aj: [f64; 8] => "assumptions.sovereignty_weights",
    ao: String => "assumptions.answer_overrides",
    an: i64 => "assumptions.monte_carlo_paths",
    ar: u64 => "assumptions.seed",
}

/// The dotted scenario path of a compact-form path such as `cm[1]` (`compute.mix[1]`); unknown keys are
/// returned as they are.
pub fn long_path(path: &str) -> String {
    if path == "." {
        return String::new();
    }
    let (key, rest) = path.split_at(path.find('[').unwrap_or(path.len()));
    match FIELDS.iter().find(|(short, _)| *short == key) {
        Some((_, long)) => format!("{long}{rest}"),
        None => path.to_string(),
    }
}

/// The last override of each (option, criterion) pair, in the order of those last ones: the only ones
/// the model applies ([`socle_model::sovereignty::answers_for`]), so dropping the others changes nothing.
pub fn effective_overrides(overrides: &[AnswerOverride]) -> Vec<AnswerOverride> {
    let mut seen = [[false; 256]; DeploymentOption::ALL.len()];
    let mut kept: Vec<AnswerOverride> = overrides
        .iter()
        .rev()
        .filter(|o| !std::mem::replace(&mut seen[o.option.index()][usize::from(o.criterion)], true))
        .copied()
        .collect();
    kept.reverse();
    kept
}

/// The packed code of an override; an override no valid scenario has (criterion past the framework,
/// answer past [`ANSWER_SLOTS`]) gets [`OVERRIDE_CODES`], which decoding refuses.
pub fn pack(o: AnswerOverride) -> u32 {
    let (criterion, answer) = (u32::from(o.criterion), u32::from(o.answer));
    if criterion >= CRITERION_COUNT as u32 || answer >= ANSWER_SLOTS {
        return OVERRIDE_CODES;
    }
    (o.option.index() as u32 * CRITERION_COUNT as u32 + criterion) * ANSWER_SLOTS + answer
}

/// The override of a packed code, or the range error that names it.
pub fn unpack(code: u32) -> Result<AnswerOverride, ShareError> {
    if code >= OVERRIDE_CODES {
        return Err(ShareError::Invalid(ScenarioError::OutOfRange {
            field: "assumptions.answer_overrides",
            value: f64::from(code),
            min: 0.0,
            max: f64::from(OVERRIDE_CODES - 1),
        }));
    }
    let slot = code / ANSWER_SLOTS;
    Ok(AnswerOverride {
        option: DeploymentOption::ALL[(slot / CRITERION_COUNT as u32) as usize],
        criterion: (slot % CRITERION_COUNT as u32) as u8,
        answer: (code % ANSWER_SLOTS) as u8,
    })
}

/// Digits of the packed overrides: URL-safe base64's alphabet, two digits (base 64) per override.
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The two digits of a packed code (codes past 4095 are written as `__`, which decoding refuses).
fn digits(code: u32) -> [char; 2] {
    let code = code.min(4095) as usize;
    [char::from(DIGITS[code / 64]), char::from(DIGITS[code % 64])]
}

/// The overrides written as two digits each by [`Compact::of`]. A repeated (option, criterion) pair is
/// refused at once: Socle never writes one, and a link repeating one override thousands of times would
/// otherwise swell into a scenario hundreds of times larger than any Socle writes.
fn unpack_all(text: &str) -> Result<Vec<AnswerOverride>, ShareError> {
    let wrong = |problem| ShareError::WrongType {
        field: OVERRIDES_FIELD.to_string(),
        problem,
    };
    let value = |b: u8| DIGITS.iter().position(|&d| d == b).map(|v| v as u32);
    if !text.len().is_multiple_of(2) {
        return Err(wrong(Problem::OddDigits));
    }
    let mut seen = Seen::default();
    let mut overrides = Vec::with_capacity((text.len() / 2).min(MAX_OVERRIDES));
    for pair in text.as_bytes().chunks_exact(2) {
        let o = match (value(pair[0]), value(pair[1])) {
            (Some(hi), Some(lo)) => unpack(hi * 64 + lo)?,
            _ => return Err(wrong(Problem::NotDigit)),
        };
        seen.check(o, OVERRIDES_FIELD)?;
        overrides.push(o);
    }
    Ok(overrides)
}

/// Dotted name of the answer overrides.
pub(crate) const OVERRIDES_FIELD: &str = "assumptions.answer_overrides";

/// Most answer overrides a scenario can hold: one per option and criterion.
pub const MAX_OVERRIDES: usize = DeploymentOption::ALL.len() * CRITERION_COUNT;

/// The (option, criterion) pairs met so far in a list of overrides.
struct Seen([[bool; 256]; DeploymentOption::ALL.len()]);

impl Default for Seen {
    fn default() -> Self {
        Self([[false; 256]; DeploymentOption::ALL.len()])
    }
}

impl Seen {
    /// Refuses `o` if its pair was met before.
    fn check(&mut self, o: AnswerOverride, field: &str) -> Result<(), ShareError> {
        if std::mem::replace(&mut self.0[o.option.index()][usize::from(o.criterion)], true) {
            return Err(ShareError::RepeatedAnswer {
                field: field.to_string(),
                option: o.option,
                criterion: socle_model::sovereignty::CRITERIA
                    .get(usize::from(o.criterion))
                    .map_or_else(|| format!("#{}", o.criterion), |c| c.id.to_string()),
            });
        }
        Ok(())
    }
}

/// Refuses a list of overrides that gives one option's answer to one criterion more than once (what
/// every reader checks: links, files and saved scenarios).
pub fn check_overrides(overrides: &[AnswerOverride]) -> Result<(), ShareError> {
    let mut seen = Seen::default();
    overrides.iter().try_for_each(|&o| seen.check(o, OVERRIDES_FIELD))
}

fn diff<T: PartialEq + Clone>(value: &T, preset: &T) -> Option<T> {
    (value != preset).then(|| value.clone())
}

fn diff_int(value: impl Into<i64>, preset: impl Into<i64>) -> Option<i64> {
    let (value, preset) = (value.into(), preset.into());
    (value != preset).then_some(value)
}

/// The whole number `value` of `field` if it lies within `range`, else the model's range error.
fn whole<T: TryFrom<i64>>(field: &'static str, value: i64, (min, max): (f64, f64)) -> Result<T, ShareError> {
    // i64 → f64 may round for huge values, but only values far outside every range round.
    let as_f64 = value as f64;
    if as_f64 < min || as_f64 > max {
        return Err(ShareError::Invalid(ScenarioError::OutOfRange {
            field,
            value: as_f64,
            min,
            max,
        }));
    }
    T::try_from(value).map_err(|_| {
        ShareError::Invalid(ScenarioError::OutOfRange {
            field,
            value: as_f64,
            min,
            max,
        })
    })
}

impl Compact {
    /// The compact form of `s`: its persona and what differs from that persona's preset.
    pub fn of(s: &Scenario) -> Compact {
        let preset = persona_scenario(s.persona);
        // Destructured in full so that a field added to the scenario fails to compile here until the link
        // format carries it.
        let Scenario {
            persona,
            start: StartMonth { year, month },
            organisation:
                Organisation {
                    sensitivity,
                    annual_it_budget_eur,
                    us_parent,
                    regulation,
                },
            compute:
                Compute {
                    gpu,
                    gpu_count,
                    utilisation,
                    mix:
                        WorkloadMix {
                            training,
                            fine_tuning,
                            inference,
                        },
                    horizon_years,
                    months_until_needed,
                },
            site:
                Site {
                    country,
                    energy_price_override_eur_kwh,
                    pue,
                    grid_capacity_mw,
                    existing_room_kw,
                },
            finance:
                Finance {
                    discount_rate,
                    depreciation_years,
                    residual_value_share,
                    usd_per_eur,
                },
            platform:
                Platform {
                    target,
                    provider_hq,
                    key_management,
                    commitment,
                },
            migration:
                Migration {
                    hyperscaler_share,
                    workloads,
                    new_workloads_per_year,
                    proprietary_share,
                    strategy,
                    waves_per_year,
                    cutover_month,
                    data_volume_tb,
                },
            assumptions:
                Assumptions {
                    gpu_price_usd,
                    cloud_price_eur_gpu_h,
                    colo_eur_per_kw_month,
                    colo_pue,
                    facility_capex_eur_per_kw,
                    staff_eur_per_fte,
                    maintenance_share,
                    software_eur_per_gpu_year,
                    weight_profile,
                    sovereignty_weights,
                    answer_overrides,
                    monte_carlo_paths,
                    seed,
                },
        } = s;
        let (p, c, si, f, pl, m, a) = (
            &preset,
            &preset.compute,
            &preset.site,
            &preset.finance,
            &preset.platform,
            &preset.migration,
            &preset.assumptions,
        );
        let overrides = effective_overrides(answer_overrides);
        Compact {
            p: *persona,
            sy: diff_int(*year, p.start.year),
            sm: diff_int(*month, p.start.month),
            os: diff(sensitivity, &p.organisation.sensitivity),
            ob: diff(annual_it_budget_eur, &p.organisation.annual_it_budget_eur),
            ou: diff(us_parent, &p.organisation.us_parent),
            or: diff(regulation, &p.organisation.regulation),
            cg: diff(gpu, &c.gpu),
            cn: diff_int(*gpu_count, c.gpu_count),
            cu: diff(utilisation, &c.utilisation),
            cm: diff(
                &[*training, *fine_tuning, *inference],
                &[c.mix.training, c.mix.fine_tuning, c.mix.inference],
            ),
            ch: diff_int(*horizon_years, c.horizon_years),
            cw: diff_int(*months_until_needed, c.months_until_needed),
            sc: diff(country, &si.country),
            se: diff(energy_price_override_eur_kwh, &si.energy_price_override_eur_kwh),
            sp: diff(pue, &si.pue),
            sg: diff(grid_capacity_mw, &si.grid_capacity_mw),
            sr: diff(existing_room_kw, &si.existing_room_kw),
            fd: diff(discount_rate, &f.discount_rate),
            fy: diff_int(*depreciation_years, f.depreciation_years),
            fr: diff(residual_value_share, &f.residual_value_share),
            fx: diff(usd_per_eur, &f.usd_per_eur),
            pt: diff(target, &pl.target),
            ph: diff(provider_hq, &pl.provider_hq),
            pk: diff(key_management, &pl.key_management),
            pc: diff(commitment, &pl.commitment),
            mh: diff(hyperscaler_share, &m.hyperscaler_share),
            mw: diff_int(*workloads, m.workloads),
            mn: diff_int(*new_workloads_per_year, m.new_workloads_per_year),
            mp: diff(proprietary_share, &m.proprietary_share),
            ms: diff(strategy, &m.strategy),
            mv: diff(waves_per_year, &m.waves_per_year),
            mc: diff_int(*cutover_month, m.cutover_month),
            md: diff(data_volume_tb, &m.data_volume_tb),
            ag: diff(gpu_price_usd, &a.gpu_price_usd),
            ak: diff(cloud_price_eur_gpu_h, &a.cloud_price_eur_gpu_h),
            ac: diff(colo_eur_per_kw_month, &a.colo_eur_per_kw_month),
            ap: diff(colo_pue, &a.colo_pue),
            af: diff(facility_capex_eur_per_kw, &a.facility_capex_eur_per_kw),
            ae: diff(staff_eur_per_fte, &a.staff_eur_per_fte),
            am: diff(maintenance_share, &a.maintenance_share),
            aw: diff(software_eur_per_gpu_year, &a.software_eur_per_gpu_year),
            aq: diff(weight_profile, &a.weight_profile),
            aj: diff(sovereignty_weights, &a.sovereignty_weights),
            ao: (overrides != a.answer_overrides)
                .then(|| overrides.into_iter().map(pack).flat_map(digits).collect()),
            an: diff_int(*monte_carlo_paths, a.monte_carlo_paths),
            ar: diff(seed, &a.seed),
        }
    }

    /// The scenario: the preset of `p` with the values given applied, then checked in full.
    pub fn into_scenario(self) -> Result<Scenario, ShareError> {
        let Compact {
            p,
            sy,
            sm,
            os,
            ob,
            ou,
            or,
            cg,
            cn,
            cu,
            cm,
            ch,
            cw,
            sc,
            se,
            sp,
            sg,
            sr,
            fd,
            fy,
            fr,
            fx,
            pt,
            ph,
            pk,
            pc,
            mh,
            mw,
            mn,
            mp,
            ms,
            mv,
            mc,
            md,
            ag,
            ak,
            ac,
            ap,
            af,
            ae,
            am,
            aw,
            aq,
            aj,
            ao,
            an,
            ar,
        } = self;
        let mut s = persona_scenario(p);
        fn set<T>(slot: &mut T, value: Option<T>) {
            if let Some(v) = value {
                *slot = v;
            }
        }
        fn set_whole<T: TryFrom<i64>>(
            slot: &mut T,
            field: &'static str,
            value: Option<i64>,
            range: (f64, f64),
        ) -> Result<(), ShareError> {
            if let Some(v) = value {
                *slot = whole(field, v, range)?;
            }
            Ok(())
        }
        set_whole(&mut s.start.year, "start.year", sy, START_YEAR)?;
        set_whole(&mut s.start.month, "start.month", sm, (1.0, 12.0))?;
        set(&mut s.organisation.sensitivity, os);
        set(&mut s.organisation.annual_it_budget_eur, ob);
        set(&mut s.organisation.us_parent, ou);
        set(&mut s.organisation.regulation, or);
        let c = &mut s.compute;
        set(&mut c.gpu, cg);
        set_whole(&mut c.gpu_count, "compute.gpu_count", cn, GPU_COUNT)?;
        set(&mut c.utilisation, cu);
        if let Some([training, fine_tuning, inference]) = cm {
            c.mix = WorkloadMix {
                training,
                fine_tuning,
                inference,
            };
        }
        set_whole(&mut c.horizon_years, "compute.horizon_years", ch, HORIZON_YEARS)?;
        set_whole(
            &mut c.months_until_needed,
            "compute.months_until_needed",
            cw,
            MONTHS_UNTIL_NEEDED,
        )?;
        let si = &mut s.site;
        set(&mut si.country, sc);
        set(&mut si.energy_price_override_eur_kwh, se);
        set(&mut si.pue, sp);
        set(&mut si.grid_capacity_mw, sg);
        set(&mut si.existing_room_kw, sr);
        let f = &mut s.finance;
        set(&mut f.discount_rate, fd);
        set_whole(
            &mut f.depreciation_years,
            "finance.depreciation_years",
            fy,
            DEPRECIATION_YEARS,
        )?;
        set(&mut f.residual_value_share, fr);
        set(&mut f.usd_per_eur, fx);
        let pl = &mut s.platform;
        set(&mut pl.target, pt);
        set(&mut pl.provider_hq, ph);
        set(&mut pl.key_management, pk);
        set(&mut pl.commitment, pc);
        let m = &mut s.migration;
        set(&mut m.hyperscaler_share, mh);
        set_whole(&mut m.workloads, "migration.workloads", mw, WORKLOADS)?;
        set_whole(
            &mut m.new_workloads_per_year,
            "migration.new_workloads_per_year",
            mn,
            NEW_WORKLOADS_PER_YEAR,
        )?;
        set(&mut m.proprietary_share, mp);
        set(&mut m.strategy, ms);
        set(&mut m.waves_per_year, mv);
        set_whole(&mut m.cutover_month, "migration.cutover_month", mc, CUTOVER_MONTH)?;
        set(&mut m.data_volume_tb, md);
        let a = &mut s.assumptions;
        set(&mut a.gpu_price_usd, ag);
        set(&mut a.cloud_price_eur_gpu_h, ak);
        set(&mut a.colo_eur_per_kw_month, ac);
        set(&mut a.colo_pue, ap);
        set(&mut a.facility_capex_eur_per_kw, af);
        set(&mut a.staff_eur_per_fte, ae);
        set(&mut a.maintenance_share, am);
        set(&mut a.software_eur_per_gpu_year, aw);
        set(&mut a.weight_profile, aq);
        set(&mut a.sovereignty_weights, aj);
        if let Some(codes) = ao {
            a.answer_overrides = unpack_all(&codes)?;
        }
        set_whole(
            &mut a.monte_carlo_paths,
            "assumptions.monte_carlo_paths",
            an,
            MC_PATHS,
        )?;
        set(&mut a.seed, ar);
        s.validate()?;
        Ok(s)
    }
}
