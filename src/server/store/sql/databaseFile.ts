// Before the server writes anything into its SQLite file, make sure the file is one it may use:
// a damaged file must be restored from a backup, not written to (a write can spread the damage,
// and the next backup would copy it). Each problem becomes one line that names the variable, the
// path and what to do, instead of a stack trace.
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** A start-up problem with the database file, worded for the person starting the server. */
export class DatabaseFileError extends Error {
  override readonly name = 'DatabaseFileError';
}

const RESTORE = 'Restore it from your backup, or point DATABASE_PATH at another file';

/** What is at a path: nothing, a file, a folder (or another kind of thing). */
function kindAt(path: string): 'none' | 'file' | 'directory' | 'other' {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    // ENOTDIR: something on the way is a file; the walk up in checkParents names it.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'none';
    throw error;
  }
}

/** The folders above the file must be folders (or not exist yet: they are created). */
function checkParents(path: string): void {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const kind = kindAt(dir);
    if (kind === 'directory') return;
    if (kind !== 'none') {
      throw new DatabaseFileError(
        `DATABASE_PATH=${path}: ${dir} is a file, not a folder, so the database cannot be kept below it. Move that file away or set DATABASE_PATH to a path inside a folder.`,
      );
    }
    if (dirname(dir) === dir) return;
  }
}

/**
 * Throws a DatabaseFileError when the database at `path` cannot be used: a folder where the file
 * should be, a parent that is a file, a file that is not a database, or a damaged database
 * (PRAGMA quick_check). Opens an existing file read-only, so a bad file is left exactly as it was.
 */
export function checkDatabaseFile(path: string): void {
  if (path === ':memory:') return;
  checkParents(path);
  const kind = kindAt(path);
  if (kind === 'none') return;
  if (kind !== 'file') {
    throw new DatabaseFileError(
      `DATABASE_PATH=${path} is a ${kind === 'directory' ? 'folder' : 'special file'}, not a database file. Set DATABASE_PATH to a file path such as ${path.replace(/\/+$/, '')}/pledges.db.`,
    );
  }
  // Even a read-only connection to a WAL database makes its -wal and -shm files: take away the
  // ones this check made, so a refused file is left as it was found.
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  let problem: string | undefined;
  let database: BetterSqlite3.Database | undefined;
  try {
    database = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const rows = database.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    // SQLite heads its findings with "*** in database main ***" and may span lines: one line is kept.
    const findings = rows
      .flatMap((row) => row.quick_check.split('\n'))
      .map((text) => text.trim())
      .filter((text) => text && text !== 'ok' && !text.startsWith('***'));
    if (findings.length)
      problem = `is damaged (PRAGMA quick_check: ${findings[0]}${findings.length > 1 ? ` and ${findings.length - 1} more` : ''})`;
  } catch (error) {
    problem = describeOpenError(error);
  } finally {
    database?.close();
    if (problem) for (const file of sidecars) rmSync(file, { force: true });
  }
  if (problem)
    throw new DatabaseFileError(`DATABASE_PATH=${path} ${problem}. The server has not changed it. ${RESTORE}.`);
}

function describeOpenError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return 'is not an SQLite database';
  if (code === 'SQLITE_CORRUPT') return `is damaged (${message})`;
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH')
    return `cannot be opened for reading (${message})`;
  return `cannot be read (${code ?? 'error'}: ${message})`;
}

/** Whether an error from opening or migrating the store means the file or its folder is not writable. */
export function isNotWritable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return [
    'SQLITE_READONLY',
    'SQLITE_READONLY_DIRECTORY',
    'SQLITE_CANTOPEN',
    'SQLITE_PERM',
    'EACCES',
    'EPERM',
    'EROFS',
  ].includes(code);
}

/** The one line for a database the server may read but not write (or a folder it may not create). */
export function notWritableError(path: string, error: unknown): DatabaseFileError {
  const detail = error instanceof Error ? error.message : String(error);
  return new DatabaseFileError(
    `DATABASE_PATH=${path} cannot be written (${detail}). Give the server's user write access to the file and its folder (SQLite writes -wal and -shm files beside it), or set DATABASE_PATH to a writable place.`,
  );
}
