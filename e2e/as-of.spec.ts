import { expect, test } from '@playwright/test';
import { asPerson } from './support/accounts';
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

const GUARANTEES = 'Put the security guarantees for Ukraine in writing';

test.describe('a view as of a day', () => {
  test('look back: the guarantees were due on 26 Aug 2025 and overdue on 1 Sep 2025; back to today', async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Pledges' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Mark verdict/ }).first()).toBeVisible();
    await page.getByLabel('As of', { exact: true }).fill('2025-08-26');
    await expect(page).toHaveURL(/\/\?asOf=2025-08-26$/);
    const banner = page.getByRole('region', { name: 'As of 26 Aug 2025' });
    await expect(banner).toBeVisible();
    await expect(page).toHaveTitle('Pledges as of 26 Aug 2025 · Pledge Tracker');
    const row = page.getByRole('article').filter({ has: page.getByRole('heading', { name: GUARANTEES }) });
    await expect(row).toContainText('Due');
    await expect(row).toContainText('closes in 2 days');
    // The past is for reading.
    await expect(page.getByRole('button', { name: /Mark verdict/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // "What was overdue on 1 September 2025" is a link: open it in a fresh browser.
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto('/?state=overdue&asOf=2025-09-01');
      await expect(other.getByRole('region', { name: 'As of 1 Sep 2025' })).toBeVisible();
      // Other journeys may have added pledges from the same story: every row is overdue on that
      // day, the guarantees among them.
      const rows = other.getByRole('list', { name: 'Pledges' }).getByRole('article');
      const guarantees = rows.filter({ has: other.getByRole('heading', { name: GUARANTEES }) });
      await expect(guarantees).toContainText('Overdue');
      await expect(guarantees).toContainText('overdue by 4 days');
      for (const row of await rows.all()) await expect(row).toContainText('Deadline: Overdue');
      await expect(other.getByLabel('As of', { exact: true })).toHaveValue('2025-09-01');
    } finally {
      await fresh.close();
    }

    await banner.getByRole('button', { name: 'Back to today' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('region', { name: /^As of/ })).toHaveCount(0);
    await expect(row).toContainText(/overdue by \d+ days/);
    await expect(page.getByRole('button', { name: /Mark verdict/ }).first()).toBeVisible();
  });

  test('a deadline moved later is shown as it stood before the move', async ({ page, request }) => {
    const pledge = await createPledge(request, { title: `Report on air defence ${Date.now().toString(36)}` });
    const moved = await request.patch(`/api/pledges/${pledge.id}`, {
      data: { deadline: { latest: '2025-12-31', text: 'by the end of the year' } },
      headers: { 'If-Match': '"1"', ...asPerson('setup') },
    });
    expect(moved.status(), await moved.text()).toBe(200);

    await page.goto(`/?asOf=2025-09-10&q=${encodeURIComponent(pledge.title)}`);
    const row = page.getByRole('article').filter({ has: page.getByRole('heading', { name: pledge.title }) });
    await expect(row).toContainText('due 1–15 Sep 2025');
    await expect(row).toContainText('Due');

    await page.goto(`/?q=${encodeURIComponent(pledge.title)}`);
    await expect(row).toContainText('due by 31 Dec 2025');
  });
});
