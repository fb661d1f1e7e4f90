//! The envelope of a passphrase-protected ("confidential") link or file: the format only. The
//! encryption itself is the browser's (Web Crypto: AES-GCM with a 256-bit key derived by
//! PBKDF2-SHA-256 from the passphrase); this crate holds no cryptographic code, it writes and checks
//! what travels:
//!
//! ```text
//! 1.<iterations>.<salt>.<iv>.<ciphertext>
//! ```
//!
//! * `1`: the envelope format version ([`ENVELOPE_VERSION`]);
//! * `iterations`: PBKDF2-SHA-256 iterations, in decimal, from [`MIN_ITERATIONS`] (600,000, OWASP's
//!   figure for PBKDF2-HMAC-SHA-256) to [`MAX_ITERATIONS`] (so that a crafted link cannot freeze the page);
//! * `salt`: [`SALT_BYTES`] random bytes; `iv`: AES-GCM's [`IV_BYTES`]-byte nonce, random for each
//!   encryption; `ciphertext`: AES-GCM's output (the encrypted text followed by its 16-byte tag), from
//!   [`TAG_BYTES`] + 1 to [`MAX_CIPHERTEXT_BYTES`] bytes. All three in URL-safe base64 without padding.
//!
//! Everything but the passphrase is in the envelope; nothing about the passphrase is.

use crate::error::{clip, Malformed, Problem, ShareError};
use crate::Lang;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use socle_model::Scenario;

/// Version of the envelope format.
pub const ENVELOPE_VERSION: u32 = 1;
/// Fewest PBKDF2-SHA-256 iterations accepted.
pub const MIN_ITERATIONS: u32 = 600_000;
/// Most PBKDF2-SHA-256 iterations accepted.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// Bytes of salt.
pub const SALT_BYTES: usize = 16;
/// Bytes of AES-GCM nonce.
pub const IV_BYTES: usize = 12;
/// Bytes of AES-GCM authentication tag at the end of the ciphertext.
pub const TAG_BYTES: usize = 16;
/// Most ciphertext bytes: what a link's compressed scenario can be within [`crate::MAX_FRAGMENT_CHARS`].
pub const MAX_CIPHERTEXT_BYTES: usize = crate::MAX_FRAGMENT_CHARS * 3 / 4;

/// A parsed envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// PBKDF2-SHA-256 iterations.
    pub iterations: u32,
    /// PBKDF2 salt.
    pub salt: [u8; SALT_BYTES],
    /// AES-GCM nonce.
    pub iv: [u8; IV_BYTES],
    /// AES-GCM ciphertext with its tag.
    pub ciphertext: Vec<u8>,
}

/// The part of an envelope that is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvelopePart {
    /// The iteration count.
    Iterations,
    /// The salt.
    Salt,
    /// The nonce.
    Iv,
    /// The ciphertext.
    Ciphertext,
}

impl Envelope {
    /// The envelope as text.
    pub fn to_text(&self) -> String {
        format!(
            "{ENVELOPE_VERSION}.{}.{}.{}.{}",
            self.iterations,
            URL_SAFE_NO_PAD.encode(self.salt),
            URL_SAFE_NO_PAD.encode(self.iv),
            URL_SAFE_NO_PAD.encode(&self.ciphertext)
        )
    }

    /// Reads an envelope, checking every part and limit before anything is decrypted.
    pub fn parse(text: &str) -> Result<Self, ShareError> {
        // Longest valid text: version, iterations, and the three parts in base64.
        let longest = 2 + 9 + 22 + 16 + 3 + MAX_CIPHERTEXT_BYTES.div_ceil(3) * 4;
        if text.len() > longest {
            return Err(ShareError::TooLarge {
                limit: crate::Limit::Fragment,
                size: text.len(),
                max: longest,
            });
        }
        let parts: Vec<&str> = text.split('.').collect();
        let version = parts[0];
        if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Malformed::Version(clip(version)).into());
        }
        if version != ENVELOPE_VERSION.to_string() {
            return Err(ShareError::UnknownVersion {
                found: clip(version),
                supported: ENVELOPE_VERSION,
            });
        }
        if parts.len() < 5 || parts[4].is_empty() {
            return Err(ShareError::Truncated);
        }
        if parts.len() > 5 {
            return Err(Malformed::TrailingData.into());
        }
        let bad = |part| ShareError::Malformed(Malformed::Envelope(part));
        let iterations: u32 = parts[1].parse().map_err(|_| bad(EnvelopePart::Iterations))?;
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
            return Err(ShareError::Iterations {
                found: iterations,
                min: MIN_ITERATIONS,
                max: MAX_ITERATIONS,
            });
        }
        let bytes = |text: &str, part| URL_SAFE_NO_PAD.decode(text).map_err(|_| bad(part));
        let salt = bytes(parts[2], EnvelopePart::Salt)?
            .try_into()
            .map_err(|_| bad(EnvelopePart::Salt))?;
        let iv = bytes(parts[3], EnvelopePart::Iv)?
            .try_into()
            .map_err(|_| bad(EnvelopePart::Iv))?;
        let ciphertext = bytes(parts[4], EnvelopePart::Ciphertext)?;
        if ciphertext.len() <= TAG_BYTES || ciphertext.len() > MAX_CIPHERTEXT_BYTES {
            return Err(bad(EnvelopePart::Ciphertext));
        }
        Ok(Self {
            iterations,
            salt,
            iv,
            ciphertext,
        })
    }
}

