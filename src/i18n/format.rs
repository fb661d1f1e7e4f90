//! Number, money and unit formatting per language, done in Rust (no JavaScript formatter, so the
//! strict CSP needs no `unsafe-eval`).
//!
//! English: `€1,234.5`, `1,234.5 MWh`. French: `1 234,5 €`, `1 234,5 MWh` (narrow no-break space
//! as the group separator, as the French typographic convention and CLDR use). German: `1.234,5 €`,
//! `1.234,5 MWh`, `1,2 Mio. €` (CLDR `de`: dot for thousands, decimal comma, the unit after a space).

use super::Lang;

/// Narrow no-break space: the French thousands separator (CLDR `fr`).
pub const NNBSP: char = '\u{202F}';
/// No-break space between a number and its unit.
pub const NBSP: char = '\u{00A0}';

/// Formats `value` with `decimals` decimals and the language's separators. Non-finite → "–".
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let raw = format!("{:.*}", decimals, value.abs());
    let (int, frac) = raw.split_once('.').unwrap_or((&raw, ""));
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::Fr => (NNBSP, ','),
        Lang::De => ('.', ','),
    };
    let mut out = String::with_capacity(raw.len() + 8);
    // Rounding may turn a tiny negative into zero: no "-0".
    if value < 0.0 && raw.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        out.push('−');
    }
    let digits = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// Scale suffixes for large amounts: thousand, million, billion.
fn scaled(lang: Lang, value: f64) -> (f64, &'static str) {
    let a = value.abs();
    match lang {
        Lang::En if a >= 1e9 => (value / 1e9, "bn"),
        Lang::En if a >= 1e6 => (value / 1e6, "M"),
        Lang::En if a >= 1e4 => (value / 1e3, "k"),
        Lang::Fr if a >= 1e9 => (value / 1e9, "\u{00A0}Md"),
        Lang::Fr if a >= 1e6 => (value / 1e6, "\u{00A0}M"),
        Lang::Fr if a >= 1e4 => (value / 1e3, "\u{00A0}k"),
        Lang::De if a >= 1e9 => (value / 1e9, "\u{00A0}Mrd."),
        Lang::De if a >= 1e6 => (value / 1e6, "\u{00A0}Mio."),
        Lang::De if a >= 1e4 => (value / 1e3, "\u{00A0}Tsd."),
        _ => (value, ""),
    }
}

/// Significant decimals for a scaled figure: 3 significant digits, at most 2 decimals.
fn decimals_for(v: f64) -> usize {
    let a = v.abs();
    if a >= 100.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    }
}

/// A money amount in euros, compact for headline figures: `€12.3M` / `12,3 M€` / `12,3 Mio. €`.
pub fn eur_compact(lang: Lang, value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let (v, suffix) = scaled(lang, value);
    let n = number(lang, v, if suffix.is_empty() { 0 } else { decimals_for(v) });
    match lang {
        Lang::En => format!("€{n}{suffix}"),
        Lang::Fr if suffix.is_empty() => format!("{n}{NBSP}€"),
        Lang::Fr => format!("{n}{suffix}€"),
        Lang::De => format!("{n}{suffix}{NBSP}€"),
    }
}

/// A money amount in euros with `decimals` decimals: `€1,234.5` / `1 234,5 €` / `1.234,5 €`.
pub fn eur(lang: Lang, value: f64, decimals: usize) -> String {
    let n = number(lang, value, decimals);
    match lang {
        Lang::En => format!("€{n}"),
        Lang::Fr | Lang::De => format!("{n}{NBSP}€"),
    }
}

/// A number followed by a unit: `1,234.5 MWh` / `1 234,5 MWh` / `1.234,5 MWh`.
pub fn with_unit(lang: Lang, value: f64, decimals: usize, unit: &str) -> String {
    format!("{}{NBSP}{unit}", number(lang, value, decimals))
}

/// The form of a unit for a count shown as `n`: `one` for a single one, else `other`. English and
/// German take the singular for exactly one ("1 Jahr", "1,5 Jahre"); French for any count below two
/// ("1 an", "1,5 an", "2 ans").
pub fn plural<'a>(lang: Lang, n: f64, one: &'a str, other: &'a str) -> &'a str {
    let singular = if lang == Lang::Fr { n.abs() < 2.0 } else { n == 1.0 };
    if singular {
        one
    } else {
        other
    }
}

