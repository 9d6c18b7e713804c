// @vitest-environment jsdom
// Keeping the record in Ukrainian: deliveries, the trash (with who moved it there) and history.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { etagFor } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';
const ID = 'security-guarantees-in-writing';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

describe('keeping the record in Ukrainian', () => {
  test('record a delivery: the form, its check and the history say it in Ukrainian', async () => {
    const { user } = renderApp('/pledges/ukraine-buys-us-weapons', { now: NOW });
    await user.click(await screen.findByRole('button', { name: 'Записати надходження' }));
    const form = screen.getByRole('form', { name: 'Записати надходження' });
    await user.click(within(form).getByRole('button', { name: 'Зберегти надходження' }));
    expect(within(form).getByText(/Запишіть суму числом/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Сума (USD)'), '9000000000');
    await user.click(within(form).getByRole('button', { name: 'Зберегти надходження' }));
    expect(await screen.findByRole('button', { name: 'Вилучити надходження від 1 вер. 2025' })).toBeInTheDocument();
    const history = await screen.findByRole('list', { name: 'Зміни, нові спершу' });
    await waitFor(() => expect(history).toHaveTextContent(/Надходження: додано 9 мільярдів від 1 вер\. 2025/));
  });

  test('a trashed pledge says who moved it, and the trash lists it', async () => {
    const res = await backend.actingAs('Anna Kovalenko').request(`/api/pledges/${ID}`, {
      method: 'DELETE',
      headers: { 'If-Match': etagFor(1) },
    });
    expect(res.status).toBe(200);
    const { user } = renderApp(`/pledges/${ID}`, { now: NOW });
    const notice = (await screen.findByRole('heading', { level: 1, name: 'Ця обіцянка в кошику' })).parentElement!;
    expect(notice).toHaveTextContent('Цю обіцянку переміщено до кошика щойно; автор зміни — Anna Kovalenko.');
    await user.click(screen.getByRole('link', { name: 'Усе, що в кошику' }));
    const list = await screen.findByRole('list', { name: 'Обіцянки в кошику' });
    expect(list).toHaveTextContent(/у кошику з 1 вер\. 2025/);
    await user.click(within(list).getByRole('button', { name: /^Відновити «/ }));
    expect(await screen.findByRole('heading', { name: 'Кошик порожній' })).toBeInTheDocument();
  });
});
