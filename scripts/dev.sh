#!/usr/bin/env bash
# The development loop: a debug build served by `trunk serve`, rebuilt and reloaded in the browser on
# every saved change. The pinned Trunk and wasm-bindgen are put on PATH (and installed if missing) by
# lib.sh; the service worker is off in debug builds (Trunk.toml), so a reload always shows the new build.
# The build goes to target/dev-dist, leaving dist/ alone.
# Usage: bash scripts/dev.sh [--port 8080] [other `trunk serve` options]
source "$(dirname "$0")/lib.sh"
ensure_build_tools
log "serving a debug build with hot reload (Ctrl-C stops)"
exec trunk serve --dist target/dev-dist "$@"
