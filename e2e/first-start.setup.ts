// The first start, as a new owner meets it: the server printed a one-time link; open it, choose
// a name, an email and a password. Then the owner invites the people the other journeys act as,
// and each accepts in a browser of their own. Their signed-in states and API tokens are left
// under .tmp (see support/accounts.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test as setup } from '@playwright/test';
import { PASSWORD, PEOPLE, SERVER_LOG, stateOf, tokensFile, type Person } from './support/accounts';
import { expectNoSeriousA11yViolations } from './support/axe';

async function printedLink(): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const log = await readFile(SERVER_LOG, 'utf8').catch(() => '');
    const link = /(http:\/\/\S+\/welcome#token=[A-Za-z0-9_-]+)/.exec(log)?.[1];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`The server printed no sign-in link in ${SERVER_LOG}:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

setup('first start: sign in with the printed link, set a password, invite the team', async ({ browser, baseURL }) => {
  const origin = { Origin: baseURL! };
  const link = await printedLink();
  expect(new URL(link).origin).toBe(baseURL);

  const ownerContext = await browser.newContext();
  const page = await ownerContext.newPage();
  await page.goto(link);
  // The link works once; the token leaves the address bar at once.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to your tracker');
  await expect.poll(() => page.url()).not.toContain('token=');
  await expectNoSeriousA11yViolations(page);
  const owner = PEOPLE.owner;
  await page.getByLabel('Your name', { exact: true }).fill(owner.name);
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByRole('banner')).toContainText(owner.name);
  await ownerContext.storageState({ path: stateOf('owner') });

  // The same link a second time signs no one in.
  const again = await browser.newContext();
  const reused = await again.request.post('/api/session/link', {
    data: { token: new URL(link).hash.slice('#token='.length) },
    headers: origin,
  });
  expect(reused.status()).toBe(401);
  await again.close();

  const tokens: Partial<Record<Person, string>> = {};
  for (const person of ['olena', 'marco', 'viewer', 'setup', 'xss'] as const) {
    const { name, email, role } = PEOPLE[person];
    const invite = await ownerContext.request.post('/api/invites', { data: { role }, headers: origin });
    expect(invite.status(), await invite.text()).toBe(201);
    const { token } = (await invite.json()) as { token: string };
    const context = await browser.newContext();
    const accepted = await context.request.post('/api/invites/accept', {
      data: { token, name, email, password: PASSWORD },
      headers: origin,
    });
    expect(accepted.status(), await accepted.text()).toBe(201);
    await context.storageState({ path: stateOf(person) });
    const created = await context.request.post('/api/tokens', {
      data: { name: 'journeys', scope: 'read-write' },
      headers: origin,
    });
    expect(created.status(), await created.text()).toBe(201);
    tokens[person] = ((await created.json()) as { token: string }).token;
    await context.close();
  }
  await writeFile(tokensFile, JSON.stringify(tokens));
  await ownerContext.close();
});
