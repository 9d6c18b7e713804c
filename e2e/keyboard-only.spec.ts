import { expect, test, type Page } from '@playwright/test';

/** Presses Tab (at most 60 times) until the focused control is the one named `name`: proof it can be reached without a mouse. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Could not reach “${String(name)}” with the Tab key`);
}

test.describe('by keyboard alone', () => {
  test('record a pledge without touching the mouse', async ({ page }) => {
    const title = `Keyboard pledge ${Date.now().toString(36)}`;
    await page.goto('/pledges/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New pledge' })).toBeVisible();
    await tabTo(page, 'Title in English');
    await page.keyboard.type(title);
    await tabTo(page, 'Add to pledged by');
    await page.keyboard.type('United States');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Pledged by: chosen' })).toContainText('United States');
    await tabTo(page, 'Add to pledged to');
    await page.keyboard.type('Ukraine');
    await page.keyboard.press('Enter');
    await tabTo(page, 'As it was said');
    await page.keyboard.type('within ten days');
    await expect(page.getByText(/^Due by /)).toBeVisible();
    await tabTo(page, 'Record the pledge');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    // And edit it the same way: to the Edit link, change the title, save with Enter.
    await tabTo(page, 'Edit');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Edit pledge' })).toBeVisible();
    await tabTo(page, 'Title in English');
    await page.keyboard.press('End');
    await page.keyboard.type(' (edited)');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (edited)`);
  });
});
