// @vitest-environment jsdom
// "Add from article" against the mock API: paste the seed story, review the candidates, edit
// one, accept it; a refused accept shows the server's reason by its field and keeps the edits.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mockServer, resetMockStore } from '@mocks/node';
import type { MockBackend } from '@mocks/backend';
import { apiError } from '@client/test-utils/mock-api';
import { renderApp } from '@client/test-utils/render-app';

const ARTICLE = readFileSync(resolve(process.cwd(), 'src/server/seed/article-white-house-summit.txt'), 'utf8');
const NOW = '2025-08-19T15:00:00Z';

let backend: MockBackend;
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

async function findPledges() {
  const app = renderApp('/intake', { now: NOW });
  await screen.findByRole('heading', { level: 1, name: 'Add from article' });
  // Pasting a whole story: fireEvent keeps the test fast (user.type would type 2,000 keys).
  fireEvent.change(screen.getByLabelText('Article text'), { target: { value: ARTICLE } });
  fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2025-08-18' } });
  fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/New_York' } });
  await app.user.type(screen.getByLabelText('Headline'), 'Zelensky ready to meet Putin');
  await app.user.type(screen.getByLabelText(/^Link/), 'https://example.org/summit');
  await app.user.click(screen.getByRole('button', { name: 'Find pledges' }));
  await screen.findByRole('heading', { level: 2, name: /possible pledges/ });
  return app;
}

function card(words: RegExp): HTMLElement {
  const cards = within(screen.getByRole('region', { name: 'Candidate pledges' })).getAllByRole('article');
  const found = cards.find((c) =>
    words.test((within(c).queryByLabelText('Quote') as HTMLTextAreaElement | null)?.value ?? ''),
  );
  if (!found) throw new Error(`no open card quoting ${words}`);
  return found;
}

