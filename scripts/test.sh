#!/usr/bin/env bash
# The one test command (npm test): formatting, lint, typecheck, unit/API/client tests (dates under three
# time zones), both builds, then the Playwright journeys in real Chromium. Installs Chromium
# from Debian's packages when it is missing and we are allowed to.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest-*.json .tmp/playwright.json

# Each step says how long the one before it took, so a slow step shows in any CI log.
STEP_STARTED=$SECONDS
STEP_NAME=""
step() {
  [ -n "$STEP_NAME" ] && printf '(%s: %ss)\n' "$STEP_NAME" "$((SECONDS - STEP_STARTED))"
  STEP_NAME="$*"
  STEP_STARTED=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}

step "Chromium"
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "using CHROMIUM_PATH=$CHROMIUM_PATH"
elif [ -x /usr/bin/chromium ]; then
  echo "using /usr/bin/chromium"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium package"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "No Chromium found. Install it (e.g. apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi

step "Format and lint"
npx prettier --check . --log-level warn
npx eslint . --max-warnings 0

step "Typecheck"
npx tsc --noEmit -p tsconfig.json

step "Unit, API and client tests (TZ=UTC)"
TZ=UTC npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-utc.json

# Dates must not depend on the machine's zone: the date-touching suites again, far east and far west.
# Left out: the PostgreSQL store (it runs the SQL store's shared queries on epoch milliseconds, which
# the zone cannot touch, and its suites are the slowest), and suites that handle no calendar date
# (accounts and sessions, which count instants; the fuzzer; shutdown, slow clients, copying a
# tracker, the database file, rate limits, headers and static files).
NOT_DATES=(
  'src/server/store/postgres/**' '**/*.pg.test.ts' 'src/server/accounts/**' 'src/server/store/copy/**'
  'src/server/api/fuzz.test.ts' 'src/server/api/abortedRequest.test.ts' 'src/server/api/readiness.test.ts'
  'src/server/shutdown.test.ts' 'src/server/slowClients.test.ts' 'src/server/securityHeaders.test.ts'
  'src/server/staticSite.test.ts' 'src/server/publicHost.test.ts' 'src/server/config.test.ts'
  'src/server/store/sql/databaseFile.test.ts' 'src/server/store/sql/rateBuckets.test.ts'
)
for zone in Pacific/Kiritimati America/Adak; do
  step "Date-sensitive tests (TZ=$zone)"
  TZ=$zone npx vitest run src/shared src/server src/client/features/timeline src/client/features/editing/pledge-draft.test.ts \
    "${NOT_DATES[@]/#/--exclude=}" \
    --reporter=dot --reporter=json --outputFile.json=".tmp/vitest-${zone//\//-}.json"
done

step "Build (web app, compiled server, static demo)"
node scripts/start.mjs --build-only
npx tsx scripts/bench/bundle-budget.ts
npx vite build --mode mock --outDir dist-demo --logLevel warn

step "Journeys in Chromium"
npx playwright test

step "Summary"
node scripts/test-summary.mjs
printf '(all steps: %ss)\n' "$SECONDS"
