// Who may change the record, as people meet it: the owner invites an editor from the Admin page,
// the editor joins in a browser of their own, edits, signs out and back in; a viewer and a
// signed-out visitor see no edit controls; a private tracker asks visitors to sign in; a new email
// is confirmed by the link the server prints (it sends no mail) before it signs in.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, SERVER_LOG, stateOf } from './support/accounts';

/** A browser that has never signed in (a new context would otherwise start as the project's editor). */
const SIGNED_OUT = { storageState: { cookies: [], origins: [] } };
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

/** The last confirmation link the server printed for mail to `to` (this server sends no mail). */
async function printedConfirmation(to: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const log = await readFile(SERVER_LOG, 'utf8').catch(() => '');
    const mail =
      log
        .split('\nMail to ')
        .filter((block) => block.startsWith(`${to} `))
        .at(-1) ?? '';
    const link = /(http:\/\/\S+\/confirm-email#token=[A-Za-z0-9_-]+)/.exec(mail)?.[1];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`The server printed no confirmation link for ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The controls only someone who may edit should see, on the list and on a pledge's page. */
async function expectEditControls(page: Page, pledgeId: string, shown: boolean): Promise<void> {
  const count = shown ? 1 : 0;
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'New pledge' })).toHaveCount(count);
  await expect(page.getByRole('link', { name: /Add from article/ })).toHaveCount(count);
  await page.goto(`/pledges/${pledgeId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Mark|Change) verdict/ })).toHaveCount(count);
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(count);
  await expect(page.getByRole('button', { name: /Move to trash/ })).toHaveCount(count);
}

test.describe('accounts', () => {
  test('the owner invites an editor, who joins in another browser, edits, signs out and back in', async ({
    browser,
    request,
  }) => {
    const pledge = await createPledge(request, { title: `Invite journey ${Date.now().toString(36)}` });
    const owner = await browser.newContext({ storageState: stateOf('owner') });
    const newcomer = await browser.newContext(SIGNED_OUT);
    try {
      const admin = await owner.newPage();
      await admin.goto('/admin');
      await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(admin.getByRole('table')).toContainText('Olena');
      await expectNoSeriousA11yViolations(admin);
      const form = admin.getByRole('form', { name: 'New invite' });
      await form.getByLabel('Role').selectOption('editor');
      await form.getByLabel('Note (optional)').fill('For Nadia, the night desk');
      await form.getByRole('button', { name: 'Create invite link' }).click();
      const link = await admin.getByRole('textbox', { name: 'Invite link' }).inputValue();
      // The invite opens in the inviter's language.
      expect(link).toMatch(/\/invite\?lang=en#token=[A-Za-z0-9_-]+$/);
      await expect(admin.getByRole('list', { name: 'Pending invites' })).toContainText('For Nadia, the night desk');

      // A second browser: the invite says who invited whom, as what.
      const page = await newcomer.newPage();
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join this pledge tracker');
      await expect(page.getByRole('main')).toContainText('Iryna invited you as an editor');
      await expectNoSeriousA11yViolations(page);
      const email = `nadia-${Date.now().toString(36)}@example.org`;
      await page.getByLabel('Your name', { exact: true }).fill('Nadia');
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(PASSWORD);
      await page.getByRole('button', { name: 'Join and sign in' }).click();
      await expect(page.getByRole('banner')).toContainText('Nadia');

      // She can edit: mark a verdict, and the history names her.
      await page.goto(`/pledges/${pledge.id}`);
      await page.getByRole('button', { name: /^Mark verdict/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: /^Broken/ }).check();
      await dialog.getByLabel('Link', { exact: true }).fill('https://example.org/nadia');
      await dialog.getByRole('button', { name: 'Save verdict' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('section', { has: page.getByRole('heading', { name: 'History' }) })).toContainText(
        'Nadia',
      );

      // The invite was used: it is no longer pending, and the link does not work again.
      await admin.reload();
      await expect(admin.getByRole('table')).toContainText(email);
      await expect(admin.getByText('For Nadia, the night desk')).toHaveCount(0);
      const again = await browser.newContext(SIGNED_OUT);
      const reusedPage = await again.newPage();
      await reusedPage.goto(link);
      await expect(reusedPage.getByRole('heading', { level: 1 })).toHaveText('This invite link no longer works');
      await again.close();

      // Sign out: the edit controls go, and a Sign in link is offered.
      await page.getByRole('banner').getByRole('button', { name: /Nadia/ }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
      await expectEditControls(page, pledge.id, false);

      // A wrong password says so; the right one signs her back in, back where she was.
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
      await expectNoSeriousA11yViolations(page);
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill('not her password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').first()).toContainText(/email and password do not match/);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('banner')).toContainText('Nadia');
      await expect(page).toHaveURL(new RegExp(`/pledges/${pledge.id}$`));
      await expectEditControls(page, pledge.id, true);
    } finally {
      await owner.close();
      await newcomer.close();
    }
  });

  test('a viewer and a signed-out visitor see no edit controls; an editor does', async ({ browser, page, request }) => {
    const pledge = await createPledge(request);
    await expectEditControls(page, pledge.id, true);
    for (const storageState of [stateOf('viewer'), undefined]) {
      const context = await browser.newContext(storageState ? { storageState } : SIGNED_OUT);
      try {
        const other = await context.newPage();
        await expectEditControls(other, pledge.id, false);
        // Where the page offered to edit, an address typed by hand explains instead of a broken form.
        await other.goto('/pledges/new');
        await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('New pledge');
        await expectNoSeriousA11yViolations(other);
      } finally {
        await context.close();
      }
    }
  });

  test('a private tracker asks visitors to sign in, and says nothing of its pledges', async ({ browser, baseURL }) => {
    const owner = await browser.newContext({ storageState: stateOf('owner') });
    const visitor = await browser.newContext(SIGNED_OUT);
    const origin = { Origin: baseURL! };
    try {
      const admin = await owner.newPage();
      await admin.goto('/admin');
      const form = admin.getByRole('form', { name: 'Who may read' });
      await form.getByRole('radio', { name: /^Private/ }).check();
      await form.getByRole('button', { name: 'Make it private' }).click();
      await expect(admin.getByRole('region', { name: 'Notifications' })).toContainText('The tracker is private');

      const page = await visitor.newPage();
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This tracker is private');
      await expect(page.getByText('Put the security guarantees for Ukraine in writing')).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
      expect((await visitor.request.get('/api/pledges')).status()).toBe(401);
      // Link previews say nothing either.
      const html = await (await visitor.request.get('/pledges/security-guarantees-in-writing')).text();
      expect(html).not.toContain('security guarantees');

      // The viewer reads it.
      const viewer = await browser.newContext({ storageState: stateOf('viewer') });
      const viewerPage = await viewer.newPage();
      await viewerPage.goto('/');
      await expect(viewerPage.getByRole('article').first()).toContainText(
        'Put the security guarantees for Ukraine in writing',
      );
      await viewer.close();
    } finally {
      // Public again for the journeys that follow, whatever happened above.
      const restored = await owner.request.put('/api/settings', { data: { visibility: 'public' }, headers: origin });
      expect(restored.status()).toBe(200);
      await owner.close();
      await visitor.close();
    }
  });

  test('a new email waits for the link sent to it, then signs in instead of the old one', async ({
    browser,
    baseURL,
  }) => {
    const stamp = Date.now().toString(36);
    const first = `mover-${stamp}@example.org`;
    const next = `moved-${stamp}@example.org`;
    const owner = await browser.newContext({ storageState: stateOf('owner') });
    const mover = await browser.newContext(SIGNED_OUT);
    const elsewhere = await browser.newContext(SIGNED_OUT);
    try {
      const invite = await owner.request.post('/api/invites', {
        data: { role: 'viewer' },
        headers: { Origin: baseURL! },
      });
      const { token } = (await invite.json()) as { token: string };
      const joined = await mover.request.post('/api/invites/accept', {
        data: { token, name: `Mover ${stamp}`, email: first, password: PASSWORD },
        headers: { Origin: baseURL! },
      });
      expect(joined.status(), await joined.text()).toBe(201);

      const page = await mover.newPage();
      await page.goto('/account');
      const section = page.getByRole('region', { name: 'Email' });
      await expect(section).toContainText(`You sign in with ${first}.`);
      await section.getByLabel('New email').fill(next);
      await section.getByRole('button', { name: 'Change email' }).click();
      await expect(section.getByRole('status')).toContainText(`A link to confirm ${next} was sent`);
      await expectNoSeriousA11yViolations(page);

      // Opened in another browser, signed out: the link confirms the change once.
      const link = await printedConfirmation(next);
      expect(new URL(link).origin).toBe(baseURL);
      const confirm = await elsewhere.newPage();
      await confirm.goto(link);
      await expect(confirm.getByRole('heading', { level: 1 })).toHaveText('Your email is changed');
      await expect.poll(() => confirm.url()).not.toContain('token=');
      await expectNoSeriousA11yViolations(confirm);

      await confirm.goto('/sign-in');
      await confirm.getByLabel('Email', { exact: true }).fill(first);
      await confirm.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await confirm.getByRole('button', { name: 'Sign in' }).click();
      await expect(confirm.getByRole('alert').first()).toContainText(/email and password do not match/);
      await confirm.getByLabel('Email', { exact: true }).fill(next);
      await confirm.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await confirm.getByRole('button', { name: 'Sign in' }).click();
      await expect(confirm.getByRole('banner')).toContainText(`Mover ${stamp}`);
    } finally {
      await owner.close();
      await mover.close();
      await elsewhere.close();
    }
  });
});
