// Adds up the JSON reports of every run in scripts/test.sh into one closing line.
import { readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync('.tmp').filter((f) => /^vitest-.*\.json$/.test(f))) {
  const r = JSON.parse(readFileSync(`.tmp/${file}`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
const pw = JSON.parse(readFileSync('.tmp/playwright.json', 'utf8'));
passed += pw.stats.expected;
failed += pw.stats.unexpected + pw.stats.flaky;
skipped += pw.stats.skipped;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
