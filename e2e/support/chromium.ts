// Which Chromium the journeys drive, and how. Playwright cannot download its own browser here,
// so we prefer an explicit path, then Debian's package, then Playwright's own (where it exists).
import { existsSync } from 'node:fs';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined; // Playwright's bundled browser, if one was installed
}

/** Flags that keep Chromium from calling anywhere outside this machine. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