/// `value` rounded as [`number`] shows it, so that the unit agrees with the figure read.
fn shown(value: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    (value * scale).round() / scale
}

/// A count with its unit in the form the figure shown calls for.
fn count(lang: Lang, value: f64, decimals: usize, one: &str, other: &str) -> String {
    let unit = plural(lang, shown(value, decimals), one, other);
    format!("{} {unit}", number(lang, value, decimals))
}

/// A count of years with its unit: `1 year`, `2 years` / `1 an`, `2 ans` / `1 Jahr`, `2 Jahre`.
pub fn years(lang: Lang, value: f64, decimals: usize) -> String {
    count(lang, value, decimals, lang.tr("year"), lang.tr("years"))
}

/// A count of months with its unit: `1 month`, `2 months` / `1 mois`, `2 mois` / `1 Monat`, `2 Monate`.
pub fn months(lang: Lang, value: f64, decimals: usize) -> String {
    count(lang, value, decimals, lang.tr("month"), lang.tr("months"))
}

/// A fraction as a percentage: `42.5%` / `42,5 %` / `42,5 %` (French puts a narrow space before %,
/// German a space, as DIN 5008 writes it).
pub fn percent(lang: Lang, fraction: f64, decimals: usize) -> String {
    let n = number(lang, fraction * 100.0, decimals);
    match lang {
        Lang::En => format!("{n}%"),
        Lang::Fr => format!("{n}{NNBSP}%"),
        Lang::De => format!("{n}{NBSP}%"),
    }
}

