import { expect, test } from '@playwright/test';
import { asPerson } from './support/accounts';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('keeping the record', () => {
  test('create → edit → move the deadline → partially fulfilled with a delivery → a conflict → revert', async ({
    page,
    request,
  }) => {
    const title = `Deliver 20 air-defence systems ${Date.now().toString(36)}`;

    // Create.
    await page.goto('/pledges/new');
    await page.getByLabel('Title in English', { exact: true }).fill(title);
    await page.getByLabel('Add to pledged by').fill('United States');
    await page.getByLabel('Add to pledged by').press('Enter');
    await page.getByLabel('Add to pledged to').fill('Ukraine');
    await page.getByLabel('Add to pledged to').press('Enter');
    await page.getByLabel('Announced on').fill('2025-08-18');
    await page.getByLabel('Time zone').fill('America/New_York');
    await page.getByLabel('As it was said').fill('by the end of September');
    await page.getByLabel('Amount (optional)').fill('2000000000');
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const id = new URL(page.url()).pathname.split('/').pop()!;

    // Edit: move the deadline later; the page says it slipped.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit pledge' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('radio', { name: 'Dates' }).check();
    await page.getByLabel('Latest', { exact: true }).fill('2025-10-31');
    await page.getByLabel('Words (optional)', { exact: true }).fill('by the end of October');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Changes saved')).toBeVisible();
    await expect(page.getByText('Moved later once; first due by 30 Sep 2025')).toBeVisible();

    // Partially fulfilled, with evidence, and a delivery towards the amount.
    await page.getByRole('button', { name: /^Mark verdict/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Partially fulfilled/ }).check();
    await dialog.getByLabel('Link', { exact: true }).fill('https://example.org/first-systems');
    await dialog.getByLabel('Note').fill('Four systems delivered');
    await dialog.getByRole('button', { name: 'Save verdict' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Record a delivery' }).click();
    const delivery = page.getByRole('form', { name: 'Record a delivery' });
    await delivery.getByLabel('Delivered on').fill('2025-10-15');
    await delivery.getByLabel('Amount (USD)').fill('400,000,000');
    await delivery.getByLabel('What was delivered, in English').fill('Four systems');
    await delivery.getByRole('button', { name: 'Save the delivery' }).click();
    await expect(page.getByRole('progressbar', { name: 'Delivered' })).toHaveAttribute('aria-valuenow', '20');
    await expectNoSeriousA11yViolations(page);

    // Someone else renames it while Olena edits: the conflict screen, and she keeps her title.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Title in English', { exact: true }).fill(`${title} (Olena)`);
    const current = await (await request.get(`/api/pledges/${id}`)).json();
    const other = await request.patch(`/api/pledges/${id}`, {
      data: { title: `${title} (Marco)` },
      headers: { 'If-Match': `"${current.version}"`, ...asPerson('marco') },
    });
    expect(other.status()).toBe(200);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const panel = page.getByRole('region', { name: 'Someone else saved this pledge while you were editing' });
    await panel.getByRole('radio', { name: /Keep mine/ }).check();
    await panel.getByRole('button', { name: 'Save the merged pledge' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (Olena)`);

    // Revert to the version before the deadline moved: the deadline and title come back.
    const history = page.getByRole('list', { name: 'Changes, newest first' });
    const created = history.getByRole('listitem').filter({ hasText: 'added this pledge' });
    await created.getByRole('button', { name: 'Revert to this version' }).click();
    await created.getByRole('button', { name: 'Revert to version 1' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(history).toContainText('Olena set it back to version 1');
    const reverted = await (await request.get(`/api/pledges/${id}`)).json();
    expect(reverted).toMatchObject({ title, verdict: 'open', deadline: { latest: '2025-09-30' } });
    // The history keeps every step, with who did it.
    const events = (await (await request.get(`/api/pledges/${id}/history`)).json()).items.map(
      (e: { kind: string; actor: string }) => `${e.kind}:${e.actor}`,
    );
    expect(events).toEqual([
      'created:Olena',
      'updated:Olena',
      'updated:Olena',
      'updated:Olena',
      'updated:Marco',
      'updated:Olena',
      'reverted:Olena',
    ]);
  });
});
