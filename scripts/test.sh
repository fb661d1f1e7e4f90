#!/usr/bin/env bash
# Runs every test of Socle: formatting, lints, the native model and chart tests, then the end-to-end
# journeys in headless Chromium against the release build. Installs whatever is missing first.
# Ends with one line "N passed, N failed".
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/nginx.sh"

LOG_DIR="$ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
passed=0
failed=0

count_cargo() { # sums "test result: … N passed; M failed" lines of a cargo test log
  local p f
  p=$(grep -Eo '[0-9]+ passed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

step() { # step NAME COMMAND…: a check that is one test
  local name=$1; shift
  log "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); log "FAILED: $name"; fi
}

ensure_rust_components
ensure_build_tools
ensure_chromium

step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy -D warnings" cargo clippy --workspace --all-targets --quiet -- -D warnings

log "native tests (model crate and chart builders)"
set +e
cargo test --workspace --no-fail-fast --quiet 2>&1 | tee "$LOG_DIR/cargo-test.log"
cargo_rc=${PIPESTATUS[0]}
set -e
count_cargo "$LOG_DIR/cargo-test.log"
if [ "$cargo_rc" != 0 ] && ! grep -q '[0-9]\+ failed' "$LOG_DIR/cargo-test.log"; then
  failed=$((failed + 1)); log "FAILED: cargo test did not run (exit $cargo_rc)"
fi

log "node tests of the project's scripts (server, service worker, deployment headers)"
set +e
node --test --test-reporter=spec tests/scripts/*.test.mjs 2>&1 | tee "$LOG_DIR/scripts.log"
set -e
p=$(grep -Eo '^ℹ pass [0-9]+' "$LOG_DIR/scripts.log" | awk '{print $3}')
f=$(grep -Eo '^ℹ fail [0-9]+' "$LOG_DIR/scripts.log" | awk '{print $3}')
if [ -z "$p" ]; then failed=$((failed + 1)); log "FAILED: the script tests did not report"; fi
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))

# Bounded fuzzing of every decoder of outside data (the longer run: scripts/fuzz.sh 600).
step "fuzz the share-link, JSON and storage decoders (10 s each)" bash scripts/fuzz.sh 10

if build_release; then
  log "end-to-end journeys in headless Chromium"
  set +e
  node --test --test-concurrency=1 --test-reporter=spec tests/e2e/*.test.mjs 2>&1 | tee "$LOG_DIR/e2e.log"
  set -e
  p=$(grep -Eo '^ℹ pass [0-9]+' "$LOG_DIR/e2e.log" | awk '{print $3}')
  f=$(grep -Eo '^ℹ fail [0-9]+' "$LOG_DIR/e2e.log" | awk '{print $3}')
  if [ -z "$p" ]; then failed=$((failed + 1)); log "FAILED: the end-to-end runner did not report"; fi
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  # The same journeys against Debian's nginx serving dist/ with the snippet the build wrote (all but the
  # offline one, which serves a copy of the build that it changes while it runs).
  ensure_nginx
  NGINX_PORT="${SOCLE_NGINX_PORT:-18473}"
  if start_nginx dist "$NGINX_PORT"; then
    trap stop_nginx EXIT
    log "end-to-end journeys against nginx with the emitted headers (127.0.0.1:$NGINX_PORT)"
    set +e
    SOCLE_E2E_URL="http://127.0.0.1:$NGINX_PORT/" node --test --test-concurrency=1 --test-reporter=spec \
      $(ls tests/e2e/*.test.mjs | grep -v offline) 2>&1 | tee "$LOG_DIR/e2e-nginx.log"
    set -e
    stop_nginx
    p=$(grep -Eo '^ℹ pass [0-9]+' "$LOG_DIR/e2e-nginx.log" | awk '{print $3}')
    f=$(grep -Eo '^ℹ fail [0-9]+' "$LOG_DIR/e2e-nginx.log" | awk '{print $3}')
    if [ -z "$p" ]; then failed=$((failed + 1)); log "FAILED: the nginx journeys did not report"; fi
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    failed=$((failed + 1)); log "FAILED: nginx did not start with the emitted snippet"
  fi
else
  failed=$((failed + 1)); log "FAILED: release build"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
