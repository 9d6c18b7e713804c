// Page cursors: opaque to clients, but simply an offset into the view plus a fingerprint of the
// view (filters and sort), so a cursor taken from one view is refused by another instead of
// silently paging through the wrong list. Offsets are honest about their limit: a pledge added
// or moved between two page loads can shift the pages by one.
import { serializeFilters, type PledgeFilters } from '@shared/contract';

/** FNV-1a, 32 bits: a fingerprint, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function viewFingerprint(filters: PledgeFilters): string {
  return fnv1a(serializeFilters(filters).toString());
}

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(text: string): string | null {
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return toBase64Url(`${offset}:${fingerprint}`);
}

/** The offset a cursor stands for, or null if it is not one this view gave out. */
export function decodeCursor(cursor: string, fingerprint: string): number | null {
  const match = /^(\d{1,9}):([0-9a-f]{8})$/.exec(fromBase64Url(cursor) ?? '');
  if (!match || match[2] !== fingerprint) return null;
  return Number(match[1]);
}
