import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

// The static demo build: no server, MSW mounts the same API over an in-memory store.
test('the demo works with no server and keeps changes in this browser', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/Demo/).first()).toBeVisible();
  const first = page.getByRole('article').first();
  await expect(first).toContainText('Put the security guarantees for Ukraine in writing');
  await expect(first).toContainText(/overdue by \d+ days/);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Meet Vladimir Putin face to face to end the war' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meet Vladimir Putin face to face to end the war');
  await page
    .getByRole('button', { name: /^Mark verdict/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /^Broken/ }).check();
  await dialog.getByLabel('Link', { exact: true }).fill('https://example.org/no-meeting');
  await dialog.getByRole('button', { name: 'Save verdict' }).click();
  await expect(page.getByText('Broken').first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meet Vladimir Putin face to face to end the war');
  await expect(page.getByText('Broken').first()).toBeVisible();
  // Every visitor of the demo is its one editor, and the history says so.
  await expect(page.getByText('Demo editor').first()).toBeVisible();

  // The CSV of a view downloads from the API running in this browser.
  await page.goto('/#/?state=overdue');
  await page.getByText('Export and subscribe').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pledges-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('security-guarantees-in-writing');
  expect(csv).not.toContain('zelensky-meets-putin');
});
