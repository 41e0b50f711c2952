#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find. `npm test` runs this; so does CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$1"; }

step 'Chromium for the browser tests'
node scripts/chromium.cjs --ensure
step 'Format (prettier --check)'
npx prettier --check .
step 'Lint (eslint)'
npx eslint . --max-warnings=0
step 'Types (tsc --noEmit)'
npx tsc --noEmit
step 'Unit tests (vitest)'
npx vitest run
step 'Production build (next build)'
npx next build
step 'End-to-end tests (playwright, against next start)'
npx playwright test
