// @vitest-environment jsdom
// The notes of evidence and deliveries in both languages, on a pledge's page, through the real
// app and the mock API: each reader sees their language's version, or the original marked with
// its language; the editors write both side by side, the original in either language.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor, type Pledge } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';
const HELP = 'us-help-on-security';
const WEAPONS = 'ukraine-buys-us-weapons';
const SEEDED_EN =
  'The day after the summit, the guarantees were not yet defined, but Washington was to take part in them.';
const SEEDED_UK = 'Наступного дня після саміту гарантії ще не були визначені, але Вашингтон мав узяти в них участь.';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

/** A delivery with an English note only, recorded by someone else before the page opens. */
async function recordEnglishDelivery(): Promise<void> {
  const res = await backend.app.request(`/api/pledges/${WEAPONS}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', 'If-Match': etagFor(1) },
    body: JSON.stringify({ deliveries: [{ on: '2025-08-30', value: 1e9, note: 'First Patriot batteries' }] }),
  });
  expect(res.status).toBe(200);
}

describe('notes in the reader’s language', () => {
  test('an English reader reads the seeded evidence note as written, in English', async () => {
    renderApp(`/pledges/${HELP}`, { now: NOW });
    const note = await screen.findByText(SEEDED_EN);
    expect(note).toHaveAttribute('lang', 'en');
    expect(note.parentElement).toHaveTextContent(new RegExp(`^${SEEDED_EN}$`));
  });

  test('a Ukrainian reader reads its Ukrainian version, in Ukrainian', async () => {
    await showLanguage('uk');
    renderApp(`/pledges/${HELP}`, { now: NOW });
    const note = await screen.findByText(SEEDED_UK);
    expect(note).toHaveAttribute('lang', 'uk');
    expect(screen.queryByText(SEEDED_EN)).not.toBeInTheDocument();
  });

  test('a Ukrainian reader reads a note nobody translated in English, marked as such', async () => {
    await recordEnglishDelivery();
    await showLanguage('uk');
    renderApp(`/pledges/${WEAPONS}`, { now: NOW });
    const deliveries = await screen.findByRole('list', { name: 'Надходження' });
    expect(within(deliveries).getByText('First Patriot batteries')).toHaveAttribute('lang', 'en');
    expect(deliveries).toHaveTextContent('First Patriot batteries (англійською)');
  });
});

describe('writing a note in both languages', () => {
  test('a Ukrainian editor records a delivery in Ukrainian with its English beside it; an English reader reads that', async () => {
    await showLanguage('uk');
    const { user } = renderApp(`/pledges/${WEAPONS}`, { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Записати надходження' }));
    const form = screen.getByRole('form', { name: 'Записати надходження' });
    const note = within(form).getByRole('group', { name: 'Що надано (необов’язково)' });
    // A new note starts in the language the editor reads the tracker in.
    const written = within(note).getByRole('radiogroup', { name: 'Спершу написано' });
    expect(within(written).getByRole('radio', { name: 'українською' })).toBeChecked();
    const ukrainian = within(note).getByLabelText('Що надано, українською');
    const english = within(note).getByLabelText('Що надано, англійською');
    expect(ukrainian).toHaveAttribute('lang', 'uk');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAccessibleDescription('Для читачів англійською, якщо можете. Необов’язково.');
    await user.type(within(form).getByLabelText('Сума (USD)'), '1000000000');
    await user.type(ukrainian, 'Перші батареї Patriot');
    await user.type(english, 'First Patriot batteries');
    await user.click(within(form).getByRole('button', { name: 'Зберегти надходження' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Записати надходження' })).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'Надходження' })).toHaveTextContent('Перші батареї Patriot');

    const stored = (await backend.store.get(WEAPONS))!;
    expect(stored.deliveries).toEqual([
      expect.objectContaining({
        note: 'Перші батареї Patriot',
        noteLanguage: 'uk',
        noteTranslations: { en: 'First Patriot batteries' },
      }),
    ]);
    await showLanguage('en');
    expect(await screen.findByRole('list', { name: 'Deliveries' })).toHaveTextContent(
      /^1 Sep 2025 \$1 billion · First Patriot batteries/,
    );
  });

  test('an English editor adds the Ukrainian of the seeded note to the evidence: it keeps when it was added, and the history has it', async () => {
    const before = (await backend.store.get(HELP))!.evidence[0]!;
    const { user } = renderApp(`/pledges/${HELP}`, { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Edit “www.eunews.it”' }));
    const form = screen.getByRole('form', { name: 'Correct evidence' });
    const note = within(form).getByRole('group', { name: 'Note (optional)' });
    expect(within(note).getByRole('radio', { name: 'English' })).toBeChecked();
    expect(within(note).getByLabelText('Note in English')).toHaveValue(SEEDED_EN);
    const ukrainian = within(note).getByLabelText('Note in Ukrainian');
    expect(ukrainian).toHaveValue(SEEDED_UK);
    await user.clear(ukrainian);
    await user.type(ukrainian, 'Гарантії ще не визначені.');
    await user.click(within(form).getByRole('button', { name: 'Save the evidence' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Correct evidence' })).not.toBeInTheDocument());

    const after = (await backend.store.get(HELP))!;
    expect(after.evidence).toEqual([{ ...before, noteTranslations: { uk: 'Гарантії ще не визначені.' } }]);
    const history = await backend.store.history(HELP);
    expect(history.at(-1)!.changes.map((c) => c.field)).toEqual(['evidence']);
    expect(await screen.findByRole('list', { name: 'Changes, newest first' })).toHaveTextContent(
      'Evidence: evidence edited',
    );
  });

  test('an English editor corrects a recorded delivery, adding its Ukrainian: the delivery keeps its id, and a Ukrainian reader reads it', async () => {
    await recordEnglishDelivery();
    const before = (await backend.store.get(WEAPONS))!.deliveries[0]!;
    const { user } = renderApp(`/pledges/${WEAPONS}`, { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Edit the delivery of 30 Aug 2025' }));
    const form = screen.getByRole('form', { name: 'Correct the delivery of 30 Aug 2025' });
    expect(within(form).getByLabelText('Delivered on')).toHaveFocus();
    expect(within(form).getByLabelText('Amount (USD)')).toHaveValue('1000000000');
    const note = within(form).getByRole('group', { name: 'What was delivered (optional)' });
    expect(within(note).getByLabelText('What was delivered, in English')).toHaveValue('First Patriot batteries');
    await user.type(within(note).getByLabelText('What was delivered, in Ukrainian'), 'Перші батареї Patriot');
    await user.click(within(form).getByRole('button', { name: 'Save the delivery' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Correct the delivery/ })).not.toBeInTheDocument());

    const after = (await backend.store.get(WEAPONS))!;
    expect(after.deliveries).toEqual([
      { ...before, noteLanguage: 'en', noteTranslations: { uk: 'Перші батареї Patriot' } },
    ]);
    expect(after.version).toBe(3);
    await showLanguage('uk');
    const list = await screen.findByRole('list', { name: 'Надходження' });
    expect(within(list).getByText('Перші батареї Patriot')).toHaveAttribute('lang', 'uk');
  });

  test('a delivery corrected to a sum that is not a number is refused on its field, and nothing changes', async () => {
    await recordEnglishDelivery();
    const before = (await backend.store.get(WEAPONS))!;
    const { user } = renderApp(`/pledges/${WEAPONS}`, { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Edit the delivery of 30 Aug 2025' }));
    const form = screen.getByRole('form', { name: 'Correct the delivery of 30 Aug 2025' });
    const amount = within(form).getByLabelText('Amount (USD)');
    await user.clear(amount);
    await user.type(amount, 'a lot');
    await user.click(within(form).getByRole('button', { name: 'Save the delivery' }));
    expect(amount).toHaveAccessibleDescription('Write the amount as a number, e.g. 1500000000');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: /^Correct the delivery/ })).not.toBeInTheDocument();
    expect(await backend.store.get(WEAPONS)).toEqual(before);
  });

  test('a note written only in the other language’s box is the note itself, in that language', async () => {
    const { user } = renderApp(`/pledges/${HELP}`, { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Add evidence' }));
    const form = screen.getByRole('form', { name: 'Add evidence' });
    await user.type(within(form).getByLabelText('Link'), 'https://example.org/kyiv');
    // The keyboard moves the choice like any radio group; each text stays in its box.
    const written = within(form).getByRole('radiogroup', { name: 'Written first in' });
    within(written).getByRole('radio', { name: 'English' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(written).getByRole('radio', { name: 'Ukrainian' })).toBeChecked();
    await user.click(within(written).getByRole('radio', { name: 'English' }));
    await user.type(within(form).getByLabelText('Note in Ukrainian'), 'Заява з Києва');
    await user.click(within(form).getByRole('button', { name: 'Save the evidence' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add evidence' })).not.toBeInTheDocument());
    const stored = (await backend.store.get(HELP)) as Pledge | null;
    expect(stored!.evidence.at(-1)).toMatchObject({ note: 'Заява з Києва', noteLanguage: 'uk', noteTranslations: {} });
    // An English reader sees it as it was written, marked as Ukrainian.
    const note = await screen.findByText('Заява з Києва');
    expect(note).toHaveAttribute('lang', 'uk');
    expect(note.parentElement).toHaveTextContent('Заява з Києва (in Ukrainian)');
  });
});
