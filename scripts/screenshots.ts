// Retakes the README's screenshots (docs/*.png) from a fresh tracker, as `npm start` makes it: the
// same start (scripts/start.mjs, which builds what is out of date), a new database seeded with the
// summit's pledges and nothing else, its owner signed in with the printed one-time link. Light
// theme, 1280 px wide.
//
//   npm run screenshots
//
// The tracker lives in a temporary folder and is gone afterwards; the server listens on
// 127.0.0.1 on a free port. "Today" is the real date, as a reader of the README meets it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';

const OUT = 'docs';
const VIEWPORT = { width: 1280, height: 800 };
const OWNER = { name: 'Iryna', email: 'iryna@example.org', password: 'Signal-Lantern-Orchard-47' };
const GUARANTEES = 'security-guarantees-in-writing';

interface Started {
  server: ChildProcess;
  origin: string;
  welcome: string;
}

/** Starts the tracker on a free port and waits for the address and the one-time link it prints. */
function startServer(databasePath: string): Promise<Started> {
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    // A start after a change builds the web app and the server first.
    const timer = setTimeout(() => reject(new Error(`The server printed no sign-in link:\n${out}`)), 300_000);
    server.once('exit', (code) => reject(new Error(`The server stopped (${code}):\n${out}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const origin = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      const welcome = /(http:\/\/\S+\/welcome#token=[A-Za-z0-9_-]+)/.exec(out)?.[1];
      if (origin && welcome) {
        clearTimeout(timer);
        resolve({ server, origin, welcome });
      }
    });
  });
}

/** The owner's first visit: the printed link, then a name, an email and a password. */
async function becomeOwner(page: Page, welcome: string): Promise<void> {
  await page.goto(welcome);
  await page.getByLabel('Your name', { exact: true }).fill(OWNER.name);
  await page.getByLabel('Email', { exact: true }).fill(OWNER.email);
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Password again').fill(OWNER.password);
  await page.getByRole('button', { name: 'Save and start' }).click();
  await page.getByRole('banner').getByText(OWNER.name).waitFor();
}

/** Waits until fonts are in and nothing moves, then writes docs/<name>.png. */
async function shoot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {},
): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`), ...options });
  console.log(`  ${OUT}/${name}.png`);
}

/** The list as it opens, tall enough to show the filters and the first pledges. */
async function home(page: Page): Promise<void> {
  await page.setViewportSize({ width: VIEWPORT.width, height: 1000 });
  await page.goto('/');
  await page.getByRole('article').first().waitFor();
  await shoot(page, 'screenshot');
  await page.setViewportSize(VIEWPORT);
}

/** The timeline fitted to the seeded windows: from the view's switch to the pledges without a deadline. */
async function timeline(page: Page): Promise<void> {
  await page.goto('/?view=timeline&zoom=fit');
  const region = page.getByRole('region', { name: 'Timeline' });
  await region.getByRole('list', { name: 'Pledges on the timeline' }).getByRole('link').first().waitFor();
  const top = (await page.getByRole('group', { name: 'Show the view as' }).boundingBox())!.y - 12;
  const bottom = (await region.boundingBox())!;
  await shoot(page, 'timeline', {
    fullPage: true,
    clip: { x: 0, y: top, width: VIEWPORT.width, height: bottom.y + bottom.height + 24 - top },
  });
}

/** Two tabs edit the guarantees; the second to save meets the conflict screen. */
async function conflict(context: BrowserContext): Promise<void> {
  const [mine, theirs] = [await context.newPage(), await context.newPage()];
  for (const page of [mine, theirs]) {
    await page.goto(`/pledges/${GUARANTEES}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Edit pledge' }).waitFor();
  }
  await theirs.getByLabel('Title', { exact: true }).fill('Write the guarantees into a treaty text');
  await theirs.getByLabel('Tags', { exact: true }).fill('security-guarantees, ukraine, treaty');
  await theirs.getByRole('button', { name: 'Save changes' }).click();
  await theirs.getByRole('heading', { level: 1, name: 'Write the guarantees into a treaty text' }).waitFor();

  await mine.getByLabel('Title', { exact: true }).fill('Put the security guarantees in writing, with the allies');
  await mine.getByLabel('Tags', { exact: true }).fill('security-guarantees, ukraine, allies');
  const quote = mine.getByLabel('Quote', { exact: true });
  await quote.fill(`${await quote.inputValue()}, officials said`);
  await mine.getByRole('button', { name: 'Save changes' }).click();
  await mine.getByRole('region', { name: 'Someone else saved this pledge while you were editing' }).waitFor();
  await mine.evaluate(() => window.scrollTo(0, 0));
  await shoot(mine, 'conflict', { fullPage: true });
}

/** The Admin page with an invite just made: its link shown once, and waiting to be used. */
async function admin(page: Page): Promise<void> {
  await page.goto('/admin');
  await page.getByLabel('Note (optional)').fill('For Nadia, the night desk');
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await page.getByRole('button', { name: 'Copy' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'admin', { fullPage: true });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-screenshots-'));
  const { server, origin, welcome } = await startServer(join(dir, 'pledges.db'));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    console.log(`A fresh tracker at ${origin}; writing:`);
    const context = await browser.newContext({ baseURL: origin, viewport: VIEWPORT, colorScheme: 'light' });
    const page = await context.newPage();
    await becomeOwner(page, welcome);
    await home(page);
    await timeline(page);
    await admin(page);
    // Last: it changes the guarantees' title, which the other pictures show as seeded.
    await conflict(context);
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
