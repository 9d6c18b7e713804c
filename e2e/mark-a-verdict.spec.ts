import { expect, test, type Page } from '@playwright/test';
import { createPledge } from './support/api';

async function markFulfilled(page: Page, opts: { url: string; note: string }) {
  await page
    .getByRole('button', { name: /^Mark verdict/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /^Fulfilled/ }).check();
  await dialog.getByLabel('Link', { exact: true }).fill(opts.url);
  await dialog.getByLabel('Note').fill(opts.note);
  await dialog.getByRole('button', { name: 'Save verdict' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('marking a verdict', () => {
  test('mark fulfilled with evidence, reload, and find it in the history', async ({ page, request }) => {
    const pledge = await createPledge(request);
    await page.goto(`/pledges/${pledge.id}`);
    await expect(page.getByText('Overdue').first()).toBeVisible();

    await markFulfilled(page, { url: 'https://example.org/guarantees-signed', note: 'Text published by both sides' });
    // Optimistic: the page changes before the server has been asked twice.
    await expect(page.getByText('Fulfilled').first()).toBeVisible();
    await expect(page.getByText(/fulfilled \d+ days late/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Marked Fulfilled');

    await page.reload();
    await expect(page.getByText(/fulfilled \d+ days late/)).toBeVisible();
    await expect(page.getByRole('link', { name: /example\.org/ }).first()).toHaveAttribute(
      'href',
      'https://example.org/guarantees-signed',
    );
    const history = page
      .getByRole('region', { name: 'History' })
      .or(page.locator('section', { has: page.getByRole('heading', { name: 'History' }) }));
    // Signed in as Olena: the history names her.
    await expect(history).toContainText('Olena');
    await expect(history).toContainText(/Open →.*Fulfilled/);

    // The list agrees.
    await page.goto('/');
    const row = page.getByRole('article').filter({ hasText: pledge.title });
    await expect(row).toContainText('Late');
    await expect(row).toContainText('Fulfilled');
  });

  test('undo puts the pledge back as it was', async ({ page, request }) => {
    const pledge = await createPledge(request, { deadline: null });
    await page.goto(`/pledges/${pledge.id}`);
    await markFulfilled(page, { url: 'https://example.org/done', note: 'Done' });
    await expect(page.getByText('Fulfilled').first()).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Change undone')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pledge.title);
    await expect(page.getByText('Open', { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/Fulfilled →.*Open/).first()).toBeVisible();
    const res = await request.get(`/api/pledges/${pledge.id}`);
    expect((await res.json()).verdict).toBe('open');
  });

  test('a failed save rolls back and says why', async ({ page, request }) => {
    const pledge = await createPledge(request);
    await page.goto(`/pledges/${pledge.id}`);
    await page.route(`**/api/pledges/${pledge.id}`, async (route) => {
      if (route.request().method() !== 'PATCH') return route.fallback();
      await new Promise((r) => setTimeout(r, 300));
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'The database is unavailable.' } }),
      });
    });
    await markFulfilled(page, { url: 'https://example.org/x', note: 'x' });
    await expect(
      page.getByText(/The database is unavailable|could not be saved|was left as it was/).first(),
    ).toBeVisible();
    await expect(page.getByText('Overdue').first()).toBeVisible();
    await expect(page.getByText(/fulfilled \d+ days late/)).toHaveCount(0);
    await page.unroute(`**/api/pledges/${pledge.id}`);
    const res = await request.get(`/api/pledges/${pledge.id}`);
    expect((await res.json()).verdict).toBe('open');
  });
});
