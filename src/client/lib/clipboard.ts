// Copying text: the async clipboard where there is one (and permission), else the old
// selection-based copy. Resolves to whether it worked, so the caller can offer the text by hand.

/** For browsers without the async clipboard (or without permission): the old selection-based copy. */
function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable (e.g. not a secure context): try the fallback.
  }
  return copyBySelection(text);
}
