// The tracker in Ukrainian, as a Ukrainian reader meets it: every page opens in Ukrainian from a
// link's ?lang=uk, passes axe, keeps its words inside their buttons, chips and tables on a laptop
// and on a phone, and says its title in Ukrainian. The language travels in links until the reader
// picks one, and a browser set to Ukrainian opens the tracker in Ukrainian by itself.
import { expect, test, type Page } from '@playwright/test';
import { asPerson, stateOf } from './support/accounts';
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * What does not fit: the page scrolling sideways, or a control, chip or table cell whose text runs
 * past its box (long Ukrainian words must wrap, not spill or be cut).
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the page is ${root.scrollWidth}px wide in ${root.clientWidth}px`);
    const boxes = document.querySelectorAll<HTMLElement>(
      'button, a.button, .site-nav-link, [role="tab"], .chip, th, td, label, summary, .badge, select',
    );
    for (const box of boxes) {
      const style = getComputedStyle(box);
      if (
        style.display === 'none' ||
        style.visibility === 'hidden' ||
        box.closest('[hidden], .visually-hidden, .sr-only')
      )
        continue;
      const rect = box.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (box.scrollWidth > box.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll')
        problems.push(
          `${box.tagName.toLowerCase()} “${(box.textContent ?? '').trim().slice(0, 40)}” needs ${box.scrollWidth}px, has ${box.clientWidth}px`,
        );
    }
    return problems;
  });
}

async function checkPage(page: Page, screen: string, name: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('navigation', { name: 'Головне меню' })).toBeVisible();
  await expect.poll(() => page.title()).toMatch(/Трекер обіцянок$/);
  await expectNoSeriousA11yViolations(page);
  expect(await overflowing(page), `${name} on a ${screen}`).toEqual([]);
  await page.screenshot({ path: `test-results/ukrainian/${name}-${screen}.png`, fullPage: true });
}

test.describe('every page in Ukrainian', () => {
  for (const screen of SCREENS) {
    test(`on a ${screen.name}`, async ({ page, request }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      const pledge = await createPledge(request, {
        title: `Ukrainian journey ${Date.now().toString(36)}`,
        amount: { value: 90_000_000_000, currency: 'USD', delivered: 0 },
      });
      const view = await request.post('/api/views', {
        data: { name: 'Прострочені обіцянки США', query: 'state=overdue&party=united-states' },
        headers: asPerson('setup'),
      });
      expect(view.status(), await view.text()).toBe(201);
      const { slug } = (await view.json()) as { slug: string };

      const pages: [string, string][] = [
        ['list', '/?lang=uk'],
        ['overdue', '/?state=overdue,due&verdict=open&lang=uk'],
        ['timeline', '/?view=timeline&lang=uk'],
        ['pledge', `/pledges/${pledge.id}?lang=uk`],
        ['new-pledge', '/pledges/new?lang=uk'],
        ['edit-pledge', `/pledges/${pledge.id}/edit?lang=uk`],
        ['intake', '/intake?lang=uk'],
        ['parties', '/parties?lang=uk'],
        ['trash', '/trash?lang=uk'],
        ['saved-view', `/v/${slug}?lang=uk`],
        ['account', '/account?lang=uk'],
        ['not-found', '/no-such-page?lang=uk'],
      ];
      for (const [name, path] of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await checkPage(page, screen.name, name);
      }

      // The verdict dialog, over the pledge.
      await page.goto(`/pledges/${pledge.id}?lang=uk`);
      await page
        .getByRole('button', { name: /вердикт/i })
        .first()
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkPage(page, screen.name, 'verdict-dialog');
    });
  }

  test('the owner’s pages', async ({ browser }) => {
    const owner = await browser.newContext({ storageState: stateOf('owner') });
    try {
      const page = await owner.newPage();
      for (const screen of SCREENS) {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        await page.goto('/admin?lang=uk');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await checkPage(page, screen.name, 'admin');
      }
    } finally {
      await owner.close();
    }
  });

  test('the ways in, signed out', async ({ browser }) => {
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const page = await visitor.newPage();
      for (const screen of SCREENS) {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        for (const [name, path] of [
          ['sign-in', '/sign-in?lang=uk'],
          ['invite', '/invite?token=not-a-real-invite&lang=uk'],
        ]) {
          await page.goto(path!);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await checkPage(page, screen.name, name!);
        }
      }
    } finally {
      await visitor.close();
    }
  });
});

test.describe('notes in both languages', () => {
  for (const screen of SCREENS) {
    test(`on a ${screen.name}`, async ({ page, request }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      // The seeded evidence's note, in Ukrainian and spoken in it; its editor holds both texts.
      await page.goto('/pledges/us-help-on-security?lang=uk');
      await expect(page.getByText(/^Наступного дня після саміту/)).toHaveAttribute('lang', 'uk');
      await page.getByRole('button', { name: /^Редагувати «/ }).click();
      const evidence = page.getByRole('form', { name: 'Виправити доказ' });
      await expect(evidence.getByRole('radio', { name: 'англійською' })).toBeChecked();
      await expect(evidence.getByLabel('Примітка англійською')).toHaveValue(/^The day after the summit/);
      await expect(evidence.getByLabel('Примітка українською')).toHaveValue(/^Наступного дня після саміту/);
      await checkPage(page, screen.name, 'evidence-note-form');
      await evidence.getByRole('button', { name: 'Скасувати' }).click();

      // A delivery recorded in Ukrainian with its English beside it.
      const pledge = await createPledge(request, {
        title: `Notes journey ${Date.now().toString(36)}`,
        amount: { value: 90_000_000_000, currency: 'USD', delivered: 0 },
      });
      await page.goto(`/pledges/${pledge.id}?lang=uk`);
      await page.getByRole('button', { name: 'Записати надходження' }).click();
      const delivery = page.getByRole('form', { name: 'Записати надходження' });
      await expect(delivery.getByRole('radio', { name: 'українською' })).toBeChecked();
      await delivery.getByLabel('Сума (USD)').fill('1000000000');
      await delivery.getByLabel('Що надано, українською').fill('Перші батареї Patriot для протиповітряної оборони');
      await delivery.getByLabel('Що надано, англійською').fill('The first Patriot air-defence batteries');
      await checkPage(page, screen.name, 'delivery-note-form');
      await delivery.getByRole('button', { name: 'Зберегти надходження' }).click();
      const list = page.getByRole('list', { name: 'Надходження' });
      await expect(list.getByText('Перші батареї Patriot для протиповітряної оборони')).toHaveAttribute('lang', 'uk');
      await checkPage(page, screen.name, 'pledge-with-notes');

      // An English reader reads the English version.
      await page.goto(`/pledges/${pledge.id}?lang=en`);
      await expect(
        page.getByRole('list', { name: 'Deliveries' }).getByText('The first Patriot air-defence batteries'),
      ).toHaveAttribute('lang', 'en');
    });
  }
});

test.describe('party names in both languages', () => {
  test('a party given its Ukrainian name is named so in Ukrainian, by its English name in English', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const suffix = Date.now().toString(36);
    const id = `nordic-baltic-${suffix}`;
    const english = `Nordic-Baltic Eight ${suffix}`;
    const ukrainian = `Північно-Балтійська вісімка ${suffix}`;
    const created = await request.post('/api/parties', {
      data: { id, name: english, kind: 'group' },
      headers: asPerson('setup'),
    });
    expect(created.status(), await created.text()).toBe(201);
    await createPledge(request, { title: `Party names journey ${suffix}`, pledgers: [id] });

    for (const [index, screen] of SCREENS.entries()) {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(`/parties?lang=uk&q=${suffix}`);
      const shown = index === 0 ? english : ukrainian;
      const link = page.getByRole('table').getByRole('link', { name: shown });
      await expect(link).toBeVisible();
      // Before it has a Ukrainian name, the English one is marked as English.
      if (index === 0) await expect(link.locator('[lang="en"]')).toHaveText(english);
      await page.getByRole('button', { name: `Редагувати: ${shown}` }).click();
      const dialog = page.getByRole('dialog', { name: `Редагувати «${shown}»` });
      await expect(dialog.getByLabel('Назва англійською')).toHaveValue(english);
      if (index === 0) await dialog.getByLabel('Назва українською').fill(ukrainian);
      await checkPage(page, screen.name, 'party-name-dialog');
      if (index === 0) {
        await dialog.getByRole('button', { name: 'Зберегти' }).click();
        await expect(page.getByRole('table').getByRole('link', { name: ukrainian })).toBeVisible();
      } else {
        await dialog.getByRole('button', { name: 'Скасувати' }).click();
      }
    }

    // The list names the party in each reader's language.
    await page.goto(`/?party=${id}&lang=uk`);
    await expect(page.getByRole('listitem').filter({ hasText: `Party names journey ${suffix}` })).toContainText(
      ukrainian,
    );
    await checkPage(page, 'phone', 'party-named-in-ukrainian');
    await page.goto(`/?party=${id}&lang=en`);
    await expect(page.getByRole('listitem').filter({ hasText: `Party names journey ${suffix}` })).toContainText(
      english,
    );
  });
});

test.describe('the reader’s language', () => {
  test('a link opens in the sender’s language until the reader picks one, which then wins', async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateOf('olena'), locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto('/?lang=uk');
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expect(page.getByRole('link', { name: 'Нова обіцянка' })).toBeVisible();
      // The switch names the other language in that language.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('link', { name: 'New pledge' })).toBeVisible();
      await expect.poll(() => page.title()).toMatch(/Pledge Tracker$/);
      // The reader chose English: a Ukrainian link no longer changes it, not even after a reload.
      await page.goto('/?lang=uk');
      await expect(page.getByRole('link', { name: 'New pledge' })).toBeVisible();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // Choosing Ukrainian is remembered just the same.
      await page.getByRole('button', { name: 'Українська' }).click();
      await expect(page.getByRole('link', { name: 'Нова обіцянка' })).toBeVisible();
      await page.goto('/?lang=en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expectNoSeriousA11yViolations(page);
    } finally {
      await context.close();
    }
  });

  test('a browser set to Ukrainian opens the tracker in Ukrainian, with no link parameter', async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateOf('olena'), locale: 'uk-UA' });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expect(page.getByRole('link', { name: 'Нова обіцянка' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('a shared link’s preview is in its language before any script runs', async ({ request }) => {
    const html = await (await request.get('/?state=overdue&lang=uk')).text();
    expect(html).toMatch(/<html lang="uk">/);
    expect(html).toMatch(/<meta property="og:locale" content="uk_UA" \/>/);
    expect(html).toMatch(/<title>[^<]*Трекер обіцянок<\/title>/);
  });
});
