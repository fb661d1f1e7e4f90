//! Passphrase protection with the browser's own cryptography (Web Crypto): AES-GCM with a 256-bit key
//! derived from the passphrase by PBKDF2-SHA-256 ([`socle_share::envelope::MIN_ITERATIONS`] rounds, a
//! fresh 16-byte salt), a fresh 12-byte nonce for every encryption. The salt, the rounds and the nonce
//! travel in the envelope; nothing about the passphrase is kept anywhere. Every step is asynchronous, so
//! the page stays responsive while the key is derived.

use js_sys::{Array, Object, Uint8Array};
use socle_share::envelope::{Envelope, IV_BYTES, MIN_ITERATIONS, SALT_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    web_sys::window().ok_or("no window")?.crypto()
}

/// The AES-GCM key of `passphrase` with `salt` and `iterations` rounds, usable for `usage` only.
async fn derive(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    usage: &str,
) -> Result<CryptoKey, JsValue> {
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base: CryptoKey = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &secret,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    )?)
    .await?
    .dyn_into()?;
    let params = Pbkdf2Params::new(
        "PBKDF2",
        &JsValue::from_str("SHA-256"),
        iterations,
        &Uint8Array::from(salt),
    );
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &aes,
        false,
        &Array::of1(&usage.into()),
    )?)
    .await?
    .dyn_into()
}

/// Encrypts `plain` under `passphrase` into a new envelope (fresh salt and nonce).
pub async fn seal(passphrase: &str, plain: &[u8]) -> Result<Envelope, JsValue> {
    let crypto = crypto()?;
    let mut salt = [0u8; SALT_BYTES];
    let mut iv = [0u8; IV_BYTES];
    crypto.get_random_values_with_u8_array(&mut salt)?;
    crypto.get_random_values_with_u8_array(&mut iv)?;
    let subtle = crypto.subtle();
    let key = derive(&subtle, passphrase, &salt, MIN_ITERATIONS, "encrypt").await?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
    let sealed = JsFuture::from(subtle.encrypt_with_object_and_u8_array(&params, &key, plain)?).await?;
    Ok(Envelope {
        iterations: MIN_ITERATIONS,
        salt,
        iv,
        ciphertext: Uint8Array::new(&sealed).to_vec(),
    })
}

/// Decrypts `envelope` with `passphrase`; `None` when the passphrase is wrong (or the envelope was
/// altered: AES-GCM's tag cannot tell the two apart).
pub async fn open(passphrase: &str, envelope: &Envelope) -> Option<Vec<u8>> {
    let crypto = crypto().ok()?;
    let subtle = crypto.subtle();
    let key = derive(
        &subtle,
        passphrase,
        &envelope.salt,
        envelope.iterations,
        "decrypt",
    )
    .await
    .ok()?;
    let params: Object = AesGcmParams::new("AES-GCM", &Uint8Array::from(&envelope.iv[..])).into();
    let plain = JsFuture::from(
        subtle
            .decrypt_with_object_and_u8_array(&params, &key, &envelope.ciphertext)
            .ok()?,
    )
    .await
    .ok()?;
    Some(Uint8Array::new(&plain).to_vec())
}
