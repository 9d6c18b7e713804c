// An error is told in the reader's language: by the server's own words in English, and in any
// other language by its code, with words that load with the error rather than with the first page.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { resetLanguage, showLanguage } from '@client/i18n/language';
import { apiRequest, errorMessage, NO_CONTENT } from './api-client';

const server = setupServer(
  http.get('http://localhost/api/refused', () =>
    HttpResponse.json(
      { error: { code: 'precondition_failed', message: 'Pledge a is at version 3, not 2.' } },
      { status: 412 },
    ),
  ),
  http.get('http://localhost/api/slow-down', () =>
    HttpResponse.json(
      { error: { code: 'rate_limited', message: 'Too many requests.' } },
      { status: 429, headers: { 'Retry-After': '22' } },
    ),
  ),
  http.get('http://localhost/api/odd', () => HttpResponse.json({ unexpected: true })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetLanguage());
afterAll(() => server.close());

async function refusal(path: string): Promise<unknown> {
  return apiRequest(path, { schema: NO_CONTENT }).then(
    () => expect.unreachable('the request should fail'),
    (error: unknown) => error,
  );
}

describe('errors in the reader’s language', () => {
  test('an English reader gets the server’s own words', async () => {
    expect(errorMessage(await refusal('/api/refused'))).toBe('Pledge a is at version 3, not 2.');
  });

  test('a Ukrainian reader gets the words for the code, loaded with the error', async () => {
    await showLanguage('uk');
    expect(errorMessage(await refusal('/api/refused'))).toBe(
      'Хтось інший змінив це раніше. Перезавантажте сторінку, щоб побачити зміну, і спробуйте ще раз.',
    );
    expect(errorMessage(await refusal('/api/slow-down'))).toBe('Забагато спроб. Спробуйте ще раз через 22 секунди.');
    expect(errorMessage(await refusal('/api/odd'))).toBe('Сервер надіслав відповідь, якої ця сторінка не розуміє.');
  });
});
