#!/usr/bin/env bash
# Socle's performance benchmark (not part of the tests): builds the release bundle, measures it in
# headless Chromium and the model natively, and writes bench/results/latest.json.
source "$(dirname "$0")/lib.sh"
ensure_chromium
build_release
mkdir -p bench/results
log "native full evaluation"
native=$(cargo run --quiet --release -p socle-model --example bench_evaluate -- --json 2>/dev/null | tail -n 1 || echo '{}')
log "browser measurements (about eight minutes)"
node bench/bench.mjs bench/results/browser.json >/dev/null
node -e "
const fs = require('fs');
const r = JSON.parse(fs.readFileSync('bench/results/browser.json', 'utf8'));
let n = {}; try { n = JSON.parse(process.argv[1]); } catch (_) {}
r.full_evaluation_native = n;
fs.writeFileSync('bench/results/latest.json', JSON.stringify(r, null, 2));
console.log(JSON.stringify(r, null, 2));
" "$native"
node bench/budgets.mjs bench/results/latest.json
log "report written to bench/results/latest.json"
