// Helpers for tests that override single handlers of the mock API (a 500, a 412, a delay).
import { HttpResponse } from 'msw';
import type { ErrorBody, ErrorCode } from '@shared/contract';

const STATUS: Partial<Record<ErrorCode, number>> = {
  internal: 500,
  precondition_failed: 412,
  invalid_input: 400,
  not_found: 404,
};

/** A response in the API's one error shape. */
export function apiError(code: ErrorCode, message: string, issues?: ErrorBody['error']['issues']) {
  return HttpResponse.json({ error: { code, message, ...(issues ? { issues } : {}) } } satisfies ErrorBody, {
    status: STATUS[code] ?? 400,
  });
}

/** A promise the test resolves by hand, to hold a request in flight. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}
