// Stopping the real server process as a process manager or a load balancer's rollout does: on
// SIGTERM it takes no new connections, finishes the request in flight, closes the database, and
// exits 0. Over loopback, with the entry the production start runs (here through tsx).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

function start(databasePath: string): Promise<Running> {
  const child = spawn(process.execPath, [TSX, 'src/server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /running at http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port), output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`the server exited (${code}) before it listened:\n${output}`)));
  });
}

function connectTo(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('shutting down', () => {
  let dir = '';
  let running: Running | undefined;
  afterEach(() => {
    running?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the request in flight, refuses new connections, closes the database and exits 0', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pledge-shutdown-'));
    const databasePath = join(dir, 'tracker.db');
    running = await start(databasePath);
    const { port } = running;

    // A sign-in whose body has not all arrived yet: the request is in flight.
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not the password at all' });
    const socket = await connectTo(port);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.write(
      `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await until(200);
    expect(answer).toBe('');

    running.child.kill('SIGTERM');
    await until(300);
    expect(running.child.exitCode).toBeNull();
    await expect(connectTo(port)).rejects.toThrow(/ECONNREFUSED/);

    socket.write(body.slice(10));
    const code = await running.exited;
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer).toContain('"code":"unauthenticated"');
    expect(running.output()).toContain('SIGTERM: shutting down.');
    expect(code).toBe(0);
    // A cleanly closed SQLite database folds its write-ahead log back into the file.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    socket.destroy();
  }, 30_000);
});
