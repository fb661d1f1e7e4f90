//! Downloads made in the browser: nothing is uploaded, the file is built from memory.

use crate::i18n::Lang;
use wasm_bindgen::{JsCast, JsValue};

/// The byte order mark that tells Excel a CSV file is UTF-8 (without it, accents and `€` come out garbled).
const BOM: char = '\u{FEFF}';

/// A CSV written with commas and raw numbers (RFC 4180, `.` as decimal mark) as a spreadsheet in `lang`
/// opens it: a UTF-8 byte order mark first; in French and German, `;` between cells and a decimal comma,
/// as Excel expects with French or German regional settings; in English, the text unchanged. Text cells are kept as they
/// are (quoted where the separator requires), numbers keep their full precision.
pub fn spreadsheet_csv(lang: Lang, csv: &str) -> String {
    let mut out = String::with_capacity(csv.len() + 3);
    out.push(BOM);
    match lang {
        Lang::En => {
            out.push_str(csv);
            return out;
        }
        Lang::Fr | Lang::De => {}
    }
    for (row, ending) in csv_rows(csv) {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| {
                if is_number(cell) {
                    cell.replace('.', ",")
                } else if cell.contains([';', '"', '\n', '\r']) {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell.clone()
                }
            })
            .collect();
        out.push_str(&cells.join(";"));
        out.push_str(ending);
    }
    out
}

/// True for a cell that is a plain number (`-12`, `0.5`, `1e-7`), not text that happens to parse.
fn is_number(cell: &str) -> bool {
    !cell.is_empty()
        && cell.bytes().all(|b| b.is_ascii_digit() || b"-+.eE".contains(&b))
        && cell.parse::<f64>().is_ok()
}

/// The rows of an RFC 4180 CSV, each with its cells unquoted and the line ending that closed it.
fn csv_rows(csv: &str) -> Vec<(Vec<String>, &'static str)> {
    let mut rows = Vec::new();
    let (mut row, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if cell.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push((std::mem::take(&mut row), "\r\n"));
            }
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push((std::mem::take(&mut row), "\n"));
            }
            (c, _) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push((row, ""));
    }
    rows
}

/// Offers `content` as a file named `filename` of type `mime`.
pub fn download_text(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = click_link(filename, &url);
    web_sys::Url::revoke_object_url(&url)?;
    result
}

/// Offers a `data:` URL (e.g. a chart's PNG) as a file named `filename`.
pub fn download_data_url(filename: &str, data_url: &str) -> Result<(), JsValue> {
    click_link(filename, data_url)
}

fn click_link(filename: &str, href: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(filename);
    a.style().set_property("display", "none")?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_csv_gets_a_byte_order_mark_and_stays_as_it_is() {
        let csv = "option,amount_eur\nonprem,-1234.5\n";
        assert_eq!(spreadsheet_csv(Lang::En, csv), format!("\u{FEFF}{csv}"));
    }

    #[test]
    fn french_csv_uses_semicolons_and_decimal_commas_and_reads_back() {
        let csv = "Année,\"Sur site, colocation (€)\",note\r\n2026,-1234.5,\"dit \"\"oui\"\"; ok\"\r\n2027,2.5e-7,v1.2\r\n";
        let fr = spreadsheet_csv(Lang::Fr, csv);
        assert_eq!(
            fr,
            "\u{FEFF}Année;Sur site, colocation (€);note\r\n2026;-1234,5;\"dit \"\"oui\"\"; ok\"\r\n2027;2,5e-7;v1.2\r\n"
        );
        // Machine-readable still: split on `;`, swap the comma back, and the numbers are the same.
        let back: Vec<f64> = fr
            .trim_start_matches(BOM)
            .split("\r\n")
            .skip(1)
            .filter(|l| !l.is_empty())
            .map(|l| l.split(';').nth(1).unwrap().replace(',', ".").parse().unwrap())
            .collect();
        assert_eq!(back, vec![-1234.5, 2.5e-7]);
    }

    #[test]
    fn german_csv_takes_the_same_continental_form_as_french() {
        let csv = "Jahr,Betrag\r\n2026,-1234.5\r\n";
        assert_eq!(
            spreadsheet_csv(Lang::De, csv),
            "\u{FEFF}Jahr;Betrag\r\n2026;-1234,5\r\n"
        );
    }

    #[test]
    fn every_row_and_cell_of_the_cash_flow_export_survives_the_french_form() {
        let s = socle_model::persona_scenario(socle_model::Persona::HealthDataHost);
        let csv = socle_model::tco::cash_flows_csv(&socle_model::tco::cash_flows(&s));
        let fr = spreadsheet_csv(Lang::Fr, &csv);
        let (en_rows, fr_rows): (Vec<&str>, Vec<&str>) = (csv.lines().collect(), fr.lines().collect());
        assert_eq!(en_rows.len(), fr_rows.len());
        for (en, fr) in en_rows.iter().zip(&fr_rows).skip(1) {
            let (en, fr): (Vec<&str>, Vec<&str>) = (en.split(',').collect(), fr.split(';').collect());
            assert_eq!(en.len(), fr.len());
            for (a, b) in en.iter().zip(&fr) {
                match a.parse::<f64>() {
                    Ok(v) => assert_eq!(b.replace(',', ".").parse::<f64>().unwrap(), v),
                    Err(_) => assert_eq!(a, b),
                }
            }
        }
    }
}
