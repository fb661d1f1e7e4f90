//! Die Meldungen des Crates auf Deutsch.

use super::{list, sentence};
use crate::envelope::EnvelopePart;
use crate::error::{Expected, Found, Limit, Malformed, Problem, ShareError};
use crate::storyboard::{StoryError, MAX_STEPS, MAX_STORY_CHARS, MAX_TITLE_CHARS, STORY_VERSION};
use crate::Lang;
use socle_model::DeploymentOption;

pub(crate) fn message(e: &ShareError) -> String {
    match e {
        ShareError::NoScenario => "Darin wurde kein Szenario gefunden.".to_string(),
        ShareError::Truncated => "Das Szenario ist unvollständig: Es wurde abgeschnitten, vermutlich beim \
                                  Kopieren. Kopieren Sie es erneut vollständig."
            .to_string(),
        ShareError::TooLarge { limit, size, max } => {
            let (what, unit) = match limit {
                Limit::Fragment => ("Der Link ist zu lang", "Zeichen"),
                Limit::Decompressed => ("Das Szenario des Links ist zu groß", "Byte"),
                Limit::JsonFile => ("Die Datei ist zu groß", "Byte"),
                Limit::Storage => ("Die in diesem Browser gespeicherten Daten sind zu umfangreich", "Byte"),
            };
            format!(
                "{what} ({size} {unit} oder mehr, höchstens {max}): Es wurde nichts gelesen oder geschrieben."
            )
        }
        ShareError::UnknownVersion { found, supported } => format!(
            "Unbekannte Formatversion „{found}“ (diese Socle-Version liest Version {supported}): Sie stammt \
             vermutlich aus einer neueren Socle-Version."
        ),
        ShareError::Malformed(m) => malformed(m),
        ShareError::WrongType { field, problem } => wrong(field, problem),
        ShareError::NotFinite { field } => format!(
            "Das Feld {} enthält eine Zahl, die zu groß ist, um dargestellt zu werden.",
            name(field)
        ),
        ShareError::RepeatedAnswer {
            field,
            option,
            criterion,
        } => format!(
            "Das Feld {field} gibt die Antwort auf Kriterium {criterion} für „{}“ mehr als einmal an; jede \
             Antwort darf nur einmal angegeben werden.",
            option_name(*option)
        ),
        ShareError::Iterations { found, min, max } => format!(
            "Der Schutz dieses Links verwendet {found} Runden der Schlüsselableitung, Socle akzeptiert jedoch \
             {min} bis {max}: Er wurde nicht geöffnet."
        ),
        ShareError::Invalid(e) => sentence(e.message(Lang::De)),
    }
}

fn name(field: &str) -> &str {
    if field.is_empty() {
        "(das gesamte Dokument)"
    } else {
        field
    }
}

fn wrong(field: &str, problem: &Problem) -> String {
    let field = name(field);
    match problem {
        Problem::UnknownField => format!(
            "Das Feld {field} ist Socle nicht bekannt (ein Tippfehler?): Es wurde nichts gelesen."
        ),
        Problem::Missing => format!("Das Feld {field} fehlt."),
        Problem::Repeated => format!("Das Feld {field} ist doppelt angegeben."),
        Problem::UnknownValue { found, allowed } => format!(
            "Das Feld {field} enthält „{found}“, was keiner seiner Werte ist; zulässig sind {}.",
            list(allowed, "oder")
        ),
        Problem::WrongKind { found, expected } => format!(
            "Das Feld {field} enthält {}, benötigt aber {}.",
            found_words(*found),
            expected_words(expected)
        ),
        Problem::WrongLength { found, expected } => {
            format!("Das Feld {field} enthält {found} Werte, benötigt aber genau {expected}.")
        }
        Problem::OddDigits => format!(
            "Das Feld {field} hat eine ungerade Anzahl von Zeichen, obwohl jede Antwort zwei belegt: Es wurde \
             verändert."
        ),
        Problem::NotDigit => format!(
            "Das Feld {field} enthält ein Zeichen, das Socle dort nie schreibt: Es wurde verändert."
        ),
        Problem::Unreadable => format!("Das Feld {field} enthält einen Wert, der sich nicht lesen lässt."),
    }
}

/// What was found, in the accusative ("enthält …").
fn found_words(found: Found) -> &'static str {
    match found {
        Found::Number => "eine Zahl",
        Found::Text => "einen Text",
        Found::YesNo => "wahr oder falsch (true oder false)",
        Found::Nothing => "nichts (null)",
        Found::List => "eine Liste",
        Found::Group => "eine Gruppe von Feldern",
        Found::Other => "einen Wert anderer Art",
    }
}

