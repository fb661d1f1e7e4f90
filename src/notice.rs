//! Problems with outside data (a link, a file, the browser's storage), shown until dismissed; the
//! scenario in force is never touched by one.

use crate::i18n::Lang;
use socle_share::ShareError;

/// Where a problem came from, for its message.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// The link the page was opened with (or pasted into the address bar).
    Link,
    /// A JSON file being imported.
    File,
    /// The browser's storage.
    Storage,
    /// The browser refused to store (storage full or disabled).
    StorageRefused,
}

/// A problem with outside data, shown until dismissed; the scenario in force is untouched.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Where it came from.
    pub origin: Origin,
    /// What was wrong, when outside data were read.
    pub error: Option<ShareError>,
    /// Where the unreadable data were kept, if they were set aside.
    pub kept_at: Option<String>,
}

impl Notice {
    /// The sentence shown, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let head = lang.pick(match self.origin {
            Origin::Link => ("This link could not be opened: ", "Ce lien n’a pas pu être ouvert : "),
            Origin::File => ("This file could not be imported: ", "Ce fichier n’a pas pu être importé : "),
            Origin::Storage => (
                "Some data kept in this browser could not be read: ",
                "Des données conservées dans ce navigateur n’ont pas pu être lues : ",
            ),
            Origin::StorageRefused => (
                "This browser refused to keep the scenarios (storage full or disabled); they stay on this page until it is closed.",
                "Ce navigateur a refusé de conserver les scénarios (stockage plein ou désactivé) ; ils restent sur cette page jusqu’à sa fermeture.",
            ),
        });
        let kept = self.kept_at.as_ref().map(|k| match lang {
            Lang::En => format!(" They were set aside under the storage key “{k}”."),
            Lang::Fr => format!(" Elles ont été mises de côté sous la clé « {k} »."),
        });
        let fallback = match (&self.origin, lang) {
            (Origin::Link, Lang::En) => " Your previous scenario is shown instead.",
            (Origin::Link, Lang::Fr) => " Votre scénario précédent est affiché à la place.",
            (Origin::File, Lang::En) => " Nothing was changed.",
            (Origin::File, Lang::Fr) => " Rien n’a été modifié.",
            (Origin::Storage | Origin::StorageRefused, _) => "",
        };
        let what = self
            .error
            .as_ref()
            .map(|e| e.message(lang.share_tag()))
            .unwrap_or_default();
        format!("{head}{what}{}{fallback}", kept.unwrap_or_default())
    }
}
