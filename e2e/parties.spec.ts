import { expect, test } from '@playwright/test';
import { asPerson } from './support/accounts';
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('the Parties page', () => {
  test('see each party’s record, rename a duplicate by keyboard, merge it into the party it names', async ({
    page,
    request,
  }) => {
    const suffix = Date.now().toString(36);
    const created = await request.post('/api/parties', {
      data: { name: `Kyiv office ${suffix}`, kind: 'organisation' },
      headers: asPerson('setup'),
    });
    expect(created.status(), await created.text()).toBe(201);
    const duplicate = (await created.json()) as { id: string; name: string };
    const pledge = await createPledge(request, { pledgers: [duplicate.id], beneficiaries: ['european-allies'] });

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Parties' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Parties' })).toBeVisible();
    const table = page.getByRole('table', { name: /parties/ });
    const row = (name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    await expect(row(duplicate.name).getByRole('cell').first()).toHaveText('1');
    await expect(row('Volodymyr Zelensky').getByRole('cell').first()).toHaveText('1');
    await expectNoSeriousA11yViolations(page);

    // Keyboard alone: find it, open Edit, rename, save; focus comes back to its Edit button.
    await page.getByRole('searchbox', { name: 'Find a party' }).focus();
    await page.keyboard.type('kyiv');
    await expect(table.getByRole('rowheader')).toHaveCount(2); // and Ukraine, also called Kyiv
    await page.keyboard.press('Tab'); // the table's scrolling frame
    await page.keyboard.press('Tab'); // Party
    await page.keyboard.press('Tab'); // Made
    await page.keyboard.press('Tab'); // Kept
    await page.keyboard.press('Tab'); // the party's link
    await page.keyboard.press('Tab'); // Edit
    await expect(page.getByRole('button', { name: `Edit ${duplicate.name}` })).toBeFocused();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: `Edit “${duplicate.name}”` });
    await expect(edit.getByLabel('Name in English')).toBeFocused();
    await expect(edit.getByLabel('Name in Ukrainian')).toHaveValue('');
    await expectNoSeriousA11yViolations(page);
    const renamed = `Kyiv government ${suffix}`;
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(renamed);
    await page.keyboard.press('Enter');
    await expect(edit).toBeHidden();
    await expect(page.getByRole('button', { name: `Edit ${renamed}` })).toBeFocused();
    await expect(page.getByText(`Renamed “${duplicate.name}” to “${renamed}”`)).toBeVisible();

    // Merge it into Ukraine.
    await page.getByRole('searchbox', { name: 'Find a party' }).fill('');
    await row(renamed)
      .getByRole('button', { name: `${renamed}: Merge into…` })
      .click();
    const merge = page.getByRole('dialog', { name: `Merge “${renamed}” into…` });
    await merge.getByLabel('The party it duplicates').selectOption('ukraine');
    await expect(merge).toContainText(`1 pledge will name Ukraine instead of ${renamed}.`);
    await expect(merge).toContainText(`“${renamed}” becomes an alias of Ukraine`);
    await expectNoSeriousA11yViolations(page);
    await merge.getByRole('button', { name: 'Merge into Ukraine' }).click();
    await expect(merge).toBeHidden();
    await expect(page.getByText(`Merged “${renamed}” into Ukraine`)).toBeVisible();
    await expect(table.getByRole('rowheader', { name: new RegExp(`^${renamed}`) })).toHaveCount(0);
    await expect(row('Ukraine').getByRole('rowheader')).toContainText(renamed);

    // The pledge's page names Ukraine, and its history says who merged.
    await page.goto(`/pledges/${pledge.id}`);
    await expect(page.getByRole('heading', { level: 1, name: pledge.title })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Ukraine');
    const history = page.getByRole('list', { name: /^Changes/ });
    await expect(history.getByRole('listitem').filter({ hasText: 'Olena' })).toContainText(renamed);
    const stored = await (await request.get(`/api/pledges/${pledge.id}`)).json();
    expect(stored.pledgers).toEqual([{ id: 'ukraine', name: 'Ukraine', nameTranslations: { uk: 'Україна' } }]);
  });
});
