#!/usr/bin/env bash
# The main job on a fresh machine: install, then build the DomainFlow demo with budgets, run its perf suite,
# compare with the baseline and write reports. Extra arguments go to `pnpm demo` (e.g. --regression=bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
pnpm demo "$@"
