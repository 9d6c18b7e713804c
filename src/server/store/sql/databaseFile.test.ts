// The server's file is checked before it is written: a damaged, foreign or misplaced database is
// refused with one line that says what to do, and the file is left byte for byte as it was.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '@server/seed/seed';
import { DatabaseFileError, isNotWritable, notWritableError } from './databaseFile';
import { openSqlStore } from './sqlStore';

const PAGE = 4096;
let dir: string;

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A valid tracker file with the seeded pledges, closed cleanly (no -wal left). */
async function validFile(name: string): Promise<string> {
  const path = join(dir, name);
  const store = await openSqlStore({ path });
  await seedIfEmpty(store, Date.parse('2025-08-20T12:00:00Z'));
  await store.close();
  return path;
}

/** Overwrites one page with bytes that are no B-tree page, as a failing disk would. */
function damagePage(path: string, page: number): void {
  const fd = openSync(path, 'r+');
  const junk = Buffer.alloc(PAGE, 0);
  for (let i = 0; i < PAGE; i++) junk[i] = (i * 131 + 17) % 251;
  writeSync(fd, junk, 0, PAGE, PAGE * page);
  closeSync(fd);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pledge-dbfile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('opening the database file', () => {
  it('opens a valid file as before', async () => {
    const path = await validFile('valid.db');
    const store = await openSqlStore({ path });
    expect(await store.isEmpty()).toBe(false);
    await store.close();
  });

  it('refuses a file with a damaged page, and leaves it exactly as it was', async () => {
    const path = await validFile('damaged.db');
    damagePage(path, 2);
    const before = sha(path);
    const attempt = openSqlStore({ path });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseFileError);
    await expect(attempt).rejects.toThrow(
      /^DATABASE_PATH=.*damaged\.db is damaged .*has not changed it\. Restore it from your backup/,
    );
    await attempt.catch((error: Error) => expect(error.message).not.toContain('\n'));
    expect(sha(path)).toBe(before);
    expect([existsSync(`${path}-wal`), existsSync(`${path}-shm`)]).toEqual([false, false]);
  });

  it('refuses a file that is not a database', async () => {
    const path = join(dir, 'garbage.db');
    writeFileSync(path, Buffer.from('this is a shopping list, not a database\n'.repeat(200)));
    const before = sha(path);
    await expect(openSqlStore({ path })).rejects.toThrow(/garbage\.db is not an SQLite database\. .*Restore it/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a folder where the file should be', async () => {
    const path = join(dir, 'a-folder.db');
    mkdirSync(path);
    await expect(openSqlStore({ path })).rejects.toThrow(
      /a-folder\.db is a folder, not a database file\. Set DATABASE_PATH to a file path/,
    );
  });

  it('names the parent that is a file, instead of failing in mkdir', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const path = join(file, 'deeper', 'pledges.db');
    await expect(openSqlStore({ path })).rejects.toThrow(
      new RegExp(`^DATABASE_PATH=${path}: ${file} is a file, not a folder`),
    );
  });

  it('words a file or folder it may not write as one line with the fix', () => {
    for (const code of ['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'EACCES', 'EROFS']) {
      expect(isNotWritable(Object.assign(new Error('no'), { code }))).toBe(true);
    }
    expect(isNotWritable(Object.assign(new Error('no'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false);
    const message = notWritableError('/srv/p.db', new Error('attempt to write a readonly database')).message;
    expect(message).toBe(
      "DATABASE_PATH=/srv/p.db cannot be written (attempt to write a readonly database). Give the server's user write access to the file and its folder (SQLite writes -wal and -shm files beside it), or set DATABASE_PATH to a writable place.",
    );
    expect(message).not.toContain('\n');
  });
});

describe('the server started on a bad file', () => {
  it('exits with one line naming the variable and the fix, no stack, no owner link', async () => {
    const path = join(dir, 'start-garbage.db');
    writeFileSync(path, Buffer.alloc(8192, 7));
    const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, DATABASE_PATH: path, PORT: '0', HOST: '127.0.0.1' },
      timeout: 30_000,
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Pledge Tracker could not start: DATABASE_PATH=${path} is not an SQLite database. The server has not changed it. Restore it from your backup, or point DATABASE_PATH at another file.`,
    );
    expect(result.stdout).not.toContain('welcome');
  }, 40_000);
});
