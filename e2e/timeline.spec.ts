import { expect, test, type Page } from '@playwright/test';
import { createPledge } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';

const GUARANTEES = 'Put the security guarantees for Ukraine in writing';
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const bars = (page: Page) => timeline(page).getByRole('list', { name: 'Pledges on the timeline' }).getByRole('link');
/** Scrolls the page (only the page) so the drawing is on screen below the filters. */
const showDrawing = (page: Page) =>
  timeline(page)
    .locator('.timeline-frame')
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));

test.describe('the timeline', () => {
  test('today, the overdue guarantees, zoom, the keyboard from one bar to the next, axe', async ({ page, request }) => {
    await page.goto('/?view=timeline');
    await expect(timeline(page).getByRole('link', { name: /^Put the security/ })).toBeVisible();
    await showDrawing(page);
    // The first view scrolls the axis so today is on screen.
    await expect(timeline(page).getByText(/^Today · \d{1,2} [A-Z][a-z]{2} \d{4}$/)).toBeInViewport();
    await expect(timeline(page).getByRole('link', { name: `${GUARANTEES}: 25–28 Aug 2025, overdue` })).toBeVisible();
    // The summit's windows (Aug 2025) lie before the quarter around today: counted at the left edge.
    await expect(timeline(page).getByRole('button', { name: /^Show \d+ pledges? earlier$/ })).toBeVisible();
    await expect(timeline(page)).toContainText('pledges in this view have no deadline');
    await expect(timeline(page).getByRole('link', { name: 'Buy about $90 billion of American weapons' })).toBeVisible();

    await timeline(page).getByRole('radio', { name: 'Year' }).check();
    await expect(page).toHaveURL(/[?&]view=timeline&zoom=year$/);
    await expect(
      timeline(page)
        .getByText(/^Jan \d{4}$/)
        .first(),
    ).toBeVisible();
    await timeline(page).getByRole('button', { name: 'Go to today' }).click();
    await expect(timeline(page).getByText(/^Today · /)).toBeInViewport();
    await expectNoSeriousA11yViolations(page);

    // Two pledges of their own, in one view: one tab stop, arrows move, Enter opens.
    const tag = `timeline-journey-${Date.now().toString(36)}`;
    const first = await createPledge(request, {
      title: 'Open the first timeline office',
      tags: [tag],
      deadline: { earliest: '2025-09-01', latest: '2025-09-15', text: 'early September' },
    });
    const second = await createPledge(request, {
      title: 'Open the second timeline office',
      tags: [tag],
      deadline: { earliest: '2025-10-01', latest: '2025-10-01', text: 'on 1 October' },
    });
    await page.goto(`/?tag=${tag}&sort=deadline&view=timeline`);
    await expect(bars(page)).toHaveCount(2);
    await expect(bars(page).nth(0)).toHaveAttribute('tabindex', '0');
    await expect(bars(page).nth(1)).toHaveAttribute('tabindex', '-1');
    // Both lie before the quarter around today. Tab from the zoom (its checked radio is its tab
    // stop) lands on their count; Enter brings both on screen and the focus to the first.
    await expect(bars(page).nth(0)).not.toBeInViewport();
    await expect(timeline(page).getByText('Nothing later')).toBeVisible();
    await timeline(page).getByRole('radio', { name: 'Quarter' }).focus();
    await page.keyboard.press('Tab');
    await expect(timeline(page).getByRole('button', { name: 'Show 2 pledges earlier' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(bars(page).nth(0)).toBeFocused();
    await showDrawing(page);
    await expect(bars(page).nth(0)).toBeInViewport();
    await expect(bars(page).nth(1)).toBeInViewport();
    await expect(timeline(page).getByText('Nothing earlier')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect(bars(page).nth(0)).toHaveAccessibleName(/^Open the first timeline office: 1–15 Sep 2025, \w+$/);
    await page.keyboard.press('ArrowDown');
    await expect(bars(page).nth(1)).toBeFocused();
    await expect(bars(page).nth(1)).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(bars(page).nth(0)).toBeFocused();
    await page.keyboard.press('End');
    await expect(bars(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/pledges/${second.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
    expect(first.id).not.toBe(second.id);
  });

  test('Fit: every window on screen at once, today waiting at the edge, in light and dark', async ({
    page,
    request,
  }) => {
    const tag = `timeline-fit-${Date.now().toString(36)}`;
    for (const [title, earliest, latest] of [
      ['Open the first fitted office', '2025-09-01', '2025-09-10'],
      ['Open the second fitted office', '2026-02-20', '2026-03-05'],
    ] as const)
      await createPledge(request, { title, tags: [tag], deadline: { earliest, latest, text: 'within months' } });
    await page.goto(`/?tag=${tag}&sort=deadline&view=timeline`);
    await expect(bars(page)).toHaveCount(2);
    await timeline(page).getByRole('radio', { name: 'Fit' }).check();
    await expect(page).toHaveURL(/[?&]view=timeline&zoom=fit$/);
    await showDrawing(page);
    await expect(bars(page).nth(0)).toBeInViewport();
    await expect(bars(page).nth(1)).toBeInViewport();
    // Nothing scrolls, so nothing is counted; today (December 2026 or later) is far after them.
    await expect(timeline(page).getByText('Nothing earlier')).toHaveCount(0);
    await expect(timeline(page).getByText(/^Today · .+ →$/)).toBeInViewport();
    const viewport = timeline(page).locator('.timeline-viewport');
    expect(await viewport.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoSeriousA11yViolations(page);
    }

    // The link opens the same drawing; "Go to today" goes back to the quarter around today.
    await page.reload();
    await expect(timeline(page).getByRole('radio', { name: 'Fit' })).toBeChecked();
    await timeline(page).getByRole('button', { name: 'Go to today' }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?tag=${tag}&sort=deadline&view=timeline$`));
    await showDrawing(page);
    await expect(timeline(page).getByText(/^Today · \d{1,2} [A-Z][a-z]{2} \d{4}$/)).toBeInViewport();
    await expect(timeline(page).getByRole('button', { name: 'Show 2 pledges earlier' })).toBeVisible();
  });

  test('on a phone only the time area scrolls sideways, and titles stay readable', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?view=timeline');
    const bar = timeline(page).getByRole('link', { name: `${GUARANTEES}: 25–28 Aug 2025, overdue` });
    await expect(bar).toBeVisible();
    await showDrawing(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Whatever part of the axis is on screen, each title is inside the screen.
    const title = timeline(page).locator('.timeline-label-title', { hasText: GUARANTEES });
    await expect(title).toBeInViewport({ ratio: 1 });
    await timeline(page).getByRole('radio', { name: 'Year' }).check();
    await expect(page).toHaveURL(/zoom=year/);
    // (A new zoom is a navigation, which puts the page back at its top.)
    await showDrawing(page);
    await expect(title).toBeInViewport({ ratio: 1 });
    await expectNoSeriousA11yViolations(page);
  });

  test('as of 1 Sep 2025: the line is that day and the guarantees are overdue', async ({ page }) => {
    await page.goto('/?view=timeline&asOf=2025-09-01');
    await expect(timeline(page).getByRole('link', { name: /^Put the security/ })).toBeVisible();
    await showDrawing(page);
    await expect(timeline(page).getByText('As of 1 Sep 2025', { exact: true })).toBeInViewport();
    await expect(timeline(page).getByRole('link', { name: `${GUARANTEES}: 25–28 Aug 2025, overdue` })).toBeInViewport();
    await expect(timeline(page).getByRole('button', { name: 'Go to 1 Sep 2025' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
