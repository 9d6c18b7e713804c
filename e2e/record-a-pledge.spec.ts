import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expectSelectShowsEveryChoice } from './support/layout';

test.describe('recording a pledge by hand', () => {
  test('fill the form with a new party and a deadline in words, see the dates, save, find it in the list', async ({
    page,
  }) => {
    const title = `Deliver the air-defence systems ${Date.now().toString(36)}`;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New pledge' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New pledge' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Saving an empty form says what is missing, next to each field, and saves nothing.
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await expect(page.getByText(/fields need attention/)).toBeVisible();
    await expect(page.getByLabel('Title in English', { exact: true })).toBeFocused();
    await expect(page.getByText('A title is needed')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Title in English', { exact: true }).fill(title);
    await page.getByLabel('Quote', { exact: true }).fill('We will deliver the systems within 30 days.');
    await page.getByLabel('Add to pledged by').fill('Germany (journey)');
    await page
      .getByRole('group', { name: 'Pledged by' })
      .getByRole('combobox', { name: 'Kind of the new party' })
      .selectOption('state');
    await page.getByRole('button', { name: 'Add “Germany (journey)” as new' }).click();
    await expect(page.getByRole('list', { name: 'Pledged by: chosen' })).toHaveText(/Germany \(journey\)/);
    await page.getByLabel('Add to pledged to').fill('Ukraine');
    await page.getByLabel('Add to pledged to').press('Enter');
    await page.getByLabel('Announced on').fill('2025-08-18');
    await page.getByLabel('Time zone').fill('Europe/Berlin');
    await page.getByLabel('As it was said').fill('within 30 days');
    await expect(page.getByText('Due by 17 Sep 2025, counted from 18 Aug 2025 in Europe/Berlin.')).toBeVisible();
    await page.getByLabel('Amount (optional)').fill('500,000,000');
    await page.getByLabel('Currency').fill('EUR');
    await page.getByLabel('Tags', { exact: true }).fill('air defence, weapons');
    // Enter in a field saves, as in any form.
    await page.getByLabel('Tags', { exact: true }).press('Enter');

    await expect(page).toHaveURL(/\/pledges\/deliver-the-air-defence-systems-/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(`Recorded “${title}”`)).toBeVisible();
    await expect(page.getByText('Germany (journey)').first()).toBeVisible();

    await page.goto(`/?q=${encodeURIComponent(title)}`);
    const row = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(row).toContainText('due by 17 Sep 2025');
    await expect(row).toContainText(/Germany \(journey\) →\s*to Ukraine/);
  });

  for (const [device, viewport] of [
    ['a wide screen', { width: 1280, height: 800 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    test(`the amount's unit shows each of its choices in full on ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/pledges/new');
      const unit = page.getByLabel('Unit', { exact: true });
      await expect(unit).toBeVisible();
      await expectSelectShowsEveryChoice(unit);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
