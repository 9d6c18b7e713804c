// A short proposed title in our words: the kind of commitment and what is committed to,
// with journalistic padding removed ("Offer to buy about $90 billion of US weapons").
import type { CueKind } from './cues';

const LEADS: Record<CueKind, string> = {
  pledge: 'Pledge to',
  promise: 'Promise to',
  vow: 'Vow to',
  commitment: 'Commitment to',
  agreement: 'Agreement to',
  offer: 'Offer to',
  plan: 'Plan to',
  willingness: 'Willingness to',
  assurance: 'Assurance that',
  intent: '',
};

const REWRITES: [RegExp, string][] = [
  [/\bpurchase\b/gi, 'buy'],
  [/\b(?:roughly|around|approximately|some)\b/gi, 'about'],
  [/\s+worth of\b/gi, ' of'],
  [/\bweaponry\b/gi, 'weapons'],
  [/\bAmerican weapons\b/g, 'US weapons'],
  [/\bformally\s+/gi, ''],
  [/\bdirectly\s+/gi, ''],
  [/\s+/g, ' '],
];

const MAX_WORDS = 10;

/** `rest` is the sentence after the cue; `deadlineText` is cut out of it. */
export function proposeTitle(kind: CueKind, rest: string, deadlineText: string | null, subjectText = ''): string {
  let body = rest;
  let lead: string = LEADS[kind];
  if (deadlineText) body = body.replace(deadlineText, ' ');
  // "assured reporters that help would come": what was assured is after "that".
  if (kind === 'assurance') body = body.replace(/^\s*(?:\w+\s+){0,3}?that\s+/i, '');
  // A passive commitment ("the guarantees are slated to be formally written"): its subject is what is promised.
  const passive = /^\s*(?:to\s+)?be\s+/i.exec(body);
  const subject = subjectText.replace(/^.*\b(?:that|and|but)\s+/i, '').replace(/^(?:the|its|their|his|her|these|those|this)\s+/i, '').replace(/\s+(?:are|is|were|was|will|would|have|has)$/i, '').trim();
  if (passive && subject && subject.split(/\s+/).length <= 5) {
    body = `${subject} to be ${body.slice(passive[0].length)}`;
    lead = '';
  }
  body = body
    .replace(/^\s*(?:to|that|be|on|from|by|of)\s+/i, '')
    .replace(/[“”"]/g, '')
    .split(/[,;:.!?—–(]|\s-\s|\b(?:in an effort|in order|which|while|after|because|if|as part)\b/i)[0]!
    .trim();
  for (const [re, to] of REWRITES) body = body.replace(re, to);
  const words = body.split(' ').filter(Boolean);
  // End on a word that carries meaning, not on "the", "of", "to".
  let cut = words.slice(0, MAX_WORDS);
  while (cut.length > 1 && /^(?:the|a|an|of|to|and|or|with|for|in|on|by|at|its|their|his|her|be)$/i.test(cut[cut.length - 1]!)) cut = cut.slice(0, -1);
  const text = [lead, cut.join(' ')].filter(Boolean).join(' ').trim();
  if (!text) return 'Commitment';
  return text[0]!.toUpperCase() + text.slice(1);
}