/// A calendar date in words, as each language writes it: `7 March 2026` / `7 mars 2026`, and
/// `1er mars 2026` for the first of the month in French / `7. März 2026`. `month` runs from 1 to 12.
pub fn date(lang: Lang, year: i32, month: u32, day: u32) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    let index = month.clamp(1, 12) as usize - 1;
    match lang {
        Lang::En => format!("{day}{NBSP}{}{NBSP}{year}", EN[index]),
        Lang::De => format!("{day}.{NBSP}{}{NBSP}{year}", DE[index]),
        Lang::Fr if day == 1 => format!("1er{NBSP}{}{NBSP}{year}", FR[index]),
        Lang::Fr => format!("{day}{NBSP}{}{NBSP}{year}", FR[index]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_singular_or_the_plural_of_their_language() {
        type Count = fn(Lang, f64, usize) -> String;
        let cases: [(Count, Lang, f64, usize, &str); 18] = [
            (years, Lang::En, 1.0, 0, "1 year"),
            (years, Lang::En, 2.0, 0, "2 years"),
            (years, Lang::En, 0.0, 0, "0 years"),
            (years, Lang::Fr, 1.0, 0, "1 an"),
            (years, Lang::Fr, 2.0, 0, "2 ans"),
            (months, Lang::En, 1.0, 0, "1 month"),
            (months, Lang::En, 12.0, 0, "12 months"),
            (months, Lang::Fr, 1.0, 0, "1 mois"),
            (months, Lang::Fr, 1.5, 1, "1,5 mois"),
            (years, Lang::Fr, 1.5, 1, "1,5 an"),
            (years, Lang::En, 1.5, 1, "1.5 years"),
            // The unit agrees with the figure as shown, not with the unrounded value.
            (years, Lang::En, 0.96, 0, "1 year"),
            (months, Lang::En, 1.04, 1, "1.0 month"),
            (years, Lang::De, 1.0, 0, "1 Jahr"),
            (years, Lang::De, 1.5, 1, "1,5 Jahre"),
            (years, Lang::De, 10.0, 0, "10 Jahre"),
            (months, Lang::De, 1.0, 0, "1 Monat"),
            (months, Lang::De, 18.0, 0, "18 Monate"),
        ];
        for (count, lang, value, decimals, expected) in cases {
            assert_eq!(count(lang, value, decimals), expected);
        }
    }

    #[test]
    fn dates_are_written_out_per_language() {
        assert_eq!(date(Lang::En, 2026, 3, 7), "7\u{A0}March\u{A0}2026");
        assert_eq!(date(Lang::Fr, 2026, 3, 7), "7\u{A0}mars\u{A0}2026");
        assert_eq!(date(Lang::Fr, 2026, 8, 1), "1er\u{A0}août\u{A0}2026");
        assert_eq!(date(Lang::En, 2026, 12, 31), "31\u{A0}December\u{A0}2026");
        assert_eq!(date(Lang::De, 2026, 12, 5), "5.\u{A0}Dezember\u{A0}2026");
        assert_eq!(date(Lang::De, 2026, 3, 1), "1.\u{A0}März\u{A0}2026");
        // A month out of range is read as the nearest month, never a panic.
        assert_eq!(date(Lang::De, 2027, 13, 1), "1.\u{A0}Dezember\u{A0}2027");
    }

    #[test]
    fn groups_and_decimal_marks_follow_the_language() {
        assert_eq!(number(Lang::En, 1234.5, 1), "1,234.5");
        assert_eq!(number(Lang::Fr, 1234.5, 1), "1\u{202F}234,5");
        assert_eq!(number(Lang::En, 1_234_567.0, 0), "1,234,567");
        assert_eq!(number(Lang::En, 999.0, 0), "999");
        assert_eq!(number(Lang::En, -1234.0, 0), "−1,234");
        assert_eq!(number(Lang::En, -0.001, 1), "0.0");
        assert_eq!(number(Lang::En, f64::NAN, 1), "–");
        assert_eq!(number(Lang::De, 1234.5, 1), "1.234,5");
        assert_eq!(number(Lang::De, 1_234_567.891, 2), "1.234.567,89");
        assert_eq!(number(Lang::De, 999.5, 1), "999,5");
        assert_eq!(number(Lang::De, -1234.0, 0), "−1.234");
        assert_eq!(number(Lang::De, 0.25, 2), "0,25");
    }

    #[test]
    fn money_places_the_euro_sign_per_language() {
        assert_eq!(eur(Lang::En, 1234.5, 1), "€1,234.5");
        assert_eq!(eur(Lang::Fr, 1234.5, 1), "1\u{202F}234,5\u{00A0}€");
        assert_eq!(eur_compact(Lang::En, 12_345_678.0), "€12.3M");
        assert_eq!(eur_compact(Lang::Fr, 12_345_678.0), "12,3\u{00A0}M€");
        assert_eq!(eur_compact(Lang::En, 2_500_000_000.0), "€2.50bn");
        assert_eq!(eur_compact(Lang::Fr, 2_500_000_000.0), "2,50\u{00A0}Md€");
        assert_eq!(eur_compact(Lang::En, 950.0), "€950");
        assert_eq!(eur_compact(Lang::En, 45_000.0), "€45.0k");
        assert_eq!(eur(Lang::De, 1234.5, 1), "1.234,5\u{A0}€");
        assert_eq!(eur(Lang::De, -1_234_567.0, 0), "−1.234.567\u{A0}€");
        // German scales a figure where English and French do, with the words of a German balance sheet.
        assert_eq!(eur_compact(Lang::De, 1_234_567.0), "1,23\u{A0}Mio.\u{A0}€");
        assert_eq!(eur_compact(Lang::De, 12_345_678.0), "12,3\u{A0}Mio.\u{A0}€");
        assert_eq!(eur_compact(Lang::De, 3_400_000_000.0), "3,40\u{A0}Mrd.\u{A0}€");
        assert_eq!(eur_compact(Lang::De, 12_000.0), "12,0\u{A0}Tsd.\u{A0}€");
        assert_eq!(eur_compact(Lang::De, 950.0), "950\u{A0}€");
        assert_eq!(eur_compact(Lang::De, -45_000.0), "−45,0\u{A0}Tsd.\u{A0}€");
        assert_eq!(eur_compact(Lang::De, f64::INFINITY), "–");
    }

    #[test]
    fn percentages_and_units() {
        assert_eq!(percent(Lang::En, 0.425, 1), "42.5%");
        assert_eq!(percent(Lang::Fr, 0.425, 1), "42,5\u{202F}%");
        assert_eq!(with_unit(Lang::Fr, 1234.0, 0, "MWh"), "1\u{202F}234\u{00A0}MWh");
        assert_eq!(percent(Lang::De, 0.45, 0), "45\u{A0}%");
        assert_eq!(percent(Lang::De, 0.425, 1), "42,5\u{A0}%");
        assert_eq!(with_unit(Lang::De, 1234.5, 1, "MWh"), "1.234,5\u{A0}MWh");
    }
}
