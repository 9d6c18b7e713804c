import { describe, expect, it } from 'vitest';
import { API_URL } from './handlers';

describe('which requests the mocked backend answers', () => {
  it.each([
    'http://localhost:5173/api/pledges?state=due',
    'http://localhost/api/pledges/x/history',
    'http://h/demo/api/health',
    'http://h/api/unknown',
  ])('answers %s', (url) => expect(API_URL.test(url)).toBe(true));
  it.each([
    'http://localhost:5173/src/client/lib/api/pledges.ts',
    'http://h/node_modules/pkg/api/x.js',
    'http://h/@fs/work/api/x.ts',
    'http://h/pledges/api',
  ])('leaves %s to the network', (url) => expect(API_URL.test(url)).toBe(false));
});
