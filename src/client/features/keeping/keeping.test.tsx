// @vitest-environment jsdom
// Recording deliveries and evidence on a pledge's page, through the real app and the mock API.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('keeping the record on a pledge’s page', () => {
  test('record a delivery towards the $90 billion: progress, list and history follow', async () => {
    const { user } = renderApp('/pledges/ukraine-buys-us-weapons', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Record a delivery' }));
    const form = screen.getByRole('form', { name: 'Record a delivery' });
    await user.click(within(form).getByRole('button', { name: 'Save the delivery' }));
    expect(within(form).getByText(/Write the amount as a number/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Amount (USD)'), '9,000,000,000');
    await user.type(within(form).getByLabelText('What was delivered, in English'), 'First Patriot batteries');
    await user.click(within(form).getByRole('button', { name: 'Save the delivery' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record a delivery' })).not.toBeInTheDocument());
    expect(screen.getByRole('progressbar', { name: 'Delivered' })).toHaveAttribute('aria-valuenow', '10');
    expect(screen.getByRole('list', { name: 'Deliveries' })).toHaveTextContent(
      '1 Sep 2025 $9 billion · First Patriot batteries',
    );
    const stored = (await backend.store.get('ukraine-buys-us-weapons'))!;
    expect(stored.amount).toMatchObject({ delivered: 9_000_000_000 });
    expect((await backend.store.history(stored.id)).at(-1)).toMatchObject({
      actor: 'Demo editor',
      changes: expect.arrayContaining([expect.objectContaining({ field: 'deliveries' })]),
    });

    await user.click(screen.getByRole('button', { name: 'Remove the delivery of 1 Sep 2025' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Deliveries' })).not.toBeInTheDocument());
  });

  test('add, correct and remove evidence; each change is a version', async () => {
    const { user } = renderApp('/pledges/security-guarantees-in-writing', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Add evidence' }));
    const form = screen.getByRole('form', { name: 'Add evidence' });
    await user.type(within(form).getByLabelText('Link'), 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'Save the evidence' }));
    expect(within(form).getByLabelText('Link')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(within(form).getByLabelText('Link'));
    await user.type(within(form).getByLabelText('Link'), 'https://example.org/framework');
    await user.type(within(form).getByLabelText('Title (optional)'), 'Framework text');
    await user.type(within(form).getByLabelText('Dated (optional)'), '2025-08-29');
    expect(within(form).getByLabelText('Dated (optional)')).toHaveAccessibleDescription('Fri 29 Aug 2025');
    await user.click(within(form).getByRole('button', { name: 'Save the evidence' }));
    const evidence = await screen.findByRole('link', { name: /^Framework text/ });
    expect(evidence.closest('li')).toHaveTextContent('From 29 Aug 2025');

    await user.click(screen.getByRole('button', { name: 'Edit “Framework text”' }));
    const edit = screen.getByRole('form', { name: 'Correct evidence' });
    await user.clear(within(edit).getByLabelText('Title (optional)'));
    await user.type(within(edit).getByLabelText('Title (optional)'), 'Draft framework text');
    await user.click(within(edit).getByRole('button', { name: 'Save the evidence' }));
    expect(await screen.findByRole('link', { name: /^Draft framework text/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove “Draft framework text”' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: /^Draft framework text/ })).not.toBeInTheDocument());
    expect((await backend.store.get('security-guarantees-in-writing'))?.version).toBe(4);
  });

  test('a change made meanwhile by someone else is not overwritten: the page reloads and says so', async () => {
    const { user } = renderApp('/pledges/security-guarantees-in-writing', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Add evidence' }));
    const res = await backend.app.request('/api/pledges/security-guarantees-in-writing', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': etagFor(1) },
      body: JSON.stringify({ title: 'Renamed by Marco' }),
    });
    expect(res.status).toBe(200);
    const form = screen.getByRole('form', { name: 'Add evidence' });
    await user.type(within(form).getByLabelText('Link'), 'https://example.org/a');
    await user.click(within(form).getByRole('button', { name: 'Save the evidence' }));
    expect(await screen.findByText('Someone changed this pledge first')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Renamed by Marco' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Link')).toHaveValue('https://example.org/a');
  });
});