/// What is needed, in the accusative ("benötigt …").
fn expected_words(expected: &Expected) -> String {
    match expected {
        Expected::Number => "eine Zahl".to_string(),
        Expected::WholeNumber => "eine ganze Zahl, null oder größer".to_string(),
        Expected::YesNo => "wahr oder falsch (true oder false)".to_string(),
        Expected::Text => "einen Text in Anführungszeichen".to_string(),
        Expected::Group => "eine Gruppe von Feldern in geschweiften Klammern".to_string(),
        Expected::List(Some(n)) => format!("eine Liste mit {n} Werten"),
        Expected::List(None) => "eine Liste in eckigen Klammern".to_string(),
        Expected::OneOf(names) => format!("einen der Namen {}", list(names, "oder")),
        Expected::Unknown => "einen Wert anderer Art".to_string(),
    }
}

fn malformed(m: &Malformed) -> String {
    match m {
        Malformed::Parameter(p) => {
            format!("Der Link enthält einen unbekannten oder doppelten Parameter „{p}“.")
        }
        Malformed::Language(v) => format!(
            "Der Link verlangt eine unbekannte Sprache „{v}“ (möglich sind {}).",
            list(&super::codes(), "oder")
        ),
        Malformed::Embed(v) => format!(
            "Der Link verlangt eine unbekannte Ansicht „{v}“ (möglich sind chart.<Name> oder kpi.<Name>)."
        ),
        Malformed::Version(v) => format!("Die Versionskennung „{v}“ ist keine Zahl."),
        Malformed::Base64 => {
            "Der Link enthält Zeichen, die ein Socle-Link nie enthält: Er wurde verändert.".to_string()
        }
        Malformed::Compression => "Die komprimierten Daten des Links sind beschädigt.".to_string(),
        Malformed::Checksum => {
            "Der Link besteht seine Integritätsprüfung nicht: Er wurde verändert.".to_string()
        }
        Malformed::TrailingData => "Der Link enthält nach seinem Szenario überzählige Daten.".to_string(),
        Malformed::Json { line, column } if *line > 0 => format!(
            "Der Text ist kein gültiges JSON: Ab Zeile {line}, Zeichen {column} ergibt er keinen Sinn mehr."
        ),
        Malformed::Json { .. } => "Der Text ist kein gültiges JSON.".to_string(),
        Malformed::NotSocle => "Dies ist kein Socle-Szenario (keine Socle-Versionskennung).".to_string(),
        Malformed::Envelope(part) => format!(
            "{} des geschützten Links entspricht nicht dem, was Socle schreibt: Er wurde verändert.",
            match part {
                EnvelopePart::Iterations => "Die Rundenzahl",
                EnvelopePart::Salt => "Das Salt",
                EnvelopePart::Iv => "Die Nonce",
                EnvelopePart::Ciphertext => "Das verschlüsselte Szenario",
            }
        ),
    }
}

/// Die Option, wie das Dashboard sie nennt.
pub(crate) fn option_name(o: DeploymentOption) -> &'static str {
    match o {
        DeploymentOption::OnPremises => "Eigenes Rechenzentrum",
        DeploymentOption::Colocation => "Colocation",
        DeploymentOption::EuSovereignCloud => "Souveräne EU-Cloud",
        DeploymentOption::UsSovereignOffer => "Souveränes US-Angebot",
        DeploymentOption::UsPublicCloud => "US-Public-Cloud",
    }
}

pub(crate) fn story(e: &StoryError) -> String {
    match e {
        StoryError::TooLong { size } => {
            format!("Der Storyboard-Link ist zu lang ({size} Zeichen; höchstens {MAX_STORY_CHARS}).")
        }
        StoryError::TooLarge => {
            "Der Storyboard-Link enthält mehr Daten, als ein Storyboard haben kann.".to_owned()
        }
        StoryError::Damaged => "Der Storyboard-Link ist beschädigt oder wurde verändert.".to_owned(),
        StoryError::UnknownVersion(v) => format!(
            "Der Storyboard-Link hat die Formatversion {v}; diese Seite liest Version {STORY_VERSION}."
        ),
        StoryError::StepCount(n) => {
            format!("Das Storyboard hat {n} Schritte; zulässig sind 1 bis {MAX_STEPS}.")
        }
        StoryError::BadTitle(i) => format!(
            "Der Titel von Schritt {i} ist länger als {MAX_TITLE_CHARS} Zeichen oder enthält Steuerzeichen."
        ),
        StoryError::UnknownChart(i) => {
            format!("Schritt {i} verlangt ein Diagramm, das diese Seite nicht hat.")
        }
        StoryError::Scenario(i, e) => format!(
            "Das Szenario von Schritt {i} ist nicht verwendbar: {}",
            e.message(Lang::De)
        ),
    }
}
