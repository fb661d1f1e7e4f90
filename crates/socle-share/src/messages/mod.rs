//! Every message of the crate, one file per language. Each file answers every error kind in full (the
//! compiler checks that no kind is left without words), so adding a language is adding one file and
//! one [`crate::Lang`].

pub(crate) mod en;
pub(crate) mod fr;

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
