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
    ("Computed in your browser: no input ever leaves this page.", "Berechnet in Ihrem Browser: Keine Eingabe verlässt diese Seite."),
    ("Language", "Sprache"),
    ("Skip to the figures", "Direkt zu den Kennzahlen"),
    ("Socle", "Socle"),
    ("Socle hit an internal error and stopped computing. Your inputs never left this page; reload it to start again.", "Socle ist auf einen internen Fehler gestoßen und rechnet nicht weiter. Ihre Eingaben haben diese Seite nie verlassen; laden Sie sie neu, um von vorn zu beginnen."),
    ("Socle: AI infrastructure strategy", "Socle: Strategie für KI-Infrastruktur"),
    ("Where should your AI compute live, and how do you get there?", "Wo soll Ihre KI-Rechenleistung laufen, und wie kommen Sie dorthin?"),
    // ==== end of panels ====
];
