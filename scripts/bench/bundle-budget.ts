// The home page's JavaScript budget, checked by the test command right after the build
// (scripts/test.sh): `npx tsx scripts/bench/bundle-budget.ts [dist]` fails when the home page
// loads more JavaScript than this, or loads zod or React DOM at all.
//
// Issue 13 asks for 110 KB. The browser build renders with Preact instead of React DOM and checks
// answers without zod (docs/decisions/0021-responses-checked-without-zod.md,
// 0025-preact-renders-the-browser-build.md); either coming back would cost 20 to 60 KB.
import { homePageContributors } from './bundle-contributors';
import { homePageJs } from './bundle-size';

export const HOME_PAGE_BUDGET_BYTES = 110_000;

/**
 * Issue 14 asks that speaking two languages add at most 5 KB to the English home page. Before it
 * did, the home page loaded 70,931 bytes (gzipped, commit f5ab873); the Ukrainian messages load
 * apart. It is 4.8 KB over now (docs/decisions/0027 says what brought it down from 7.9 KB), and
 * the check fails past the 5 KB.
 */
export const HOME_PAGE_BEFORE_TWO_LANGUAGES_BYTES = 70_931;
export const TWO_LANGUAGES_ALLOWANCE_BYTES = 5_000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** What is wrong with the home page's JavaScript in this build; empty when it keeps its budget. */
export function budgetProblems(
  distDir = 'dist',
  budget = HOME_PAGE_BUDGET_BYTES,
  before: number | null = HOME_PAGE_BEFORE_TWO_LANGUAGES_BYTES,
): string[] {
  const problems: string[] = [];
  const { files, totalGzipBytes } = homePageJs(distDir);
  if (totalGzipBytes > budget) {
    const list = files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', ');
    problems.push(
      `The home page loads ${kb(totalGzipBytes)} of JavaScript (gzipped), over its budget of ${kb(budget)} (${list}). ` +
        'See what it is made of: npx tsx scripts/bench/bundle-contributors.ts',
    );
  }
  const grown = before === null ? 0 : totalGzipBytes - before;
  if (grown > TWO_LANGUAGES_ALLOWANCE_BYTES) {
    problems.push(
      `The English home page has grown by ${kb(grown)} since it learnt Ukrainian, more than the ${kb(TWO_LANGUAGES_ALLOWANCE_BYTES)} ` +
        `allowed: look for Ukrainian messages, a messages parser, or words of a ` +
        'lazily loaded piece reaching the first chunk (npx tsx scripts/bench/bundle-contributors.ts --files).',
    );
  }
  const contributors = homePageContributors(distDir, true);
  const zod = contributors.filter((c) => c.group.includes('node_modules/zod/'));
  if (zod.length) {
    problems.push(
      `The home page loads zod (${zod.length} of its modules, ${zod[0]!.group} the largest): a module it imports builds a schema. ` +
        'Import the plain words (pledge-words.ts, roles.ts, slugs.ts in the contract) or read answers with ' +
        '@client/lib/response-schemas instead, or load that code lazily.',
    );
  }
  const reactDom = contributors.filter((c) => c.group.includes('node_modules/react-dom/'));
  if (reactDom.length) {
    problems.push(
      `The home page loads React DOM (${reactDom.length} of its modules): the browser build renders with Preact. ` +
        'Check that vite.config.ts still sends react-dom to preact/compat (preactForReact).',
    );
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const problems = budgetProblems(dist);
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exitCode = 1;
  else
    console.log(
      `The home page loads ${kb(homePageJs(dist).totalGzipBytes)} of JavaScript (gzipped), within its budget of ${kb(HOME_PAGE_BUDGET_BYTES)} ` +
        `and ${homePageJs(dist).totalGzipBytes - HOME_PAGE_BEFORE_TWO_LANGUAGES_BYTES} bytes over its size in English only ` +
        `(at most ${TWO_LANGUAGES_ALLOWANCE_BYTES} bytes).`,
    );
}
