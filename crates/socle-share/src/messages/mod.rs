//! Every message of the crate, one file per language ([`en`], [`fr`], [`de`]). Each file answers every
//! error kind, of links, files and storyboards, in full (the compiler checks that no kind is left without
//! words), so adding a language is adding one file and its arm in [`crate::ShareError::message`] and
//! [`crate::StoryError::message`].

pub(crate) mod de;
pub(crate) mod en;
pub(crate) mod fr;

/// The codes a link's `lang` may take, in the order of the language menu.
pub(crate) fn codes() -> Vec<String> {
    crate::Lang::ALL.iter().map(|l| l.code().to_string()).collect()
}

/// `items` joined as a reader writes a list: `a, b or c` with `or` the language's word.
pub(crate) fn list(items: &[String], or: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} {or} {last}", head.join(", ")),
    }
}

/// A sentence ends with one full stop, whatever the model's text ends with.
pub(crate) fn sentence(text: String) -> String {
    if text.ends_with('.') {
        text
    } else {
        format!("{text}.")
    }
}
