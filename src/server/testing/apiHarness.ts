// The API in-process (app.request, no port) over a real SQLite file built by the real
// migrations, in a temporary folder: one database per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type ApiOptions } from '../api/createApi';
import { seedIfEmpty } from '../seed/seed';
import { headerAccess } from './headerAccess';
import { openSqlStore, type SqlStore } from '../store/sql/sqlStore';
import type { PledgeStore } from '../store/types';

export const TEST_NOW = Date.parse('2025-09-01T12:00:00Z');

export interface ApiAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is (a string) instead of JSON.stringify(body). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function openTestApi(
  options: {
    seed?: boolean;
    wrap?: (store: PledgeStore) => PledgeStore;
    logError?: ApiOptions['logError'];
    isStopping?: ApiOptions['isStopping'];
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-api-'));
  const path = join(dir, 'api.db');
  let store: SqlStore = await openSqlStore({ path });
  let nowMs = TEST_NOW;
  if (options.seed !== false) await seedIfEmpty(store, nowMs);
  const build = () =>
    createApi({
      store: options.wrap ? options.wrap(store) : store,
      now: () => nowMs,
      access: headerAccess(),
      writesPerMinute: false,
      ...(options.logError ? { logError: options.logError } : {}),
      ...(options.isStopping ? { isStopping: options.isStopping } : {}),
    });
  let app = build();

  async function call<T = unknown>(method: string, url: string, opts: CallOptions = {}): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const res = await app.request(url, { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
  }

  return {
    get app() {
      return app;
    },
    get store() {
      return store;
    },
    path,
    call,
    setNow(ms: number) {
      nowMs = ms;
    },
    /** Closes the database and opens the same file again, as a restarted server would. */
    async restart() {
      await store.close();
      store = await openSqlStore({ path });
      if (options.seed !== false) await seedIfEmpty(store, nowMs);
      app = build();
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof openTestApi>>;
