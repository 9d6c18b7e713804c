// The mocked backend for tests that run in Node (client integration tests): an MSW server over
// the same API app and an in-memory store. Call resetMockStore() before each test for a fresh,
// seeded store; override single routes with mockServer.use(...) to inject failures.
import { setupServer } from 'msw/node';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend';
import { handlers, useMockBackend } from './handlers';

export const mockServer = setupServer(...handlers);

export type ResetMockStoreOptions = Pick<MockBackendOptions, 'now' | 'data'>;

/** A fresh store (seeded unless told otherwise); returns it, to inspect what a test wrote. */
export function resetMockStore(options: ResetMockStoreOptions = {}): Promise<MockBackend> {
  return useMockBackend(createMockBackend(options));
}
