import { expect, test } from '@playwright/test';
import { stateOf } from './support/accounts';

// As the owner, so that the Admin page is among the pages opened.
test.use({ storageState: stateOf('owner') });

test('every page works under the Content-Security-Policy: no violation anywhere', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const first = await page.goto('/');
  expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(first?.headers()['x-content-type-options']).toBe('nosniff');
  await expect(page.getByRole('list', { name: 'Pledges' })).toBeVisible();
  for (const [path, landmark] of [
    ['/?view=timeline', page.getByRole('region', { name: 'Timeline' })],
    ['/pledges/security-guarantees-in-writing', page.getByRole('heading', { level: 2, name: 'History' })],
    ['/pledges/new', page.getByRole('heading', { level: 1, name: 'New pledge' })],
    ['/intake', page.getByRole('heading', { level: 1, name: 'Add from article' })],
    ['/parties', page.getByRole('table')],
    ['/trash', page.getByRole('heading', { level: 1, name: 'Trash' })],
    ['/account', page.getByRole('heading', { level: 1 })],
    ['/admin', page.getByRole('table')],
    ['/sign-in', page.getByRole('heading', { level: 1 })],
    ['/invite', page.getByRole('heading', { level: 1 })],
    ['/welcome', page.getByRole('heading', { level: 1 })],
  ] as const) {
    await page.goto(path);
    await expect(landmark).toBeVisible();
  }
  // The deadline words are read by a lazily loaded module: it loads under the policy too.
  await page.goto('/pledges/new');
  await page.getByLabel('As it was said').fill('within ten days');
  await expect(page.getByText(/^Due by /)).toBeVisible();
  expect(violations).toEqual([]);
});
