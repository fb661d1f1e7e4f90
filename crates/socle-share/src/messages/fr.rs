//! Les messages du crate en français.

use super::{list, sentence};
use crate::envelope::EnvelopePart;
use crate::error::{Expected, Found, Limit, Malformed, Problem, ShareError};
use crate::storyboard::{StoryError, MAX_STEPS, MAX_STORY_CHARS, MAX_TITLE_CHARS, STORY_VERSION};
use crate::Lang;
use socle_model::DeploymentOption;

pub(crate) fn message(e: &ShareError) -> String {
    match e {
        ShareError::NoScenario => "Aucun scénario n'y a été trouvé.".to_string(),
        ShareError::Truncated => {
            "Le scénario est incomplet : il a été coupé, sans doute lors d'un copier-coller. \
                                  Copiez-le à nouveau en entier."
                .to_string()
        }
        ShareError::TooLarge { limit, size, max } => {
            let (what, unit) = match limit {
                Limit::Fragment => ("Le lien est trop long", "caractères"),
                Limit::Decompressed => ("Le scénario du lien est trop volumineux", "octets"),
                Limit::JsonFile => ("Le fichier est trop volumineux", "octets"),
                Limit::Storage => (
                    "Les données conservées dans ce navigateur sont trop volumineuses",
                    "octets",
                ),
            };
            format!("{what} ({size} {unit} ou plus, au plus {max}) : rien n'a été lu ni écrit.")
        }
        ShareError::UnknownVersion { found, supported } => format!(
            "Format de version « {found} » inconnu (cette version de Socle lit la version {supported}) : il \
             vient sans doute d'une version plus récente de Socle."
        ),
        ShareError::Malformed(m) => malformed(m),
        ShareError::WrongType { field, problem } => wrong(field, problem),
        ShareError::NotFinite { field } => {
            format!(
                "Le champ {} contient un nombre trop grand pour être représenté.",
                name(field)
            )
        }
        ShareError::RepeatedAnswer {
            field,
            option,
            criterion,
        } => format!(
            "Le champ {field} donne plus d'une fois la réponse au critère {criterion} pour « {} » ; chaque \
             réponse ne peut être donnée qu'une fois.",
            option_name(*option)
        ),
        ShareError::Iterations { found, min, max } => format!(
            "La protection de ce lien utilise {found} tours de dérivation de clé, alors que Socle en accepte de \
             {min} à {max} : il n'a pas été ouvert."
        ),
        ShareError::Invalid(e) => sentence(e.message(socle_model::Lang::Fr)),
    }
}

fn name(field: &str) -> &str {
    if field.is_empty() {
        "(le document entier)"
    } else {
        field
    }
}

fn wrong(field: &str, problem: &Problem) -> String {
    let field = name(field);
    match problem {
        Problem::UnknownField => format!(
            "Le champ {field} n'est pas un champ connu de Socle (une faute de frappe ?) : rien n'a été lu."
        ),
        Problem::Missing => format!("Le champ {field} est absent."),
        Problem::Repeated => format!("Le champ {field} est donné deux fois."),
        Problem::UnknownValue { found, allowed } => format!(
            "Le champ {field} vaut « {found} », qui n'est pas l'une de ses valeurs ; il peut valoir {}.",
            list(allowed, "ou")
        ),
        Problem::WrongKind { found, expected } => format!(
            "Le champ {field} contient {} là où il faut {}.",
            found_words(*found),
            expected_words(expected)
        ),
        Problem::WrongLength { found, expected } => format!(
            "Le champ {field} donne {found} valeurs là où il en faut exactement {expected}."
        ),
        Problem::OddDigits => format!(
            "Le champ {field} a un nombre impair de caractères, alors que chaque réponse en prend deux : il a été \
             modifié."
        ),
        Problem::NotDigit => format!(
            "Le champ {field} contient un caractère que Socle n'y écrit jamais : il a été modifié."
        ),
        Problem::Unreadable => format!("Le champ {field} contient une valeur illisible."),
    }
}

fn found_words(found: Found) -> &'static str {
    match found {
        Found::Number => "un nombre",
        Found::Text => "un texte",
        Found::YesNo => "vrai ou faux (true ou false)",
        Found::Nothing => "une valeur vide (null)",
        Found::List => "une liste",
        Found::Group => "un groupe de champs",
        Found::Other => "une valeur d'une autre nature",
    }
}

