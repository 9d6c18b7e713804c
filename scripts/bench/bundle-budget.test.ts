// The budget check reads a build's index.html, the scripts it loads and their source maps: here,
// small builds written by hand, one within the budget and the ways one can break it.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetProblems } from './bundle-budget';

const dirs: string[] = [];

/** A build whose index.html loads one script made of `sources` (path → code), with its source map. */
function build(sources: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<script type="module" crossorigin src="/assets/app.js"></script>');
  const lines = Object.values(sources);
  writeFileSync(join(dist, 'assets', 'app.js'), lines.join('\n'));
  // One segment per line, each line from its own source: column 0, source +1, line 0, column 0.
  const mappings = lines.map((_, i) => (i === 0 ? 'AAAA' : 'ACAA')).join(';');
  const map = { version: 3, sources: Object.keys(sources), names: [], mappings };
  writeFileSync(join(dist, 'assets', 'app.js.map'), JSON.stringify(map));
  return dist;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the home page budget', () => {
  it('is kept by a page within it that loads neither zod nor React DOM', () => {
    const dist = build({ '../../src/client/main.tsx': 'console.log("home")' });
    expect(budgetProblems(dist, 1000, null)).toEqual([]);
  });

  it('is broken by a page over it, which the check names with its size', () => {
    // Random bytes do not compress: about 2 KB gzipped.
    const dist = build({ '../../src/client/main.tsx': `const x = "${randomBytes(1500).toString('base64')}";` });
    const problems = budgetProblems(dist, 1000, null);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/over its budget of 1\.0 KB/);
  });

  it('is broken by an English page more than the allowance bigger than before it learnt a second language', () => {
    // About 6 KB gzipped: within a 100 KB budget, and 8.1 KB over a page said to have weighed -2 KB.
    const dist = build({ '../../src/client/main.tsx': `const x = "${randomBytes(6000).toString('base64')}";` });
    expect(budgetProblems(dist, 100_000, -2_000)).toEqual([
      expect.stringMatching(/has grown by 8\.\d KB .* more than the 5\.0 KB allowed/),
    ]);
    expect(budgetProblems(dist, 100_000, 4_000)).toEqual([]);
  });

  it('is broken by a page that loads zod, however small', () => {
    const dist = build({
      '../../src/client/main.tsx': 'console.log("home")',
      '../../node_modules/zod/v4/classic/schemas.js': 'const s = {};',
    });
    const problems = budgetProblems(dist, 1000, null);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /loads zod \(1 of its modules, node_modules\/zod\/v4\/classic\/schemas\.js the largest\)/,
    );
  });

  it('is broken by a page that loads React DOM instead of Preact', () => {
    const dist = build({
      '../../src/client/main.tsx': 'console.log("home")',
      '../../node_modules/react-dom/cjs/react-dom-client.production.js': 'const d = {};',
    });
    const problems = budgetProblems(dist, 1000, null);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/loads React DOM \(1 of its modules\): the browser build renders with Preact/);
  });
});
