// Passwords that anyone would guess first, by their shape alone: one character repeated, a run
// along the alphabet, the digits or a keyboard row, or a short pattern repeated. Refused by the
// server with the common passwords of breach lists (commonPasswords.ts); the form shows the reason
// on the field. Kept out of the browser, whose first page would otherwise carry it.

/** Runs people type as "sequences": forwards or backwards, any stretch of them. */
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiopasdfghjklzxcvbnm', 'qwertzuiop', 'azertyuiop'];

function isRun(text: string): boolean {
  const reversed = [...text].reverse().join('');
  return RUNS.some((run) => run.includes(text) || run.includes(reversed));
}

/** The shortest unit that, repeated, makes up the whole text ("abab…" → "ab"), else the text. */
function repeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size++) {
    const unit = text.slice(0, size);
    if (unit.repeat(Math.ceil(text.length / size)).slice(0, text.length) === text) return unit;
  }
  return text;
}

/** Why a password's shape makes it easy to guess, in words for the form, or null when it does not. */
export function passwordShapeProblem(password: string): string | null {
  const text = password.toLowerCase();
  const unit = repeatedUnit(text);
  if (unit.length === 1)
    return 'One character repeated is among the first things anyone tries: choose another password';
  if (isRun(text))
    return 'A run like 1234…, abcd… or qwerty… is among the first things anyone tries: choose another password';
  if (unit.length <= 4 || isRun(unit))
    return 'A short pattern repeated is among the first things anyone tries: choose another password';
  return null;
}
