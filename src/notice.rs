//! Problems with outside data (a link, a file, the browser's storage), shown until dismissed; the
//! scenario in force is never touched by one.

use crate::i18n::Lang;
use socle_model::t;
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
    /// The sentence shown, in `lang`: what failed, why (in the reader's language), where the data went.
    pub fn message(&self, lang: Lang) -> String {
        let template = match self.origin {
            Origin::Link => t!("This link could not be opened: {reason} Your previous scenario is shown instead."),
            Origin::File => t!("This file could not be imported: {reason} Nothing was changed."),
            Origin::Storage => t!("Some data kept in this browser could not be read: {reason}"),
            Origin::StorageRefused => t!(
                "This browser refused to keep the scenarios (storage full or disabled); they stay on this page until it is closed. {reason}"
            ),
            Origin::StorageNotKept => t!(
                "Some data kept in this browser could not be read, and the browser's storage is too full to copy them aside, so nothing was written over them. Download them to keep a copy, then free some space. The reason: {reason}"
            ),
        };
        let reason = self.error.as_ref().map(|e| e.message(lang)).unwrap_or_default();
        let mut out = lang.fill(template, &[("reason", &reason)]).trim_end().to_owned();
        if let Some(key) = &self.kept_at {
            out.push(' ');
            out.push_str(&lang.fill(
                "They were set aside under the storage key “{key}”.",
                &[("key", key)],
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_data_not_set_aside_are_offered_for_download_in_every_language() {
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
        let de = notice.message(Lang::De);
        assert!(
            de.contains("nichts überschrieben") && de.contains("Laden Sie"),
            "{de}"
        );
        // The reason is in the reader's language too.
        for lang in Lang::ALL {
            let text = notice.message(lang);
            assert!(text.ends_with(&ShareError::Truncated.message(lang)), "{text}");
        }
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
        assert!(notice
            .message(Lang::De)
            .contains("„socle.set-aside.2026-01-01T00:00:00.000Z-2“"));
    }
}
