//! The interface's languages: the texts are translated through the tables of the model crate
//! ([`socle_model::lang`]: English is the key, one file per other language), numbers, money and dates
//! are formatted here ([`format`]). Socle uses no i18n crate: `leptos_i18n` would add `leptos-use` and
//! ICU data to the bundle for what a table lookup and a test of completeness ([`tables`]) give.

pub mod format;
pub mod labels;
pub mod reasons;
#[cfg(test)]
pub(crate) mod tables;

pub use socle_model::Lang;
