// Once per vitest run: is there a real PostgreSQL server for the PostgreSQL store's tests?
// TEST_DATABASE_URL names one; otherwise one answering on 127.0.0.1:5432 (trust auth, user
// postgres, as on our machines) is used. The answer is printed, so the run says which ran and
// why the rest were skipped, and handed to the test files (see src/server/testing/postgresTargets.ts).
import pg from 'pg';
import type { TestProject } from 'vitest/node';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>('select current_setting($$server_version$$) as v');
    return rows[0]?.v ?? '?';
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  const url = given || LOCAL;
  const version = await answers(url);
  const where = given ? 'TEST_DATABASE_URL' : '127.0.0.1:5432';
  const reason = version
    ? `PostgreSQL ${version} at ${where}`
    : given
      ? `TEST_DATABASE_URL does not answer`
      : `no PostgreSQL answers on 127.0.0.1:5432 and TEST_DATABASE_URL is not set`;
  project.provide('postgresServer', version ? url : null);
  project.provide('postgresServerReason', reason);
  console.log(
    version
      ? `PostgreSQL store tests: on PGlite, and on the server (${reason}).`
      : `PostgreSQL store tests: on PGlite; on a server skipped (${reason}).`,
  );
}
