#!/usr/bin/env bash
# Builds Socle's release bundle into dist/ and serves it locally. Installs whatever is missing first.
# Usage: bash scripts/run.sh [--port 8080]
source "$(dirname "$0")/lib.sh"
build_release
exec node scripts/serve.mjs dist "$@"
