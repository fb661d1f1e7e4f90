//! A figure: one chart with the words around it (a title that states its message, a short summary)
//! and the numbers behind it as a table, which is both the accessible alternative and the CSV export.

use crate::i18n::Lang;
use charming::Chart;

/// One cell of a data table: text, or a number with its display form.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A label.
    Text(String),
    /// A number: the raw value (for CSV) and how it is shown.
    Num(f64, String),
}

impl Cell {
    /// The displayed text.
    pub fn shown(&self) -> &str {
        match self {
            Cell::Text(t) | Cell::Num(_, t) => t,
        }
    }
}

/// The numbers behind a chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTable {
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows of cells, one per header.
    pub rows: Vec<Vec<Cell>>,
}

impl DataTable {
    /// CSV (RFC 4180) with raw numbers, so a spreadsheet reads them whatever the language.
    pub fn to_csv(&self) -> String {
        fn quote(s: &str) -> String {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_owned()
            }
        }
        let mut out = String::new();
        out.push_str(
            &self
                .headers
                .iter()
                .map(|h| quote(h))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Cell::Text(t) => quote(t),
                    Cell::Num(v, _) if v.is_finite() => format!("{v}"),
                    Cell::Num(..) => String::new(),
                })
                .collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out
    }
}

/// A chart ready to draw, with its words and numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// A title that states the chart's message.
    pub title: String,
    /// One or two sentences a screen reader (or a hurried executive) can rely on.
    pub summary: String,
    /// The ECharts option as JSON.
    pub option_json: String,
    /// The numbers behind the chart.
    pub table: DataTable,
}

impl Figure {
    /// Assembles a figure, serialising the chart once.
    pub fn new(title: String, summary: String, chart: Chart, table: DataTable) -> Self {
        Self {
            title,
            summary,
            // Compact JSON (charming's `Display` pretty-prints): less to write, to keep and to parse.
            option_json: serde_json::to_string(&chart).unwrap_or_default(),
            table,
        }
    }
}

/// `v` rounded to three decimals (chart data in millions: to the thousand euros).
pub fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// A formatter marker resolved to a function on the JavaScript side (see `crate::echarts`).
pub fn fmt_marker(kind: &str, lang: Lang) -> String {
    format!("socle:{kind}:{}", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_text_and_keeps_raw_numbers() {
        let t = DataTable {
            headers: vec!["Option".into(), "Cost, €".into()],
            rows: vec![
                vec![
                    Cell::Text("On \"prem\"".into()),
                    Cell::Num(1234.5, "1 234,5 €".into()),
                ],
                vec![Cell::Text("Cloud".into()), Cell::Num(f64::NAN, "–".into())],
            ],
        };
        assert_eq!(
            t.to_csv(),
            "Option,\"Cost, €\"\r\n\"On \"\"prem\"\"\",1234.5\r\nCloud,\r\n"
        );
    }
}
