// A protected link's envelope written with the browser's cryptography (node's WebCrypto, the same
// API) is the one the share crate reads: AES-GCM, key from PBKDF2-SHA-256 with 600,000 rounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { webcrypto } from 'node:crypto';

const { subtle } = webcrypto;
const b64 = (bytes) => Buffer.from(bytes).toString('base64url');

async function seal(plain, passphrase, iterations = 600_000) {
  const salt = webcrypto.getRandomValues(new Uint8Array(16));
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base,
    { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const ct = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)));
  return { text: `1.${iterations}.${b64(salt)}.${b64(iv)}.${b64(ct)}`, length: ct.length };
}

function check(text) {
  try {
    return execFileSync('cargo', ['run', '-q', '--offline', '-p', 'socle-share', '--example', 'envelope_check', '--', text]).toString();
  } catch (e) {
    return e.stdout.toString();
  }
}

test('an envelope sealed with WebCrypto is read by the share crate, byte for byte', async () => {
  const { text, length } = await seal('lang=fr&s=1.eJyrVkrOz', 'correct horse battery staple');
  assert.equal(check(text).trim(), `ok iterations=600000 salt=16 iv=12 ciphertext=${length} same=true`);
});

test('an envelope with too few rounds is refused by the share crate', async () => {
  const { text } = await seal('x'.repeat(40), 'p', 100_000);
  assert.match(check(text), /^refused .*100000 key-derivation rounds/);
});
