//! Problems with outside data (a link, a file, the browser's storage), shown until dismissed; the
//! scenario in force is never touched by one.

use crate::i18n::Lang;
use socle_share::storage::Kept;
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
    /// Data kept in the browser could not be read and could not be copied aside (storage full): they
    /// were left in place, nothing was written over them, and the notice offers them as a download.
    StorageNotKept,
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
    /// Unreadable data that could not be set aside, offered as a download by the notice.
    pub download: Option<String>,
}

impl Notice {
    /// A notice about data from `origin`, with what was wrong.
    pub fn new(origin: Origin, error: Option<ShareError>) -> Self {
        Self {
            origin,
            error,
            kept_at: None,
            download: None,
        }
    }

    /// The notice for data kept in the browser that could not be read, saying where they went: set aside
    /// under a key, or left in place and offered as a download.
    pub fn for_storage(error: ShareError, kept: Kept) -> Self {
        match kept {
            Kept::At(key) => Self {
                kept_at: Some(key),
                ..Self::new(Origin::Storage, Some(error))
            },
            Kept::NotKept { raw } => Self {
                download: Some(raw),
                ..Self::new(Origin::StorageNotKept, Some(error))
            },
        }
    }

    /// The file name under which the damaged data of [`Notice::download`] are offered.
    pub const DOWNLOAD_NAME: &'static str = "socle-damaged-data.txt";
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
            Origin::StorageNotKept => (
                "Some data kept in this browser could not be read, and the browser's storage is too full to copy them aside, so nothing was written over them. Download them to keep a copy, then free some space. The reason: ",
                "Des données conservées dans ce navigateur n’ont pas pu être lues, et le stockage du navigateur est trop plein pour les mettre de côté : rien n’a donc été écrit par-dessus. Téléchargez-les pour en garder une copie, puis libérez de la place. La raison : ",
            ),
        });
        let kept = self.kept_at.as_ref().map(|k| match lang {
            Lang::En | Lang::De => format!(" They were set aside under the storage key “{k}”."),
            Lang::Fr => format!(" Elles ont été mises de côté sous la clé « {k} »."),
        });
        let fallback = match (&self.origin, lang) {
            (Origin::Link, Lang::En | Lang::De) => " Your previous scenario is shown instead.",
            (Origin::Link, Lang::Fr) => " Votre scénario précédent est affiché à la place.",
            (Origin::File, Lang::En | Lang::De) => " Nothing was changed.",
            (Origin::File, Lang::Fr) => " Rien n’a été modifié.",
            (Origin::Storage | Origin::StorageRefused | Origin::StorageNotKept, _) => "",
        };
        let what = self.error.as_ref().map(|e| e.message(lang)).unwrap_or_default();
        format!("{head}{what}{}{fallback}", kept.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_data_not_set_aside_are_offered_for_download_in_both_languages() {
        let raw = "{\"version\":1,\"items\":[".to_owned();
        let notice = Notice::for_storage(ShareError::Truncated, Kept::NotKept { raw: raw.clone() });
        assert_eq!(notice.origin, Origin::StorageNotKept);
        assert_eq!(notice.download.as_deref(), Some(raw.as_str()));
        assert_eq!(notice.kept_at, None);
        let en = notice.message(Lang::En);
        assert!(
            en.contains("nothing was written over them") && en.contains("Download"),
            "{en}"
        );
        let fr = notice.message(Lang::Fr);
        assert!(
            fr.contains("rien n’a donc été écrit") && fr.contains("Téléchargez"),
            "{fr}"
        );
        // The reason is in the reader's language too.
        assert!(
            fr.ends_with(&ShareError::Truncated.message(socle_share::Lang::Fr)),
            "{fr}"
        );
    }

    #[test]
    fn damaged_data_set_aside_name_their_key_and_offer_no_download() {
        let notice = Notice::for_storage(
            ShareError::NoScenario,
            Kept::At("socle.set-aside.2026-01-01T00:00:00.000Z-2".to_owned()),
        );
        assert_eq!(notice.origin, Origin::Storage);
        assert_eq!(notice.download, None);
        assert!(notice
            .message(Lang::En)
            .contains("“socle.set-aside.2026-01-01T00:00:00.000Z-2”"));
        assert!(notice
            .message(Lang::Fr)
            .contains("« socle.set-aside.2026-01-01T00:00:00.000Z-2 »"));
    }
}
