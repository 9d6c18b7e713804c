import { expect, test, type Browser, type Page } from '@playwright/test';
import { stateOf } from './support/accounts';
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

/** Olena and Marco, each signed in in a browser of their own, both on `path`. */
async function bothOn(browser: Browser, path: string, run: (olena: Page, marco: Page) => Promise<void>) {
  const contexts = await Promise.all([
    browser.newContext({ storageState: stateOf('olena') }),
    browser.newContext({ storageState: stateOf('marco') }),
  ]);
  try {
    const [a, b] = await Promise.all(contexts.map((c) => c.newPage()));
    for (const page of [a!, b!]) await page.goto(path);
    await run(a!, b!);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
}

/** Opens the verdict dialog and fills it; leaves it open, unsaved. */
async function writeVerdict(page: Page, verdict: RegExp, url: string, note: string) {
  await page.getByRole('button', { name: /^Mark verdict/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: verdict }).check();
  await dialog.getByLabel('Link', { exact: true }).fill(url);
  await dialog.getByLabel('Note').fill(note);
  return dialog;
}

test.describe('two editors, one pledge', () => {
  test('the second to save sees both changes field by field, chooses, and nothing is lost', async ({
    browser,
    request,
  }) => {
    const pledge = await createPledge(request, { title: `Shared pledge ${Date.now().toString(36)}`, tags: ['shared'] });
    const olena = await browser.newContext({ storageState: stateOf('olena') });
    const marco = await browser.newContext({ storageState: stateOf('marco') });
    try {
      const a = await olena.newPage();
      const b = await marco.newPage();
      for (const page of [a, b]) {
        await page.goto(`/pledges/${pledge.id}`);
        await page.getByRole('link', { name: 'Edit', exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Edit pledge' })).toBeVisible();
      }

      // Olena saves first: a new title and a tag.
      await a.getByLabel('Title in English', { exact: true }).fill(`${pledge.title} (Olena)`);
      await a.getByLabel('Tags', { exact: true }).fill('shared, guarantees');
      await a.getByRole('button', { name: 'Save changes' }).click();
      await expect(a.getByRole('heading', { level: 1 })).toHaveText(`${pledge.title} (Olena)`);

      // Marco, still on the version he loaded, changes the title too, and the quote.
      await b.getByLabel('Title in English', { exact: true }).fill(`${pledge.title} (Marco)`);
      await b
        .getByLabel('Quote', { exact: true })
        .fill('We will deliver the report within ten days, the minister said.');
      await b.getByRole('button', { name: 'Save changes' }).click();
      const panel = b.getByRole('region', { name: 'Someone else saved this pledge while you were editing' });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('radiogroup', { name: 'Title' })).toContainText(`(Olena)`);
      await expect(panel.getByRole('radiogroup', { name: 'Title' })).toContainText(`(Marco)`);
      await expect(panel).toContainText('Their changes, kept');
      await expect(panel).toContainText('Tags: shared → shared, guarantees');
      await expectNoSeriousA11yViolations(b);
      // Keyboard alone: into the title's choice, pick "Keep mine", then save.
      await panel.getByRole('radio', { name: /Keep mine/ }).focus();
      await b.keyboard.press('Space');
      await panel.getByRole('button', { name: 'Save the merged pledge' }).press('Enter');
      await expect(b.getByRole('heading', { level: 1 })).toHaveText(`${pledge.title} (Marco)`);

      // Everyone's work is there: Marco's title and quote, Olena's tag, and both in the history.
      const stored = await (await request.get(`/api/pledges/${pledge.id}`)).json();
      expect(stored).toMatchObject({
        title: `${pledge.title} (Marco)`,
        tags: ['shared', 'guarantees'],
        quote: 'We will deliver the report within ten days, the minister said.',
        version: 3,
      });
      const history = await (await request.get(`/api/pledges/${pledge.id}/history`)).json();
      expect(history.items.map((e: { actor: string }) => e.actor)).toEqual(['Journey setup', 'Olena', 'Marco']);
    } finally {
      await olena.close();
      await marco.close();
    }
  });

  test('a verdict over a change that left the verdict alone is saved on top of it', async ({ browser, request }) => {
    const pledge = await createPledge(request, {
      title: `Verdict on top ${Date.now().toString(36)}`,
      tags: ['shared'],
    });
    await bothOn(browser, `/pledges/${pledge.id}`, async (olena, marco) => {
      const dialog = await writeVerdict(marco, /^Fulfilled/, 'https://example.org/report-out', 'Published today.');
      // Meanwhile Olena adds a tag.
      await olena.getByRole('link', { name: 'Edit', exact: true }).click();
      await olena.getByLabel('Tags', { exact: true }).fill('shared, reports');
      await olena.getByRole('button', { name: 'Save changes' }).click();
      await expect(olena.getByRole('heading', { level: 1 })).toHaveText(pledge.title);

      await dialog.getByRole('button', { name: 'Save verdict' }).click();
      await expect(marco.getByRole('region', { name: 'Notifications' })).toContainText(
        'with the change someone else saved meanwhile kept',
      );
      const stored = await (await request.get(`/api/pledges/${pledge.id}`)).json();
      expect(stored).toMatchObject({ verdict: 'fulfilled', tags: ['shared', 'reports'], version: 3 });
    });
  });

  test('a verdict someone else set first: the form keeps mine, shows theirs, and I choose', async ({
    browser,
    request,
  }) => {
    const pledge = await createPledge(request, { title: `Verdict race ${Date.now().toString(36)}` });
    await bothOn(browser, `/pledges/${pledge.id}`, async (olena, marco) => {
      const mine = await writeVerdict(marco, /^Fulfilled/, 'https://example.org/report-out', 'Published today.');
      const theirs = await writeVerdict(olena, /^Broken/, 'https://example.org/no-report', 'Nothing came.');
      await theirs.getByRole('button', { name: 'Save verdict' }).click();
      await expect(olena.getByRole('region', { name: 'Notifications' })).toContainText('Marked Broken');

      await mine.getByRole('button', { name: 'Save verdict' }).click();
      const notice = marco.getByRole('region', { name: /^Olena changed the verdict just now/ });
      await expect(notice).toBeVisible();
      await expect(notice).toBeFocused();
      await expect(notice).toContainText(/Verdict:\s*Open\s*→\s*changed to\s*Broken/);
      await expect(notice).toContainText('Evidence: added “example.org”');
      // Their evidence is recorded now, so the field asks for a link to more.
      await expect(mine.getByLabel('Link to more evidence')).toHaveValue('https://example.org/report-out');
      await expect(mine.getByLabel('Note')).toHaveValue('Published today.');
      await expectNoSeriousA11yViolations(marco);

      await mine.getByRole('button', { name: 'Save mine instead' }).click();
      await expect(marco.getByRole('region', { name: 'Notifications' })).toContainText('Marked Fulfilled');
      const stored = await (await request.get(`/api/pledges/${pledge.id}`)).json();
      expect(stored.verdict).toBe('fulfilled');
      expect(stored.evidence.map((e: { url: string }) => e.url)).toEqual([
        'https://example.org/no-report',
        'https://example.org/report-out',
      ]);
      const history = await (await request.get(`/api/pledges/${pledge.id}/history`)).json();
      expect(history.items.map((e: { actor: string }) => e.actor)).toEqual(['Journey setup', 'Olena', 'Marco']);
    });
  });

  test('a pledge moved to the trash while I edit: who and when, Restore, and my changes save', async ({
    browser,
    request,
  }) => {
    const pledge = await createPledge(request, { title: `Trashed meanwhile ${Date.now().toString(36)}` });
    await bothOn(browser, `/pledges/${pledge.id}`, async (olena, marco) => {
      await marco.getByRole('link', { name: 'Edit', exact: true }).click();
      await marco.getByLabel('Title in English', { exact: true }).fill(`${pledge.title} (Marco)`);
      await olena.getByRole('button', { name: 'Move to trash' }).click();
      await expect(olena.getByRole('region', { name: 'Notifications' })).toContainText('is in the trash');

      await marco.getByRole('button', { name: 'Save changes' }).click();
      const notice = marco.locator('.state-panel', {
        has: marco.getByRole('heading', { level: 2, name: 'This pledge is in the trash' }),
      });
      await expect(notice).toContainText('Olena moved this pledge to the trash just now.');
      await expect(notice).toContainText('Your changes are kept below: restore it, then save them.');
      await expect(marco.getByLabel('Title in English', { exact: true })).toHaveValue(`${pledge.title} (Marco)`);
      await expectNoSeriousA11yViolations(marco);

      await notice.getByRole('button', { name: `Restore “${pledge.title}”` }).click();
      await expect(marco.getByText('It is back from the trash. Your changes are still here')).toBeVisible();
      await marco.getByRole('button', { name: 'Save changes' }).click();
      await expect(marco.getByRole('heading', { level: 1 })).toHaveText(`${pledge.title} (Marco)`);
      const history = await (await request.get(`/api/pledges/${pledge.id}/history`)).json();
      expect(history.items.map((e: { kind: string; actor: string }) => `${e.kind} ${e.actor}`)).toEqual([
        'created Journey setup',
        'deleted Olena',
        'restored Marco',
        'updated Marco',
      ]);
    });
  });
});
