// The compiled server as separate Node processes, as a deployment runs it behind a load balancer:
// built once (scripts/start.mjs --build-only, which rebuilds only what changed), each instance on
// 127.0.0.1 with a port the system picks (PORT=0), its log kept for the test to read. Every
// process started here is killed when the test file ends, and when the test process exits.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../../../build/server/main.js', import.meta.url));
/** How long one instance may take to migrate, seed and listen on a busy machine. */
const START_MS = 30_000;

/** Builds the server into build/server/ unless it is current; throws with the build's output when it fails. */
export function buildServer(): void {
  const result = spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Building the server failed:\n${result.stdout}\n${result.stderr}`);
}

export interface Instance {
  readonly name: string;
  /** http://127.0.0.1:<port>, as the instance printed it. */
  readonly origin: string;
  readonly pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  log(): string;
  /** Sends `signal` and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();
// A crashed or interrupted test run must not leave servers behind: kill them as the process exits.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts one instance of the built server with `env` added to this process's; resolves once it listens. */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--enable-source-maps', ENTRY], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);

  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not listen within ${START_MS / 1000} s`), START_MS);
    function fail(why: string) {
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.kill('SIGKILL');
      reject(new Error(`Instance ${name} ${why}. Its log:\n${output}`));
    }
    function check() {
      const m = /is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.off('exit', onExit);
      resolve(m[1]!);
    }
    function onExit(code: number | null, signal: string | null) {
      fail(`exited (${signal ?? `code ${code}`}) before listening`);
    }
    child.stdout!.on('data', check);
    child.once('exit', onExit);
  });

  return {
    name,
    origin,
    pid: child.pid!,
    log: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      const done = exited(child);
      child.kill(signal);
      await done;
    },
  };
}

/** Kills every instance still running (SIGKILL: a test's cleanup need not wait for a graceful stop). */
export async function killAllInstances(): Promise<void> {
  const children = [...running];
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(children.map(exited));
}