fn expected_words(expected: &Expected) -> String {
    match expected {
        Expected::Number => "un nombre".to_string(),
        Expected::WholeNumber => "un nombre entier positif ou nul".to_string(),
        Expected::YesNo => "vrai ou faux (true ou false)".to_string(),
        Expected::Text => "un texte entre guillemets".to_string(),
        Expected::Group => "un groupe de champs entre accolades".to_string(),
        Expected::List(Some(n)) => format!("une liste de {n} valeurs"),
        Expected::List(None) => "une liste entre crochets".to_string(),
        Expected::OneOf(names) => format!("l'un des noms {}", list(names, "ou")),
        Expected::Unknown => "une valeur d'une autre nature".to_string(),
    }
}

fn malformed(m: &Malformed) -> String {
    match m {
        Malformed::Parameter(p) => format!("Le lien contient un paramètre inconnu ou répété « {p} »."),
        Malformed::Language(v) => {
            format!(
                "Le lien demande une langue inconnue « {v} » (elle peut être {}).",
                list(&super::codes(), "ou")
            )
        }
        Malformed::Embed(v) => format!(
            "Le lien demande une vue inconnue « {v} » (elle peut être chart.<nom> ou kpi.<nom>)."
        ),
        Malformed::Version(v) => format!("Le marqueur de version « {v} » n'est pas un nombre."),
        Malformed::Base64 => {
            "Le lien contient des caractères qu'un lien Socle n'a jamais : il a été modifié.".to_string()
        }
        Malformed::Compression => "Les données compressées du lien sont endommagées.".to_string(),
        Malformed::Checksum => "Le lien échoue à son contrôle d'intégrité : il a été modifié.".to_string(),
        Malformed::TrailingData => "Le lien contient des données en trop après son scénario.".to_string(),
        Malformed::Json { line, column } if *line > 0 => format!(
            "Le texte n'est pas du JSON valide : il cesse d'avoir un sens à la ligne {line}, caractère {column}."
        ),
        Malformed::Json { .. } => "Le texte n'est pas du JSON valide.".to_string(),
        Malformed::NotSocle => "Ce n'est pas un scénario Socle (aucun marqueur de version Socle).".to_string(),
        Malformed::Envelope(part) => format!(
            "{} du lien protégé n'est pas ce que Socle écrit : il a été modifié.",
            match part {
                EnvelopePart::Iterations => "Le nombre de tours",
                EnvelopePart::Salt => "Le sel",
                EnvelopePart::Iv => "Le nonce",
                EnvelopePart::Ciphertext => "Le scénario chiffré",
            }
        ),
    }
}

/// L'option telle que le tableau de bord la nomme.
pub(crate) fn option_name(o: DeploymentOption) -> &'static str {
    match o {
        DeploymentOption::OnPremises => "Sur site",
        DeploymentOption::Colocation => "Colocation",
        DeploymentOption::EuSovereignCloud => "Cloud souverain européen",
        DeploymentOption::UsSovereignOffer => "Offre souveraine US",
        DeploymentOption::UsPublicCloud => "Cloud public US",
    }
}

pub(crate) fn story(e: &StoryError) -> String {
    match e {
        StoryError::TooLong { size } => format!(
            "Le lien du scénarimage est trop long ({size} caractères ; {MAX_STORY_CHARS} au plus)."
        ),
        StoryError::TooLarge => {
            "Le lien du scénarimage contient plus de données qu’un scénarimage ne peut en avoir.".to_owned()
        }
        StoryError::Damaged => "Le lien du scénarimage est endommagé ou a été modifié.".to_owned(),
        StoryError::UnknownVersion(v) => format!(
            "Le lien du scénarimage est au format {v} ; cette page lit le format {STORY_VERSION}."
        ),
        StoryError::StepCount(n) => {
            format!("Le scénarimage a {n} étapes ; il doit en avoir de 1 à {MAX_STEPS}.")
        }
        StoryError::BadTitle(i) => format!(
            "Le titre de l’étape {i} dépasse {MAX_TITLE_CHARS} caractères ou contient des caractères de contrôle."
        ),
        StoryError::UnknownChart(i) => {
            format!("L’étape {i} demande un graphique que cette page n’a pas.")
        }
        StoryError::Scenario(i, e) => {
            format!("Le scénario de l’étape {i} est inutilisable : {}", e.message(Lang::Fr))
        }
    }
}
