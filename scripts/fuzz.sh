#!/usr/bin/env bash
# Fuzzes the decoders of everything that reaches Socle from outside (share links, JSON files, saved
# scenarios) with libFuzzer through cargo-fuzz: each target for SECONDS (default 20), seeded with real
# links, files and saved lists. Exits non-zero if any target crashes; the crashing input is kept under
# crates/socle-share/fuzz/artifacts/<target>/.
#
# Usage: scripts/fuzz.sh [SECONDS]
#
# cargo-fuzz builds with unstable compiler flags (sanitizer coverage, AddressSanitizer); RUSTC_BOOTSTRAP=1
# lets the stable toolchain accept them. libFuzzer itself is compiled from the libfuzzer-sys crate, which
# needs a C++ compiler (g++ or clang++).
source "$(dirname "$0")/lib.sh"

SECONDS_EACH="${1:-20}"
if ! [[ "$SECONDS_EACH" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [seconds per target]" >&2
  exit 2
fi

CARGO_FUZZ_VERSION="0.13.2"
CARGO_FUZZ_BIN="$SOCLE_TOOLS/cargo-fuzz-$CARGO_FUZZ_VERSION/bin"
FUZZ_DIR="$ROOT/crates/socle-share/fuzz"
TARGETS=(fragment json_import storage store)

cargo_tool cargo-fuzz cargo-fuzz "$CARGO_FUZZ_VERSION" "$CARGO_FUZZ_BIN" cargo-fuzz --locked
export PATH="$CARGO_FUZZ_BIN:$PATH"
export RUSTC_BOOTSTRAP=1
if ! command -v c++ >/dev/null 2>&1; then
  log "installing a C++ compiler (libFuzzer is built from source)"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq g++ >/dev/null
fi

log "writing seed inputs"
cargo run --quiet -p socle-share --example fuzz_seeds -- "$FUZZ_DIR/corpus"

cd "$FUZZ_DIR"
log "building the fuzz targets"
cargo fuzz build

LOG_DIR="$FUZZ_DIR/target/logs"
mkdir -p "$LOG_DIR"
failed=()
for target in "${TARGETS[@]}"; do
  log "fuzzing $target for ${SECONDS_EACH}s"
  if cargo fuzz run "$target" -- -max_total_time="$SECONDS_EACH" -timeout=10 -print_final_stats=1 \
    >"$LOG_DIR/$target.log" 2>&1; then
    runs=$(grep -Eo '^Done [0-9]+ runs in [0-9]+ second' "$LOG_DIR/$target.log" | tail -1)
    log "$target: ${runs:-finished} (corpus $(find "corpus/$target" -type f | wc -l) inputs)"
  else
    failed+=("$target")
    tail -40 "$LOG_DIR/$target.log" >&2
    log "FAILED: $target crashed; input kept in $FUZZ_DIR/artifacts/$target/"
  fi
done

if ((${#failed[@]})); then
  log "crashes in: ${failed[*]}"
  exit 1
fi
log "no crash in ${TARGETS[*]}"
