import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

// Saved views: name the view on screen, find it in the navigation, open its short link in a
// fresh browser (the same items), rename it, delete it; the deleted link says so calmly.

const titles = (page: Page) =>
  page.getByRole('list', { name: 'Pledges' }).getByRole('article').getByRole('heading').allTextContents();

async function openSavedViews(page: Page) {
  const toggle = page.getByRole('button', { name: /^Saved views/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('list', { name: 'Saved views' });
}

test('save a view, open its short link elsewhere, rename it, delete it', async ({ page, browser }) => {
  const name = `Guarantees by the US ${Date.now().toString(36)}`;
  const renamed = `${name} (renamed)`;

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Pledges' })).toBeVisible();
  await page.getByLabel('Party', { exact: true }).selectOption({ label: 'United States' });
  await page.getByLabel('Tags', { exact: true }).fill('security-guarantees');
  await page.getByLabel('Tags', { exact: true }).press('Enter');
  await page.getByLabel('Order', { exact: true }).selectOption({ label: 'Title, A to Z' });
  await expect(page).toHaveURL(/\/\?party=united-states&tag=security-guarantees&sort=title$/);
  await expect(page.getByRole('list', { name: 'Pledges' }).getByRole('article')).not.toHaveCount(0);
  const here = await titles(page);
  const fullView = new URL(page.url());

  await page.getByRole('button', { name: 'Save view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this view' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Name').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Saved “${name}”`)).toBeVisible();

  const list = await openSavedViews(page);
  const link = list.getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/v\/[23456789abcdefghjkmnpqrstuvwxyz]{7}$/);
  await expectNoSeriousA11yViolations(page);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(href!);
    await expect(other).toHaveURL(fullView.toString());
    await expect(other.getByRole('list', { name: 'Pledges' }).getByRole('article')).toHaveCount(here.length);
    expect(await titles(other)).toEqual(here);
    await expect(other.getByLabel('Party', { exact: true })).toHaveValue('united-states');
    await expect(other.getByLabel('Order', { exact: true })).toHaveValue('title');
  } finally {
    await fresh.close();
  }

  // Following the link from the navigation opens the same view here too.
  await page.goto('/');
  await (await openSavedViews(page)).getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(fullView.toString());
  await expect.poll(() => titles(page)).toEqual(here);

  // Rename with the keyboard.
  const views = await openSavedViews(page);
  await views.getByRole('button', { name: `Rename “${name}”` }).click();
  const input = views.getByLabel(`New name for “${name}”`);
  await expect(input).toBeFocused();
  await input.fill(renamed);
  await input.press('Enter');
  await expect(views.getByRole('link', { name: renamed, exact: true })).toBeVisible();
  await expect(views.getByRole('link', { name, exact: true })).toHaveCount(0);

  // Delete, after confirming.
  await views.getByRole('button', { name: `Delete “${renamed}”` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete “${renamed}”?` });
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Delete view' }).click();
  await expect(confirm).toHaveCount(0);
  await expect((await openSavedViews(page)).getByRole('link', { name: renamed, exact: true })).toHaveCount(0);

  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1, name: 'This saved view no longer exists' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
