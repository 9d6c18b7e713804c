// `npm run copy-data -- --from <SQLite file or postgres:// URL> --to <SQLite file or postgres:// URL>`:
// copies a whole tracker (pledges, history, parties, saved views, accounts, settings) into an
// empty database, then checks that both hold the same record. Moving from SQLite to PostgreSQL:
// create the database, copy, then start the servers with DATABASE_URL. Stop the server on the
// source first, or its writes after the copy's snapshot stay behind.
import { parseArgs } from 'node:util';
import { CopyRefused, copyTracker, type CopiedTable } from './store/copy/copyTracker';
import { openSource, openTarget, parseLocation, sameDatabase, shownLocation } from './store/copy/copySides';
import { differences } from './store/copy/recordSummary';
import { LIMIT_TABLES } from './store/copy/tables';

const USAGE =
  'Usage: npm run copy-data -- --from <SQLite file or postgres:// URL> --to <SQLite file or postgres:// URL>';

const n = (value: number) => value.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  let values: { from?: string; to?: string };
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!values.from?.trim() || !values.to?.trim()) {
    console.error(USAGE);
    return 2;
  }
  const from = parseLocation(values.from.trim());
  const to = parseLocation(values.to.trim());
  if (sameDatabase(from, to)) {
    console.error(`--from and --to name the same database (${shownLocation(from)}): copy into another one.`);
    return 1;
  }
  const source = await openSource(from, `--from ${shownLocation(from)}`);
  try {
    const target = await openTarget(to, `--to ${shownLocation(to)}`);
    try {
      console.log(`Copying ${source.kind} ${shownLocation(from)}\n     to ${target.kind} ${shownLocation(to)}`);
      const report = await copyTracker(source, target, { progress: printTable });
      console.log(`  ${report.indexes.rebuilt} list indexes rebuilt in ${seconds(report.indexes.ms)}`);
      const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
      const pledges = report.tables.find((t) => t.table === 'pledges')?.rows ?? 0;
      console.log(
        `Copied ${n(rows)} rows in ${seconds(report.copyMs)} (${n(pledges)} pledges, ${n(Math.round(pledges / (report.copyMs / 1000)))} a second), in one transaction.`,
      );
      console.log(
        `Not copied: ${LIMIT_TABLES.join(', ')} (sign-in and rate limits start afresh); schema_migrations (the target's own).`,
      );
      console.log(
        `Data version: ${report.dataVersion.source} in the source, ${report.dataVersion.target} in the target.`,
      );
      const problems = differences(report.source, report.target);
      if (problems.length) {
        console.error(
          `Verification FAILED (${seconds(report.verifyMs)}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
        );
        return 1;
      }
      console.log(
        `Verified in ${seconds(report.verifyMs)}: every table has as many rows on both sides, and the record's checksum is equal:\n  ${report.target.checksum}`,
      );
      return 0;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

function printTable({ table, rows, ms }: CopiedTable): void {
  console.log(`  ${table.padEnd(16)} ${n(rows).padStart(10)} rows  ${seconds(ms).padStart(7)}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A refusal or a bad side is one line; anything else (a failure mid-copy) rolled back the target.
    if (error instanceof CopyRefused) console.error(error.message);
    else
      console.error(
        `The copy failed; its transaction on the target rolled back, so nothing was copied: ${error instanceof Error ? error.message : String(error)}`,
      );
    process.exit(1);
  },
);
