//! German: `(English, Deutsch)` for every text of the sources; see the module documentation.

/// The German table, in sections by where the texts are shown.
pub(super) const TABLE: &[(&str, &str)] = &[
    // ==== model ====
    // ==== end of model ====
    // ==== charts ====
    // ==== end of charts ====
    // ==== panels ====
    ("month", "Monat"),
    ("months", "Monate"),
    ("year", "Jahr"),
    ("years", "Jahre"),
    // ==== end of panels ====
];
