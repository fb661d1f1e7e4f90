#!/usr/bin/env bash
# Shared set-up for Socle's commands. Sourced by scripts/run.sh, scripts/test.sh and scripts/bench.sh.
# Installs what is missing, idempotently; skips every step whose pinned version is already there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Pinned tool versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)"

# Per-user tool location outside the checkout, so a fresh clone on the same machine reuses it.
SOCLE_TOOLS="${SOCLE_TOOLS:-${CARGO_HOME:-$HOME/.cargo}/socle-tools}"
TRUNK_BIN="$SOCLE_TOOLS/trunk-$TRUNK_VERSION/bin"
WASM_BINDGEN_BIN="$SOCLE_TOOLS/wasm-bindgen-$WASM_BINDGEN_VERSION/bin"
export PATH="$TRUNK_BIN:$WASM_BINDGEN_BIN:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1m[socle]\033[0m %s\n' "$*" >&2; }

# The toolchain pinned in rust-toolchain.toml. Where rustup does not know it by that name but an installed
# toolchain is that exact version (e.g. `stable` on a machine that cannot download), link it under the
# pinned name rather than letting rustup try a download.
RUST_VERSION="$(awk -F'"' '/^channel/{print $2; exit}' rust-toolchain.toml)"
ensure_toolchain() {
  if rustup toolchain list | grep -q "^$RUST_VERSION-"; then
    return 0
  fi
  local sysroot
  sysroot="$(rustc +stable --print sysroot 2>/dev/null || true)"
  if [ -n "$sysroot" ] && rustc +stable --version | grep -q "^rustc $RUST_VERSION "; then
    log "linking the installed stable toolchain as $RUST_VERSION (the pinned version)"
    rustup toolchain link "$RUST_VERSION" "$sysroot"
  fi
}
ensure_toolchain

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_rust_components() {
  local missing=()
  cargo fmt --version >/dev/null 2>&1 || missing+=(rustfmt)
  cargo clippy --version >/dev/null 2>&1 || missing+=(clippy)
  if ((${#missing[@]})); then
    log "adding rust components: ${missing[*]}"
    rustup component add "${missing[@]}"
  fi
}

# cargo_tool NAME CRATE VERSION DIR BIN [extra cargo install flags]
cargo_tool() {
  local name=$1 crate=$2 version=$3 dir=$4 bin=$5
  shift 5
  if [ -x "$dir/$bin" ] && "$dir/$bin" --version 2>/dev/null | grep -q "$version"; then
    return 0
  fi
  log "installing $name $version into $(dirname "$dir") (one time, several minutes)"
  cargo install "$crate" --version "=$version" --root "$(dirname "$dir")" --force "$@"
}

ensure_trunk() {
  cargo_tool trunk trunk "$TRUNK_VERSION" "$TRUNK_BIN" trunk --locked
}

ensure_wasm_bindgen() {
  # --locked fails on this registry (a locked dependency version is missing), so resolve afresh.
  cargo_tool wasm-bindgen-cli wasm-bindgen-cli "$WASM_BINDGEN_VERSION" "$WASM_BINDGEN_BIN" wasm-bindgen
}

ensure_node_modules() {
  local stamp="node_modules/.socle-lock-hash"
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null; then
    return 0
  fi
  log "installing Debian's chromium (headless browser for the tests) and poppler-utils (reads the printed brief)"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core poppler-utils >/dev/null
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node_modules
  ensure_wasm_bindgen
  ensure_trunk
}

# The release bundle the end-to-end tests and the benchmark run against: dist/ with the `bench-hooks`
# feature (measurement exports and the self-test panic the tests call). Not for deployment.
build_release() {
  ensure_build_tools
  log "building the release bundle with the test hooks into dist/ (to deploy: build_deploy)"
  trunk build --release --offline --features bench-hooks 2>&1 | grep -vE '^\s*$' >&2
}

# The deployable release bundle: dist/ without the test hooks (checked: none of their names is in it).
build_deploy() {
  ensure_build_tools
  log "building the deployable release bundle into dist/"
  trunk build --release --offline 2>&1 | grep -vE '^\s*$' >&2
  if grep -lqE 'socle_(bench|selftest)_' dist/*.js; then
    log "the deployable bundle exports a test hook"
    return 1
  fi
}
