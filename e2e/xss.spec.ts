import { expect, test, type Page } from '@playwright/test';
import { asPerson, stateOf } from './support/accounts';
import { XSS_PAYLOADS } from './support/xss-payloads';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Nothing ran, and nothing a reader could click would run script. */
async function expectNothingRan(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => window.__xss), `script ran on ${where}`).toBeUndefined();
  const scriptLinks = await page
    .locator('a[href^="javascript:" i], [src^="javascript:" i], form[action^="javascript:" i]')
    .count();
  expect(scriptLinks, `a javascript: link on ${where}`).toBe(0);
  // Rendered as text, not markup: no element carries an event-handler attribute (this holds even
  // without the CSP, which would also refuse to run one), and no frame or object was made.
  const handlers = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
      ).length,
  );
  expect(handlers, `an element with an on… attribute on ${where}`).toBe(0);
  expect(
    await page.locator('iframe, object, embed, base, meta[http-equiv]').count(),
    `an injected element on ${where}`,
  ).toBe(0);
  // Only our own scripts are in the document.
  const foreign = await page.evaluate(
    () => [...document.scripts].filter((s) => !s.src || new URL(s.src).origin !== location.origin).length,
  );
  expect(foreign, `a script element injected on ${where}`).toBe(0);
}

test('stored XSS: 52 payloads in every user-written field never run, on every page that shows them', async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // The editor's own name is a payload too: the history shows it on every change they make.
  const xssEditor = await browser.newContext({ storageState: stateOf('xss') });
  const renamed = await xssEditor.request.patch('/api/account', {
    data: { name: '<img src=x onerror=window.__xss=1>' },
    headers: { Origin: baseURL! },
  });
  expect(renamed.status(), await renamed.text()).toBe(200);
  await xssEditor.close();
  const headers = asPerson('xss');
  const ids: string[] = [];
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const party = await request.post('/api/parties', {
      data: { id: `xss-party-${i}`, name: payload, kind: 'group', aliases: [`${payload.slice(0, 100)} alias`] },
      headers,
    });
    expect(party.status(), await party.text()).toBe(201);
    const created = await request.post('/api/pledges', {
      data: {
        title: payload,
        quote: `${payload} said the minister`,
        pledgers: [`xss-party-${i}`],
        beneficiaries: ['ukraine'],
        announcedOn: '2025-08-18',
        timeZone: 'Europe/Kyiv',
        deadline: { latest: '2025-09-30', text: payload },
        amount: { value: 1000, currency: 'USD' },
        tags: ['xss'],
        sources: [
          { title: payload, publisher: payload, url: `https://example.org/source?p=${encodeURIComponent(payload)}` },
        ],
      },
      headers,
    });
    expect(created.status(), await created.text()).toBe(201);
    const pledge = (await created.json()) as { id: string };
    ids.push(pledge.id);
    const kept = await request.patch(`/api/pledges/${pledge.id}`, {
      data: {
        verdict: 'partially_fulfilled',
        resolvedOn: '2025-09-10',
        evidence: [{ url: `https://example.org/e?p=${i}`, title: payload, note: payload }],
        deliveries: [{ on: '2025-09-05', value: 10, note: payload, url: 'https://example.org/d' }],
      },
      headers: { ...headers, 'If-Match': '"1"' },
    });
    expect(kept.status(), await kept.text()).toBe(200);
  }
  const view = await request.post('/api/views', {
    data: { name: XSS_PAYLOADS[1]!.slice(0, 80), query: 'tag=xss' },
    headers,
  });
  expect(view.status(), await view.text()).toBe(201);
  const { slug } = (await view.json()) as { slug: string };
  // Two of them in the trash, for the trash page.
  for (const id of ids.slice(0, 2))
    expect((await request.delete(`/api/pledges/${id}`, { headers: { ...headers, 'If-Match': '"2"' } })).status()).toBe(
      200,
    );

  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  const pages = [
    '/?tag=xss',
    '/?tag=xss&sort=title',
    `/?tag=xss&q=${encodeURIComponent('<img')}`,
    '/?tag=xss&view=timeline&zoom=month',
    '/?tag=xss&asOf=2025-09-20',
    '/parties',
    '/trash',
    `/v/${slug}`,
    ...ids.map((id) => `/pledges/${id}`),
    `/pledges/${ids[5]}/edit`,
    `/pledges/${ids[0]}`,
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('main')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
    await expectNothingRan(page, path);
  }
  // The saved views menu shows the view's name as text.
  await page.goto('/');
  await page.getByRole('button', { name: /^Saved views/ }).click();
  await expect(page.getByRole('link', { name: XSS_PAYLOADS[1]!.slice(0, 80) })).toBeVisible();
  await expectNothingRan(page, 'the saved views menu');
  // A page shows the payload as text, literally.
  await page.goto(`/pledges/${ids[1 + 2]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_PAYLOADS[3]!);

  // The admin's list of people shows the payload editor's name, and an invite's note, as text.
  const owner = await browser.newContext({ storageState: stateOf('owner') });
  const invited = await owner.request.post('/api/invites', {
    data: { role: 'viewer', note: XSS_PAYLOADS[0]!.slice(0, 120) },
    headers: { Origin: baseURL! },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const admin = await owner.newPage();
  admin.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  await admin.goto('/admin');
  await expect(admin.getByRole('table')).toContainText('<img src=x onerror=window.__xss=1>');
  await admin.waitForLoadState('networkidle');
  await expectNothingRan(admin, '/admin');
  // The editor's own menu and account page show it as text too.
  const editor = await browser.newContext({ storageState: stateOf('xss') });
  const mine = await editor.newPage();
  await mine.goto('/account');
  await expect(mine.getByRole('banner')).toContainText('<img src=x onerror=window.__xss=1>');
  await expectNothingRan(mine, '/account');
  const reset = await editor.request.patch('/api/account', {
    data: { name: 'Payload editor' },
    headers: { Origin: baseURL! },
  });
  expect(reset.status()).toBe(200);
  await owner.close();
  await editor.close();
});
