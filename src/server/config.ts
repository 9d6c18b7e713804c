// The server's configuration, read from the environment and validated once at start: a bad
// value stops the server with a message naming the variable, before anything is opened.
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_READS_PER_MINUTE } from './readLimit';

/** PostgreSQL connections per instance: a few queries of a request at once, times some concurrency, well under the server's 100. */
export const DEFAULT_POOL_SIZE = 10;

const PORT_MESSAGE = 'Use a whole number from 0 to 65535 (0 picks a free port)';

const envSchema = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, PORT_MESSAGE)
    .transform(Number)
    .refine((n) => n <= 65535, PORT_MESSAGE)
    .default(3000),
  DATABASE_PATH: z.string().trim().min(1).default('./data/pledges.db'),
  /** postgres:// or postgresql://: the PostgreSQL store instead of SQLite at DATABASE_PATH. */
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => {
      try {
        const url = new URL(v);
        return ['postgres:', 'postgresql:'].includes(url.protocol) && url.hostname !== '';
      } catch {
        return false;
      }
    }, 'Use a PostgreSQL URL such as postgres://user:password@host:5432/pledges (or leave it unset for SQLite)')
    .optional(),
  /** Connections each instance keeps to PostgreSQL at most. */
  DATABASE_POOL_SIZE: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'Use a whole number from 1 to 1000')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1000, 'Use a whole number from 1 to 1000')
    .default(DEFAULT_POOL_SIZE),
  /** 1 or true when a reverse proxy in front terminates HTTPS and sets X-Forwarded-Proto. */
  TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['0', '1', 'true', 'false'].includes(v), 'Use 1 (a proxy in front sets X-Forwarded-Proto) or 0')
    .transform((v) => v === '1' || v === 'true')
    .default(false),
  /** Writes each signed-in user may make per minute (then 429 with Retry-After); 0 turns the limit off. */
  WRITES_PER_MINUTE: z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, 'Use a whole number (0 turns the limit off)')
    .transform(Number)
    .default(120),
  /** Anonymous reads per network address per minute (then 429 with Retry-After); 0 turns the limit off. */
  READS_PER_MINUTE: z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, 'Use a whole number (0 turns the limit off)')
    .transform(Number)
    .default(DEFAULT_READS_PER_MINUTE),
  /** The address people use to reach the server (behind a proxy), for the links it prints. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'Use an http(s) address such as https://pledges.example.org' })
    .transform((u) => new URL(u).origin)
    .optional(),
  /** Pins the server clock to an instant. For tests only: production reads the real clock. */
  FIXED_NOW: z.iso
    .datetime({ offset: true, message: 'Use an ISO instant such as 2025-09-01T12:00:00Z' })
    .transform((s) => Date.parse(s))
    .optional(),
});

export interface ServerConfig {
  host: string;
  port: number;
  /** Absolute path of the SQLite file. */
  databasePath: string;
  /** Set when DATABASE_URL selects PostgreSQL: then the SQLite file is not used. */
  postgres?: { url: string; poolSize: number };
  /** Epoch ms the clock is pinned to, if FIXED_NOW is set. */
  fixedNowMs?: number;
  /** Trust X-Forwarded-Proto / -Host / -For (HSTS, Secure cookies, origin checks, client addresses behind an HTTPS proxy). */
  trustProxy: boolean;
  /** Writes per user per minute; false when the limit is off. */
  writesPerMinute: number | false;
  /** The origin printed in sign-in links, when it is not the listening address. */
  publicUrl?: string;
  /** Anonymous reads per address per minute; false when the limit is off. */
  readsPerMinute: number | false;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/** A value as an error message may repeat it: a URL's password is not repeated. */
function shown(name: string, value: string): string {
  return name === 'DATABASE_URL' ? value.replace(/(\/\/[^/@:]*:)[^@/]*@/, '$1***@') : value;
}

export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ConfigResult {
  // An empty variable (PORT=) means "not set", as in most tools.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join('.')}=${JSON.stringify(shown(String(issue.path[0]), env[String(issue.path[0])] ?? ''))}: ${issue.message}`,
    );
    return { ok: false, message: `Invalid configuration:\n${lines.join('\n')}` };
  }
  const {
    HOST,
    PORT,
    DATABASE_PATH,
    DATABASE_URL,
    DATABASE_POOL_SIZE,
    FIXED_NOW,
    TRUST_PROXY,
    WRITES_PER_MINUTE,
    READS_PER_MINUTE,
    PUBLIC_URL,
  } = parsed.data;
  return {
    ok: true,
    config: {
      host: HOST,
      port: PORT,
      databasePath: DATABASE_PATH === ':memory:' ? DATABASE_PATH : resolve(cwd, DATABASE_PATH),
      ...(DATABASE_URL !== undefined ? { postgres: { url: DATABASE_URL, poolSize: DATABASE_POOL_SIZE } } : {}),
      ...(FIXED_NOW !== undefined ? { fixedNowMs: FIXED_NOW } : {}),
      trustProxy: TRUST_PROXY,
      writesPerMinute: WRITES_PER_MINUTE === 0 ? false : WRITES_PER_MINUTE,
      readsPerMinute: READS_PER_MINUTE === 0 ? false : READS_PER_MINUTE,
      ...(PUBLIC_URL !== undefined ? { publicUrl: PUBLIC_URL } : {}),
    },
  };
}
