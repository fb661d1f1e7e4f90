#!/usr/bin/env bash
# Builds Socle's deployable release bundle (no test hooks) into dist/ and serves it locally. Installs whatever is missing first.
# Usage: bash scripts/run.sh [--port 8080]
source "$(dirname "$0")/lib.sh"
build_deploy
exec node scripts/serve.mjs dist "$@"
