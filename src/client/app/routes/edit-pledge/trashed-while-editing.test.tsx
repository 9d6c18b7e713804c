// @vitest-environment jsdom
// Someone moves the pledge to the trash while an editor is changing it: saving says so, keeps
// what was typed, and offers Restore; once restored, the change can be saved.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { etagFor } from '@shared/contract';
import type { MockBackend } from '@mocks/backend';
import { mockServer, resetMockStore } from '@mocks/node';
import { renderApp } from '@client/test-utils/render-app';

const NOW = '2025-09-01T12:00:00Z';
const ID = 'security-guarantees-in-writing';
let backend: MockBackend;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  backend = await resetMockStore({ now: Date.parse(NOW) });
});
afterEach(() => mockServer.resetHandlers());
afterAll(() => mockServer.close());

async function someoneTrashesIt() {
  const current = (await backend.store.get(ID))!;
  const res = await backend.app.request(`/api/pledges/${ID}`, {
    method: 'DELETE',
    headers: { 'If-Match': etagFor(current.version) },
  });
  expect(res.status).toBe(200);
}

test('saving a pledge moved to the trash meanwhile keeps the change and offers Restore', async () => {
  const { user } = renderApp(`/pledges/${ID}/edit`, { now: NOW });
  const title = await screen.findByLabelText('Title in English');
  await user.clear(title);
  await user.type(title, 'Write the security guarantees down');
  await someoneTrashesIt();
  await user.click(screen.getByRole('button', { name: 'Save changes' }));

  const notice = await screen.findByRole('heading', { level: 2, name: 'This pledge is in the trash' });
  expect(notice.closest('[role="status"]')).toHaveTextContent(
    /moved this pledge to the trash .*Your changes are kept below/,
  );
  expect(screen.queryByText(/POST/)).toBeNull();
  expect(screen.getByLabelText('Title in English')).toHaveValue('Write the security guarantees down');

  const panel = notice.closest('.state-panel') as HTMLElement;
  await user.click(await within(panel).findByRole('button', { name: /^Restore/ }));
  await waitFor(async () => expect((await backend.store.get(ID))?.deletedAt ?? null).toBeNull());
  // Restoring changed nothing the editor typed over: the kept change saves on the restored version.
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  await waitFor(async () => expect((await backend.store.get(ID))?.title).toBe('Write the security guarantees down'));
});
