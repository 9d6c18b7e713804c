import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

// The clipboard is read back to check what "Copy link" wrote.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const titles = (page: Page) =>
  page.getByRole('list', { name: 'Pledges' }).getByRole('article').getByRole('heading').allTextContents();
const chips = (page: Page) => page.getByRole('region', { name: 'Active filters' }).getByRole('listitem');

test.describe('a shareable view', () => {
  test('build a view, copy its link, open it in a fresh browser: same items, same order, same controls; back and forward', async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Pledges' })).toBeVisible();
    await page.getByLabel('Party', { exact: true }).selectOption({ label: 'United States' });
    await page.getByLabel('As', { exact: true }).selectOption({ label: 'Pledger' });
    await page.getByLabel('Tags', { exact: true }).fill('security-guarantees');
    await page.getByLabel('Tags', { exact: true }).press('Enter');
    await page.getByLabel('Order', { exact: true }).selectOption({ label: 'Title, A to Z' });
    await expect(page).toHaveURL(/\/\?party=united-states&role=pledger&tag=security-guarantees&sort=title$/);
    await expect(chips(page)).toHaveText(['Party: United States (as pledger)×', 'Tag: security-guarantees×']);
    await expect(page.getByRole('list', { name: 'Pledges' }).getByRole('article')).toHaveCount(2);
    const here = await titles(page);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The page's link, carrying the sender's language.
    expect(link).toBe(`${page.url()}&lang=en`);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.getByRole('list', { name: 'Pledges' }).getByRole('article')).toHaveCount(here.length);
      expect(await titles(other)).toEqual(here);
      await expect(other.getByLabel('Party', { exact: true })).toHaveValue('united-states');
      await expect(other.getByLabel('As', { exact: true })).toHaveValue('pledger');
      await expect(other.getByLabel('Tags', { exact: true })).toHaveValue('security-guarantees');
      await expect(other.getByLabel('Order', { exact: true })).toHaveValue('title');
      await expect(chips(other)).toHaveCount(2);
    } finally {
      await fresh.close();
    }

    // A deadline range narrows it further; back and forward walk the views, controls included.
    await page.getByLabel('From', { exact: true }).fill('2025-08-01');
    await expect(page).toHaveURL(/from=2025-08-01/);
    await page.getByLabel('To', { exact: true }).fill('2025-09-30');
    await expect(page).toHaveURL(/from=2025-08-01&to=2025-09-30&sort=title$/);
    await expect(chips(page).filter({ hasText: /Deadline 1 Aug.*30 Sep 2025/ })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);

    await page.goBack();
    await expect(page).toHaveURL(/from=2025-08-01&sort=title$/);
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/tag=security-guarantees&sort=title$/);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/tag=security-guarantees$/);
    await expect(page.getByLabel('Order', { exact: true })).toHaveValue('status');
    expect(await titles(page)).toHaveLength(2);
    await page.goForward();
    await expect(page).toHaveURL(/tag=security-guarantees&sort=title$/);
    await expect(page.getByLabel('Order', { exact: true })).toHaveValue('title');
    await expect.poll(() => titles(page)).toEqual(here);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).toHaveURL(/\/\?sort=title$/);
    await expect(page.getByRole('region', { name: 'Active filters' })).toHaveCount(0);
  });

  test('ticking a filter keeps the others in the link (slipped and progress too)', async ({ page }) => {
    await page.goto('/?slipped=true&progress=partial');
    await expect(chips(page)).toHaveText(['Delivered: in part×', 'Deadline moved later×']);
    await page.getByRole('checkbox', { name: 'Overdue', exact: true }).check();
    await expect(page).toHaveURL(/\/\?state=overdue&slipped=true&progress=partial$/);
    await expect(chips(page)).toHaveText(['Overdue×', 'Delivered: in part×', 'Deadline moved later×']);
  });

  test('a ticked filter keeps its name: the check mark is not read out', async ({ page }) => {
    await page.goto('/?state=overdue&slipped=true');
    await expect(page.getByRole('checkbox', { name: 'Overdue', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Deadline moved later', exact: true })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Due', exact: true }).check();
    await expect(page.getByRole('checkbox', { name: 'Due', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /✓/ })).toHaveCount(0);
  });

  test('a hostile URL shows a notice and no crash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`/?state=<script>alert(1)</script>&q=${'x'.repeat(500)}&zzz=1`);
    await expect(page.getByText('Part of this link could not be used, so it was left out')).toBeVisible();
    await expect(page.getByText('Search: the text is longer than 200 characters.')).toBeVisible();
    await expect(page.getByText('“zzz” is not something this list can be filtered or ordered by.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Pledges' }).getByRole('article').first()).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    expect(errors).toEqual([]);
  });
});
