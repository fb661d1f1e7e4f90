#!/usr/bin/env bash
# Socle's performance benchmark (not part of the tests): builds the release bundle, measures it in
# headless Chromium and the model natively, and writes bench/results/latest.json.
#
# BENCH_AGAINST=<git revision> compares instead: builds that revision too, then measures the two builds in
# turn (interleaved, BENCH_ROUNDS rounds, 3 by default) and writes medians and ratios to bench/results/ab.json.
# BENCH_ONLY=wasm,render,felt,interaction,memory picks the parts measured (all by default).
source "$(dirname "$0")/lib.sh"
ensure_chromium
if [ -n "${BENCH_AGAINST:-}" ]; then
  base="$ROOT/target/bench-base"
  rev=$(git -C "$ROOT" rev-parse --verify "$BENCH_AGAINST^{commit}")
  log "building $BENCH_AGAINST ($rev) for the comparison"
  git -C "$ROOT" worktree remove --force "$base/src" 2>/dev/null || rm -rf "$base/src"
  git -C "$ROOT" worktree prune
  mkdir -p "$base"
  git -C "$ROOT" worktree add --detach "$base/src" "$rev" >/dev/null
  # That revision's own build command, with a target directory kept between comparisons.
  (cd "$base/src" && ln -sfn "$ROOT/node_modules" node_modules \
    && CARGO_TARGET_DIR="$base/target" bash -c 'source scripts/lib.sh && build_release')
  rm -rf "$base/dist" && cp -r "$base/src/dist" "$base/dist"
  git -C "$ROOT" worktree remove --force "$base/src"
  build_release
  mkdir -p bench/results
  log "measuring both builds in turn (about ten minutes a round)"
  node bench/ab.mjs "$base/dist" dist "${BENCH_ROUNDS:-3}" bench/results/ab.json
  log "report written to bench/results/ab.json"
  exit 0
fi
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
