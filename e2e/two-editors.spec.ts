import { expect, test } from '@playwright/test';
import { stateOf } from './support/accounts';
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

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
      await a.getByLabel('Title', { exact: true }).fill(`${pledge.title} (Olena)`);
      await a.getByLabel('Tags', { exact: true }).fill('shared, guarantees');
      await a.getByRole('button', { name: 'Save changes' }).click();
      await expect(a.getByRole('heading', { level: 1 })).toHaveText(`${pledge.title} (Olena)`);

      // Marco, still on the version he loaded, changes the title too, and the quote.
      await b.getByLabel('Title', { exact: true }).fill(`${pledge.title} (Marco)`);
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
});
