#!/usr/bin/env bash
# Runs every perfgate test from a fresh machine: installs what is missing, builds, lints, typechecks, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
echo "› lint + typecheck"
pnpm exec turbo run lint typecheck --output-logs=errors-only
echo "› tests"
pnpm exec turbo run test --concurrency=1 --output-logs=full
