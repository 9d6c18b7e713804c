// The passwords people choose most often, as found in breach lists (about 49,000, from the
// zxcvbn-ts project's common dictionary), refused as ASVS 2.1.7 asks. Kept on the server: the
// list is too large to send to every browser. Loaded once, on first use.
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN } from '@shared/contract';

let common: Set<string> | undefined;

/** Whether the password, ignoring case, is one of the common ones. */
export function isCommonPassword(password: string): boolean {
  // Only entries long enough to be accepted at all need keeping.
  common ??= new Set(dictionary['passwords-common'].filter((entry) => entry.length >= PASSWORD_MIN));
  return common.has(password.normalize('NFC').toLowerCase());
}

export const COMMON_PASSWORD_MESSAGE =
  'This password is one of the most common ones (it appears in lists of leaked passwords): choose another';
