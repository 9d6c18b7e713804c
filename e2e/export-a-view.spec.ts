import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('taking a view out of the browser', () => {
  test('the CSV link downloads the view and the calendar link subscribes to the same view', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/?state=overdue');
    await expect(
      page.getByRole('heading', { name: 'Put the security guarantees for Ukraine in writing' }),
    ).toBeVisible();
    await page.getByText('Export and subscribe').click();

    const host = new URL(baseURL!).host;
    await expect(page.getByRole('link', { name: 'Subscribe in calendar' })).toHaveAttribute(
      'href',
      `webcal://${host}/api/pledges.ics?state=overdue&lang=en`,
    );
    await expect(page.getByRole('textbox', { name: 'Calendar address' })).toHaveValue(
      `http://${host}/api/pledges.ics?state=overdue&lang=en`,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pledges-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,title,pledgers,/);
    // Other journeys add overdue pledges of their own: every row is overdue, the guarantees among them.
    expect(lines.slice(1).length).toBeGreaterThanOrEqual(1);
    for (const line of lines.slice(1)) expect(line).toContain(',overdue,Open,');
    expect(
      lines.some((l) =>
        l.startsWith('security-guarantees-in-writing,Put the security guarantees for Ukraine in writing,'),
      ),
    ).toBe(true);

    const ics = await page.request.get(`/api/pledges.ics?state=overdue`);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toContain('UID:security-guarantees-in-writing@pledge-tracker.invalid');
    await expectNoSeriousA11yViolations(page);
  });
});
