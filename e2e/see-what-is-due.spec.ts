import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('seeing what is due', () => {
  test('the seeded security guarantees are overdue and listed first', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Pledges' })).toBeVisible();
    const rows = page.getByRole('article');
    const first = rows.first();
    await expect(
      first.getByRole('heading', { name: 'Put the security guarantees for Ukraine in writing' }),
    ).toBeVisible();
    await expect(first).toContainText('due 25–28 Aug 2025');
    await expect(first).toContainText(/overdue by \d+ days/);
    await expect(first).toContainText('Overdue');
    await expect(first).toContainText(/United States and European allies →.*Ukraine/);
    await expect(page.getByRole('link', { name: 'Buy about $90 billion of American weapons' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a pledge has its own page with the quote, the window and where it came from', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Put the security guarantees for Ukraine in writing' }).click();
    await expect(page).toHaveURL(/\/pledges\/security-guarantees-in-writing$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Put the security guarantees for Ukraine in writing',
    );
    await expect(
      page.getByText('the guarantees are slated to be formally written within the next week to ten days').first(),
    ).toBeVisible();
    await expect(page.getByText('America/New_York')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('the weapons offer shows its amount', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Buy about $90 billion of American weapons' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buy about $90 billion of American weapons');
    await expect(page.getByText(/\$90(\.0)? ?(billion|bn|B)|90,000,000,000/).first()).toBeVisible();
  });

  test('filters narrow the list and a bad parameter is dropped with a notice', async ({ page }) => {
    await page.goto('/?state=overdue&colour=blue');
    await expect(page.getByText(/colour/)).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Put the security guarantees for Ukraine in writing' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Buy about $90 billion of American weapons' })).toHaveCount(0);
  });
});
