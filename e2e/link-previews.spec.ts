import { expect, test } from '@playwright/test';

// What a chat app or a social site reads when a pledge's or a view's link is pasted: the server's
// HTML, before any script runs.
test.describe('link previews', () => {
  test('a pledge URL and a view URL come with their own title and Open Graph tags', async ({ request, baseURL }) => {
    const pledge = await request.get('/pledges/security-guarantees-in-writing');
    expect(pledge.status()).toBe(200);
    const html = await pledge.text();
    expect(html).toMatch(
      /<meta property="og:title" content="Put the security guarantees for Ukraine in writing — due 25–28 Aug 2025, [a-z ]+" \/>/,
    );
    expect(html).toContain(`<meta property="og:url" content="${baseURL}/pledges/security-guarantees-in-writing" />`);
    expect(html).toContain('<meta name="twitter:card" content="summary" />');

    const view = await (await request.get('/?state=overdue&party=united-states')).text();
    expect(view).toMatch(/<title>\d+ overdue pledges? · party: United States · Pledge Tracker<\/title>/);
  });
});