/// The fragment parameter that carries a protected scenario: `lang=fr&c=<envelope>`.
pub const PROTECTED_KEY: &str = "c";

/// What is encrypted for a protected link or file: the scenario exactly as a link carries it (its compact
/// JSON compressed with zlib), so that it reads back with a link's checks.
pub fn sealed_bytes(scenario: &Scenario) -> Vec<u8> {
    crate::fragment::pack(scenario)
}

/// The scenario of decrypted bytes, checked like a link's scenario.
pub fn opened_scenario(plain: &[u8]) -> Result<Scenario, ShareError> {
    crate::fragment::unpack(plain)
}

/// The fragment of a protected link: the language in clear (so the passphrase is asked in it), then the
/// envelope. Nothing else about the scenario is readable.
pub fn protected_fragment(envelope: &Envelope, lang: Lang) -> String {
    format!("lang={}&{PROTECTED_KEY}={}", lang.code(), envelope.to_text())
}

/// The envelope of a protected link's fragment (with or without `#`): `None` when the fragment is not a
/// protected link, else the envelope or why it cannot be read (checked before anything is decrypted).
pub fn fragment_envelope(fragment: &str) -> Option<Result<Envelope, ShareError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut params = fragment.split('&').filter(|p| !p.is_empty());
    let protected = |p: &str| p.split_once('=').is_some_and(|(k, _)| k == PROTECTED_KEY);
    if !params.clone().any(protected) {
        return None;
    }
    if fragment.len() > crate::MAX_FRAGMENT_CHARS {
        return Some(Err(ShareError::TooLarge {
            limit: crate::Limit::Fragment,
            size: fragment.len(),
            max: crate::MAX_FRAGMENT_CHARS,
        }));
    }
    let mut envelope = None;
    // Only the language may travel beside the envelope, once.
    let mut lang = false;
    let refused = params.find_map(|param| {
        let (key, value) = param.split_once('=').unwrap_or((param, ""));
        let repeated = match key {
            PROTECTED_KEY => envelope.replace(value).is_some(),
            "lang" if Lang::from_code(value).is_some() => std::mem::replace(&mut lang, true),
            "lang" => return Some(Malformed::Language(clip(value))),
            _ => true,
        };
        repeated.then(|| Malformed::Parameter(clip(key)))
    });
    Some(match (refused, envelope) {
        (Some(problem), _) => Err(problem.into()),
        (None, Some(text)) => Envelope::parse(text),
        (None, None) => Err(ShareError::NoScenario),
    })
}

/// The member of a protected JSON file that holds its envelope.
pub const PROTECTED_MEMBER: &str = "socle_protected";

/// A protected scenario file: `{"socle_protected": "<envelope>"}`.
pub fn protected_json(envelope: &Envelope) -> String {
    serde_json::json!({ PROTECTED_MEMBER: envelope.to_text() }).to_string()
}

/// The envelope of a protected scenario file: `None` when the text is not one (an ordinary scenario
/// file, or not JSON at all, which [`crate::scenario_from_json`] then explains), else the envelope or why
/// it cannot be read.
pub fn json_envelope(text: &str) -> Option<Result<Envelope, ShareError>> {
    if text.len() > crate::MAX_JSON_BYTES {
        return None;
    }
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let object = value.as_object()?;
    let envelope = object.get(PROTECTED_MEMBER)?;
    if let Some(other) = object.keys().find(|k| *k != PROTECTED_MEMBER) {
        return Some(Err(ShareError::WrongType {
            field: clip(other),
            problem: Problem::UnknownField,
        }));
    }
    Some(match envelope.as_str() {
        Some(text) => Envelope::parse(text),
        None => Err(Malformed::Envelope(EnvelopePart::Ciphertext).into()),
    })
}