describe('add from article', () => {
  test('finds the candidates, marks the article, and accepts an edited one with its source', async () => {
    const { user } = await findPledges();

    // The article, each candidate sentence highlighted and the deadline words marked inside it.
    const article = screen.getByRole('region', { name: 'The article' });
    expect(within(article).getByText('within the next week to ten days').tagName).toBe('MARK');

    const guarantees = card(/formally written within the next week to ten days/);
    expect(within(guarantees).getByLabelText('Earliest (optional)')).toHaveValue('2025-08-25');
    expect(within(guarantees).getByLabelText('Latest')).toHaveValue('2025-08-28');
    expect(guarantees).toHaveTextContent('25–28 Aug 2025');

    const weapons = card(/\$90 billion/);
    expect(within(weapons).getByLabelText('Value (optional)')).toHaveValue('90000000000');
    expect(within(weapons).getByLabelText('Currency')).toHaveValue('USD');
    expect(within(within(weapons).getByRole('group', { name: 'Pledgers' })).getByText('Ukraine')).toBeInTheDocument();
    expect(
      within(within(weapons).getByRole('group', { name: 'Beneficiaries' })).getByText('United States'),
    ).toBeInTheDocument();

    const title = within(weapons).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Buy US weapons worth about $90 billion');
    await user.click(within(weapons).getByRole('button', { name: 'Accept' }));

    const done = await screen.findByText(/Added to the tracker/);
    const link = within(done).getByRole('link', { name: 'Open the pledge' });
    const id = link.getAttribute('href')!.split('/').pop()!;
    const saved = await backend.store.get(id);
    expect(saved).toMatchObject({
      title: 'Buy US weapons worth about $90 billion',
      announcedOn: '2025-08-18',
      timeZone: 'America/New_York',
      amount: { value: 90_000_000_000, currency: 'USD' },
      sources: [
        { title: 'Zelensky ready to meet Putin', url: 'https://example.org/summit', publishedOn: '2025-08-18' },
      ],
    });
    expect(saved?.pledgers.map((p) => p.id)).toEqual(['ukraine']);
  });

  test('a refused accept shows the server’s reason next to the field and keeps every edit', async () => {
    mockServer.use(
      http.post('*/api/pledges', () =>
        apiError('invalid_input', 'The pledge would not be consistent.', [
          { path: 'deadline.latest', message: 'The deadline cannot end before the pledge was announced' },
        ]),
      ),
    );
    const { user } = await findPledges();
    const guarantees = card(/formally written within/);
    const title = within(guarantees).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Write the security guarantees down');
    await user.click(within(guarantees).getByRole('button', { name: 'Accept' }));

    expect(
      await within(guarantees).findByText('The deadline cannot end before the pledge was announced'),
    ).toBeInTheDocument();
    expect(within(guarantees).getByRole('alert')).toHaveTextContent('Not saved: The pledge would not be consistent.');
    expect(within(guarantees).getByLabelText('Latest')).toHaveAttribute('aria-invalid', 'true');
    expect(within(guarantees).getByLabelText('Title')).toHaveValue('Write the security guarantees down');
    expect(within(guarantees).getByRole('button', { name: 'Accept' })).toBeEnabled();
  });

  test('a new party is created before its pledge; rejecting a card puts it aside', async () => {
    const { user } = await findPledges();
    const meet = card(/willingness to meet directly/);
    const beneficiaries = within(meet).getByRole('group', { name: 'Beneficiaries' });
    await user.type(within(beneficiaries).getByRole('combobox'), 'Istanbul talks{Enter}');
    expect(within(beneficiaries).getByText(/new: Istanbul talks/)).toBeInTheDocument();
    await user.selectOptions(within(beneficiaries).getByLabelText('What Istanbul talks is'), 'group');
    await user.click(within(meet).getByRole('button', { name: 'Accept' }));
    await waitFor(async () =>
      expect(await backend.store.getParties(['istanbul-talks'])).toEqual([
        { id: 'istanbul-talks', name: 'Istanbul talks', kind: 'group', aliases: [] },
      ]),
    );
    await within(meet).findByText(/Added to the tracker/);

    const help = card(/a lot of help/);
    await user.click(within(help).getByRole('button', { name: 'Reject' }));
    expect(screen.getByRole('button', { name: 'Undo reject' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /possible pledges/ }).parentElement).toHaveTextContent(
      /1 accepted, 1 rejected/,
    );
  });

  test('accept all adds every open card, one after the other, and the list shows them', async () => {
    const { user } = await findPledges();
    const total = within(screen.getByRole('region', { name: 'Candidate pledges' })).getAllByRole('article').length;
    await user.click(screen.getByRole('button', { name: `Accept all ${total}` }));
    await waitFor(() => expect(screen.getAllByText(/Added to the tracker/)).toHaveLength(total), { timeout: 5000 });
    const page = await backend.store.list({ sort: 'announced', offset: 0, limit: 50 }, Date.parse(NOW));
    expect(page.total).toBe(4 + total);
    await user.click(screen.getByRole('link', { name: 'All pledges' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pledges' })).toBeInTheDocument();
    expect(await screen.findByText(`${4 + total} pledges`, { exact: false })).toBeInTheDocument();
  });

  test('takes the date of a dateline until one is picked, and proposes no quote with it', async () => {
    const { user } = renderApp('/intake', { now: NOW });
    await screen.findByRole('heading', { level: 1, name: 'Add from article' });
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/New_York' } });
    const date = screen.getByLabelText('Date');
    expect(date).toHaveValue('2025-08-19');
    fireEvent.change(screen.getByLabelText('Article text'), {
      target: { value: 'WASHINGTON, Aug 15 (AP) — The United States will send Ukraine new aid within 30 days.' },
    });
    // "Aug 15" without a year: the last 15 August up to today in New York.
    expect(date).toHaveValue('2025-08-15');
    expect(date).toHaveAccessibleDescription('From the dateline. Fri 15 Aug 2025');
    // A story without one goes back to today.
    fireEvent.change(screen.getByLabelText('Article text'), {
      target: { value: 'The United States will send Ukraine new aid within 30 days.' },
    });
    expect(date).toHaveValue('2025-08-19');
    fireEvent.change(screen.getByLabelText('Article text'), {
      target: { value: 'WASHINGTON, Aug 15 (AP) — The United States will send Ukraine new aid within 30 days.' },
    });
    await user.type(screen.getByLabelText('Headline'), 'New aid');
    await user.click(screen.getByRole('button', { name: 'Find pledges' }));
    await screen.findByRole('heading', { level: 2, name: /possible pledge/ });
    const quote = within(screen.getByRole('region', { name: 'Candidate pledges' })).getByLabelText('Quote');
    expect(quote).toHaveValue('The United States will send Ukraine new aid within 30 days.');
    // Counted from the dateline's date: 15 August + 30 days, and said in words, not in notation.
    const cards = screen.getByRole('region', { name: 'Candidate pledges' });
    expect(within(cards).getByLabelText('Latest')).toHaveValue('2025-09-14');
    expect(within(cards).getByText('Due within 30 days of the announcement, by 14 Sep 2025.')).toBeInTheDocument();
    expect(cards.textContent).not.toMatch(/D\+|→|D =/);

    // A date picked by hand wins over the dateline from then on.
    fireEvent.change(date, { target: { value: '2025-08-16' } });
    fireEvent.change(screen.getByLabelText('Article text'), {
      target: { value: 'WASHINGTON, Aug 14 (AP) — The United States will send Ukraine new aid within 30 days.' },
    });
    expect(date).toHaveValue('2025-08-16');
    expect(date).not.toHaveAccessibleDescription(/dateline/);
  });

  test('says so when a text holds no pledges, and asks for what is missing', async () => {
    const { user } = renderApp('/intake', { now: NOW });
    await screen.findByRole('heading', { level: 1, name: 'Add from article' });
    await user.click(screen.getByRole('button', { name: 'Find pledges' }));
    expect(screen.getByLabelText('Article text')).toHaveFocus();
    expect(screen.getByText('Paste the article text')).toBeInTheDocument();
    expect(screen.getByText('Give the headline, so the pledges cite it')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Article text'), {
      target: { value: 'The weather in Kyiv was mild on Monday.' },
    });
    await user.type(screen.getByLabelText('Headline'), 'Weather');
    await user.click(screen.getByRole('button', { name: 'Find pledges' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'No pledges found in this text' })).toBeInTheDocument();
  });
});
