// Both themes, as readers meet them: the main pages pass axe's contrast (and every other serious)
// check in light and in dark, whether dark comes from the system or from the header's switch; the
// switch's choice outlives a reload and is on the page before the app's script runs.
import { expect, test, type Page } from '@playwright/test';
import { stateOf } from './support/accounts';
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** The page's background, as the browser painted it: the token --bg of the theme in force. */
const BACKGROUND: Record<Scheme, string> = { light: 'rgb(246, 245, 242)', dark: 'rgb(20, 22, 25)' };

async function expectTheme(page: Page, scheme: Scheme): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(BACKGROUND[scheme]);
}

async function openAndCheck(page: Page, path: string, heading: string | RegExp, scheme: Scheme): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expectTheme(page, scheme);
  await expectNoSeriousA11yViolations(page);
}

test.describe('the system’s colour scheme, light and dark', () => {
  for (const scheme of SCHEMES) {
    test.describe(`in ${scheme}`, () => {
      test.beforeEach(({ page }) => page.emulateMedia({ colorScheme: scheme }));

      test('the list', async ({ page }) => {
        await page.goto('/');
        await expect(page.getByRole('article').first()).toBeVisible();
        await expectTheme(page, scheme);
        await expectNoSeriousA11yViolations(page);
      });

      test('the timeline', async ({ page }) => {
        await page.goto('/?view=timeline');
        await expect(page.getByRole('list', { name: 'Pledges on the timeline' })).toBeVisible();
        await expectTheme(page, scheme);
        await expectNoSeriousA11yViolations(page);
      });

      test('a pledge, and its verdict dialog', async ({ page, request }) => {
        const pledge = await createPledge(request);
        await openAndCheck(page, `/pledges/${pledge.id}`, pledge.title, scheme);
        await page
          .getByRole('button', { name: /^Mark verdict/ })
          .first()
          .click();
        await expect(page.getByRole('dialog').getByRole('radio', { name: /^Fulfilled/ })).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });

      for (const [path, heading] of [
        ['/pledges/new', 'New pledge'],
        ['/parties', 'Parties'],
        ['/account', 'Your account'],
      ] as const) {
        test(`${heading}`, async ({ page }) => {
          await openAndCheck(page, path, heading, scheme);
        });
      }
    });
  }

  test.describe('as the owner', () => {
    test.use({ storageState: stateOf('owner') });
    for (const scheme of SCHEMES) {
      test(`the Admin page reads well in ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openAndCheck(page, '/admin', 'Admin', scheme);
      });
    }
  });
});

test.describe('the theme switch in the header', () => {
  test('dark on a light system: every page after it, a reload, and back to the system’s', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expectTheme(page, 'light');
    const header = page.getByRole('banner');

    await header.getByRole('button', { name: 'Theme: System' }).click();
    await expect(header.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
    await expectTheme(page, 'light');
    await header.getByRole('button', { name: 'Theme: Light' }).click();
    await expect(header.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectTheme(page, 'dark');
    await expectNoSeriousA11yViolations(page);

    // Another page, then a reload: still dark, and the switch says so.
    await page.getByRole('link', { name: 'Parties' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parties');
    await expectTheme(page, 'dark');
    await page.reload();
    await expect(header.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    await expectTheme(page, 'dark');
    await expectNoSeriousA11yViolations(page);

    // Back to the system's: light again, and after a reload too.
    await header.getByRole('button', { name: 'Theme: Dark' }).click();
    await expect(header.getByRole('button', { name: 'Theme: System' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expectTheme(page, 'light');
    await page.reload();
    await expect(header.getByRole('button', { name: 'Theme: System' })).toBeVisible();
    await expectTheme(page, 'light');
  });

  test('light on a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expectTheme(page, 'dark');
    await page.getByRole('button', { name: 'Theme: System' }).click();
    await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
    await expectTheme(page, 'light');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
    await expectTheme(page, 'light');
  });

  test('the chosen theme is on the page before the app’s script has run', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Theme: System' }).click();
    await page.getByRole('button', { name: 'Theme: Light' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // The next load, with the app's scripts held back: only the page, its styles and theme.js.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectTheme(page, 'dark');
  });
});
