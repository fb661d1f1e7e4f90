// The licence notices shipped with a build: Socle's licences, ECharts' and zrender's LICENSE and
// NOTICE, and every Rust crate compiled into the WebAssembly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { shippedCrates, noticesText } from '../../scripts/build-notices.mjs';

const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--offline',
  '--filter-platform', 'wasm32-unknown-unknown'], { maxBuffer: 256 * 1024 * 1024 }).toString());
const crates = shippedCrates(metadata);
const names = new Set(crates.map((c) => c.name));

test('the crates listed are those compiled into the app, not its tests nor its own crates', () => {
  for (const n of ['leptos', 'charming', 'serde_json', 'wasm-bindgen', 'miniz_oxide']) assert.ok(names.has(n), n);
  for (const n of ['proptest', 'socle', 'socle-model', 'socle-share']) assert.ok(!names.has(n), n);
  for (const c of crates) assert.ok(c.license.length > 0, c.name);
});

test('the notices carry Socle\'s licences, ECharts\' NOTICE, zrender\'s licence and each crate', () => {
  const text = noticesText(crates);
  assert.match(text, /Socle: LICENSE-MIT[\s\S]*Permission is hereby granted/);
  assert.match(text, /Socle: LICENSE-APACHE[\s\S]*Apache License\s+Version 2\.0/);
  assert.match(text, /echarts [\d.]+ \(npm\): NOTICE[\s\S]*Apache ECharts/);
  assert.match(text, /zrender [\d.]+ \(npm\): LICENSE/);
  assert.match(text, /\nleptos [\d.]+: MIT/);
});
