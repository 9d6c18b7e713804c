// The demo's backend in the browser: an MSW service worker hands every /api request to the
// same API code, over an in-memory store kept in this browser's localStorage.
import { setupWorker } from 'msw/browser';
import { createMockBackend } from './backend';
import { handlers, useMockBackend } from './handlers';
import type { MemoryStore } from '@server/store/memory/memoryStore';

const STORAGE_KEY = 'pledge-tracker:demo-data';

function persist(store: MemoryStore): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(store.snapshot()));
  } catch (error) {
    // Storage full or disabled (private mode): the demo keeps working, for this visit only.
    console.warn('The demo could not save its data in this browser:', error);
  }
}

function saved(): unknown {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export async function startMockWorker(): Promise<void> {
  await useMockBackend(createMockBackend({ restore: saved(), onWrite: persist }));
  const worker = setupWorker(...handlers);
  await worker.start({
    // Relative to the app's base, so a static demo works from any sub-path.
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/** Forgets this browser's changes and starts again from the seed data. */
export async function resetDemoData(): Promise<void> {
  localStorage.removeItem(STORAGE_KEY);
  await useMockBackend(createMockBackend({ onWrite: persist }));
}
