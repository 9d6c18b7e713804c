// Errors in words a person can act on, by code, for readers of a language the server does not write (English readers get the server's own words, which are more precise). They load with the error (error-words.ts), so the first page does not carry them.
import { defineMessages } from '@shared/i18n';

export const codeErrorWords = defineMessages('errorByCode', {
  badResponse: 'The server sent an answer this page does not understand.',
  status: 'The server answered {status}.',
  invalid_input: 'Some of what was sent is not valid.',
  not_found: 'This could not be found. It may have been deleted, or the link is mistyped.',
  gone: 'This pledge is in the trash. Restore it from the trash to change it.',
  unauthenticated: 'Sign in to do this.',
  forbidden: 'Your account is not allowed to do this.',
  method_not_allowed: 'The server does not allow this request.',
  precondition_failed: 'Someone else changed this first. Reload to see their change, then try again.',
  precondition_required: 'The server needs to know which version this change is for. Reload and try again.',
  payload_too_large: 'This is too large to send.',
  unsupported_media_type: 'The server cannot read what was sent.',
  rate_limited: 'Too many attempts. Wait a little and try again.',
  rateLimitedFor: 'Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  internal: 'The server ran into a problem. Try again in a moment.',
  unavailable: 'The server cannot answer right now. Try again in a moment.',
});
