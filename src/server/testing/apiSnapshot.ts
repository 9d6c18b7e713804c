// Everything the API can show, read through the API itself: every list page, the trash, every
// pledge's history, the parties with their record, the saved views. Two equal snapshots mean a
// request changed nothing anyone could see.
import type { TestApi } from './apiHarness';

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

export async function apiSnapshot(api: TestApi): Promise<string> {
  const listed: unknown[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = (await api.call<Page>('GET', `/api/pledges?limit=200${cursor ? `&cursor=${cursor}` : ''}`)).body;
    listed.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const trash = (await api.call<{ items: { id: string }[] }>('GET', '/api/trash')).body.items;
  const ids = [...listed.map((p) => (p as { id: string }).id), ...trash.map((p) => p.id)].sort();
  const histories = await Promise.all(
    ids.map(async (id) => [id, (await api.call('GET', `/api/pledges/${id}/history`)).body]),
  );
  const parties = (await api.call('GET', '/api/parties/stats')).body;
  const views = (await api.call('GET', '/api/views')).body;
  return JSON.stringify({ listed, trash, histories, parties, views });
}
