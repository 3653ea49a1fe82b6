#!/usr/bin/env bash
# Installs everything perfgate's demo and tests need on a fresh machine (Node >= 20.19 and npm present).
# Idempotent: skips what is already there. Safe on a laptop: apt steps run only where apt-get exists.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v)" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm@$PNPM_VERSION with npm (corepack on Node 20 cannot verify current pnpm)"
  npm install -g "pnpm@$PNPM_VERSION" --loglevel=error
fi

need_apt=()
if [ -z "${PERFGATE_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && ! ls ~/.cache/ms-playwright/chromium* >/dev/null 2>&1; then need_apt+=(chromium); fi
if [ "${PERFGATE_SKIP_SERVERS:-}" != 1 ]; then
  command -v prometheus-pushgateway >/dev/null 2>&1 || need_apt+=(prometheus-pushgateway)
  command -v prometheus-alertmanager >/dev/null 2>&1 || need_apt+=(prometheus-alertmanager)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    echo "› installing Debian packages: ${need_apt[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
    # The Debian service units are not wanted: tests start their own servers on free ports.
    for s in prometheus-pushgateway prometheus-alertmanager; do $SUDO systemctl disable --now "$s" >/dev/null 2>&1 || true; done
  else
    echo "! missing ${need_apt[*]} and no apt-get: install them, or set PERFGATE_CHROMIUM to a Chromium binary" >&2
  fi
fi

echo "› pnpm install"
# Never fall back to a non-frozen install: a lockfile that no longer matches package.json must fail here,
# not be rewritten silently (CI would then test other versions than the ones committed).
if ! pnpm install --frozen-lockfile --reporter=append-only | { grep -v '^Progress' || true; }; then
  echo "✖ pnpm install --frozen-lockfile failed: pnpm-lock.yaml does not match the package.json files (or the registry is unreachable)." >&2
  echo "  Run 'pnpm install' on your machine, review and commit pnpm-lock.yaml, then re-run this script." >&2
  exit 1
fi
echo "› building packages"
pnpm exec turbo run build --filter='./packages/*' --output-logs=errors-only
