import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const ARTICLE = readFileSync(new URL('../src/server/seed/article-white-house-summit.txt', import.meta.url), 'utf8');
const HEADLINE = 'Zelensky ready to meet Putin after White House summit';
const SOURCE_URL = 'https://example.org/news/white-house-summit';

async function pasteTheStory(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Add from article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add from article' })).toBeVisible();
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Date').fill('2025-08-18');
  await page.getByLabel('Time zone').fill('America/New_York');
  await page.getByLabel('Headline').fill(HEADLINE);
  await page.getByLabel('Publisher').fill('Example News');
  await page.getByLabel('Link').fill(SOURCE_URL);
  await page.getByRole('button', { name: 'Find pledges' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /possible pledges/ })).toBeVisible();
}

/** The open card whose quote matches. */
function card(page: Page, quote: RegExp): Locator {
  return page
    .getByRole('region', { name: 'Candidate pledges' })
    .getByRole('article')
    .filter({ has: page.getByLabel('Quote').and(page.locator('textarea')) })
    .filter({ hasText: quote });
}

test.describe('adding pledges from an article', () => {
  test('paste the seed story, check the cards, edit one, accept two, find them with their source', async ({ page }) => {
    await pasteTheStory(page);

    // The article shows its candidates, the deadline words marked inside.
    const article = page.getByRole('region', { name: 'The article' });
    await expect(article.locator('mark', { hasText: 'within the next week to ten days' }).last()).toBeVisible();

    const guarantees = card(page, /formally written within the next week to ten days/);
    await expect(guarantees).toContainText('25–28 Aug 2025');
    await expect(guarantees.getByLabel('Earliest (optional)')).toHaveValue('2025-08-25');
    await expect(guarantees.getByLabel('Latest')).toHaveValue('2025-08-28');

    const weapons = card(page, /\$90 billion/);
    await expect(weapons.getByLabel('Value (optional)')).toHaveValue('90000000000');
    await expect(weapons.getByLabel('Currency')).toHaveValue('USD');
    await expect(weapons.getByRole('group', { name: 'Pledgers' })).toContainText('Ukraine');
    await expect(weapons.getByRole('group', { name: 'Beneficiaries' })).toContainText('United States');

    const meet = card(page, /willingness to meet directly with Russian President Vladimir Putin/);
    await expect(meet).toContainText('No deadline found in this sentence');
    await expect(meet.getByLabel('Latest')).toHaveCount(0);
    await expect(card(page, /a lot of help/)).toBeVisible();
    // "Nearly three and a half years ago" is no deadline.
    await expect(article.locator('mark', { hasText: /years ago/ })).toHaveCount(0);

    await expectNoSeriousA11yViolations(page);

    // Clicking a highlight leads to its card.
    await article
      .getByRole('button', { name: /Go to candidate/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Candidate pledges' }).getByRole('article').first()).toBeFocused();

    const suffix = Date.now().toString(36);
    const guaranteesTitle = `Write down the security guarantees ${suffix}`;
    await guarantees.getByLabel('Title').fill(guaranteesTitle);
    const weaponsTitle = await weapons.getByLabel('Title').inputValue();
    await guarantees.getByRole('button', { name: 'Accept' }).click();
    await weapons.getByRole('button', { name: 'Accept' }).click();
    const done = page.getByRole('region', { name: 'Candidate pledges' }).getByText('Added to the tracker');
    await expect(done).toHaveCount(2);
    const weaponsCard = page
      .getByRole('region', { name: 'Candidate pledges' })
      .getByRole('article')
      .filter({ hasText: weaponsTitle });
    const weaponsHref = await weaponsCard.getByRole('link', { name: 'Open the pledge' }).getAttribute('href');
    expect(weaponsHref).toMatch(/^\/pledges\//);

    // Both are in the list now.
    await page.goto(`/?q=${encodeURIComponent(suffix)}`);
    const row = page.getByRole('article').filter({ hasText: guaranteesTitle });
    await expect(row).toContainText('due 25–28 Aug 2025');
    await row.getByRole('link', { name: guaranteesTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guaranteesTitle);
    await expect(page.getByRole('link', { name: new RegExp(HEADLINE) })).toHaveAttribute('href', SOURCE_URL);
    await expect(page.getByText('America/New_York')).toBeVisible();

    await page.goto(`/?q=${encodeURIComponent(weaponsTitle)}`);
    // The seed has a pledge much like it: find the one just made by its link.
    const weaponsRow = page.getByRole('article').filter({ has: page.locator(`a[href="${weaponsHref}"]`) });
    await expect(weaponsRow).toContainText('$90 billion');
    await weaponsRow.locator(`a[href="${weaponsHref}"]`).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(weaponsTitle);
    await expect(page.getByRole('link', { name: new RegExp(HEADLINE) })).toHaveAttribute('href', SOURCE_URL);
  });

  test('a story with a dateline, a person and a state: no dateline in the quote, each party as what it is', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36);
    await page.goto('/intake');
    await page
      .getByLabel('Article text')
      .fill(
        'BRUSSELS, 3 March 2026 — Commissioner Anna Weber pledged €500 million for the power grids of Moldova and Ukraine by the end of June.\n\nThe money comes from the EU budget.',
      );
    await page.getByLabel('Time zone').fill('Europe/Brussels');
    // No date picked: the dateline's.
    await expect(page.getByLabel('Date')).toHaveValue('2026-03-03');
    await expect(page.getByLabel('Date')).toHaveAccessibleDescription('From the dateline. Tue 3 Mar 2026');
    await page.getByLabel('Headline').fill(`Commission pledges grid money ${suffix}`);
    await page.getByRole('button', { name: 'Find pledges' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /possible pledge/ })).toBeVisible();

    const grid = card(page, /€500 million/);
    await expect(grid.getByLabel('Quote')).toHaveValue(
      'Commissioner Anna Weber pledged €500 million for the power grids of Moldova and Ukraine by the end of June.',
    );
    const pledgers = grid.getByRole('group', { name: 'Pledgers' });
    await expect(pledgers).toContainText('new: Anna Weber');
    await expect(pledgers.getByLabel('What Anna Weber is')).toHaveValue('person');
    const beneficiaries = grid.getByRole('group', { name: 'Beneficiaries' });
    await expect(beneficiaries.getByLabel('What Moldova is')).toHaveValue('state');
    // Ukraine is in the tracker already: its own kind, nothing to ask.
    await expect(beneficiaries).toContainText('Ukraine');
    await expect(beneficiaries.getByLabel('What Ukraine is')).toHaveCount(0);
    await expect(grid).toContainText('Due by the end of June, 30 Jun 2026.');
    await expect(grid).not.toContainText(/D\+|→|D =/);
    await expectNoSeriousA11yViolations(page);

    await grid.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByText('Added to the tracker')).toBeVisible();
    const { items: parties } = (await (await page.request.get('/api/parties')).json()) as {
      items: { id: string; kind: string }[];
    };
    expect(parties.find((p) => p.id === 'anna-weber')?.kind).toBe('person');
    expect(parties.find((p) => p.id === 'moldova')?.kind).toBe('state');
  });
});
