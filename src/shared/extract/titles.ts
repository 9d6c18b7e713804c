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

// How a lead joins a noun phrase instead of a verb ("promised more sanctions" → "Promise of more sanctions").
const NOUN_LEADS: Partial<Record<CueKind, string>> = {
  pledge: 'Pledge of',
  promise: 'Promise of',
  vow: 'Vow of',
  offer: 'Offer of',
};
// …and a clause ("promised German engineers will arrive" → "Promise that German engineers will arrive").
const CLAUSE_LEADS: Partial<Record<CueKind, string>> = {
  pledge: 'Pledge that',
  promise: 'Promise that',
  vow: 'Vow that',
  agreement: 'Agreement that',
};

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/**
 * A time adverbial between the cue and what was committed to ("pledged on Tuesday to deliver",
 * "agreed last week to train", "promised in April to rebuild"): when it was said, not what.
 */
const LEADING_TIME = new RegExp(
  '^\\s*,?\\s*(?:' +
    [
      `(?:on\\s+)?(?:(?:last|this|next|earlier|late|early)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
      '(?:last|this|earlier this|late last|early last)\\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)',
      `(?:on\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?`,
      `in\\s+(?:(?:early|mid|late)[-\\s]+)?(?:${MONTH}|\\d{4})(?:\\s+\\d{4})?`,
      '(?:yesterday|today|tonight|earlier|again|publicly|privately|formally|repeatedly|already|also|now|then)',
      '(?:at|during|after)\\s+(?:the|a|last\\s+\\w+\\x27s|\\w+\\x27s|its)\\s+(?:summit|meeting|talks|conference|briefing|news conference|press conference)',
    ].join('|') +
    ')\\b\\s*,?',
  'i',
);

/** Where a title's clause ends: punctuation, but never inside a number ("4.2", "10,000", "1.5m") or an initialism ("U.S."). */
const CLAUSE_END =
  /,(?!\d{3}(?!\d))|(?<!\d),|;|:(?!\d)|(?<!(?:^|[\s.(])\p{L})(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Gov|Lt|Col|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec))\.(?!\d)|[!?—–(]|\s-\s|\b(?:in an effort|in order|which|while|after|because|if|as part)\b|\s(?:and|but)\s+(?:has|have|had|is|are|was|were)\s/iu;

// A number and the word that gives it its size stay together at the word limit ("$3 billion").
const NUMBER_WORD = /^(?:[$€£¥₴]|US\$|C\$|A\$)?\d[\d.,]*$/;
const NUMBER_FOLLOWER =
  /^(?:trillion|billion|bn|million|mn|m|thousand|k|per|percent|%|dollars|euros|pounds|hryvnias|yen|francs|zlotys)$/i;

// A noun phrase that opens what was committed to: an amount, a quantity, a determiner.
const NOUN_PHRASE_START =
  /^(?:about|roughly|approximately|nearly|almost|around|some|up to|more than|at least|an estimated|[$€£¥₴]|US\$|C\$|A\$|\d|the\b|a\b|an\b|more\b|further\b|new\b|another\b|additional\b|its\b|their\b|his\b|her\b|elections?\b|support\b|aid\b|help\b|money\b|funding\b)/i;
// A clause: a short subject and its verb ("German engineers will arrive").
const CLAUSE_START = /^(?:[\p{L}\d-]+\s+){1,4}(?:will|would|shall|are|is|were|was|can|could)\s/iu;

/** `rest` is the sentence after the cue; `deadlineText` is cut out of it. */
export function proposeTitle(kind: CueKind, rest: string, deadlineText: string | null, subjectText = ''): string {
  let body = rest;
  let lead: string = LEADS[kind];
  if (deadlineText) body = body.replace(deadlineText, ' ');
  // "assured reporters that help would come": what was assured is after "that".
  if (kind === 'assurance') body = body.replace(/^\s*(?:\w+\s+){0,3}?that\s+/i, '');
  // A passive commitment ("the guarantees are slated to be formally written"): its subject is what is promised.
  const passive = /^\s*(?:to\s+)?be\s+/i.exec(body);
  const subject = subjectText
    .replace(/^.*\b(?:that|and|but)\s+/i, '')
    .replace(/^(?:the|its|their|his|her|these|those|this)\s+/i, '')
    .replace(/\s+(?:are|is|were|was|will|would|have|has)$/i, '')
    .trim();
  if (passive && subject && subject.split(/\s+/).length <= 5) {
    body = `${subject} to be ${body.slice(passive[0].length)}`;
    lead = '';
  }
  // "pledged on Tuesday to deliver": the time it was said is not part of the commitment.
  // (A deadline cut out of "pledged, on Friday, to fund" leaves its commas behind.)
  body = body.replace(/^[\s,]+/, '');
  for (let i = 0; i < 3; i++) {
    const time = LEADING_TIME.exec(body);
    if (!time || time[0].trim() === '') break;
    body = body.slice(time[0].length);
  }
  body = body.replace(/^\s+/, '');
  // The lead joins what follows: "Pledge to deliver…", "Promise of more sanctions",
  // "Promise that German engineers will arrive".
  if (lead.endsWith(' to') && /^that\s/i.test(body) && CLAUSE_LEADS[kind]) lead = CLAUSE_LEADS[kind];
  else if (lead.endsWith(' to') && !/^(?:to|that|be|on|from|by|of)\s/i.test(body)) {
    if (CLAUSE_START.test(body) && CLAUSE_LEADS[kind]) lead = CLAUSE_LEADS[kind];
    else if (NOUN_PHRASE_START.test(body) && NOUN_LEADS[kind]) lead = NOUN_LEADS[kind];
  }
  if (lead.endsWith(' that')) body = body.replace(/^that\s+/i, '');
  body = body
    .replace(/^(?:to|that|be|on|from|by|of)\s+/i, '')
    .replace(/[“”"]/g, '')
    .split(CLAUSE_END)[0]!
    .trim();
  for (const [re, to] of REWRITES) body = body.replace(re, to);
  const words = body.split(' ').filter(Boolean);
  let take = Math.min(MAX_WORDS, words.length);
  while (
    take < words.length &&
    NUMBER_FOLLOWER.test(words[take]!) &&
    (NUMBER_WORD.test(words[take - 1]!) || NUMBER_FOLLOWER.test(words[take - 1]!))
  )
    take++;
  // End on a word that carries meaning, not on "the", "of", "to", "about".
  let cut = words.slice(0, take);
  while (
    cut.length > 1 &&
    /^(?:the|a|an|of|to|and|or|with|for|in|on|by|at|its|their|his|her|be|about|nearly|some|than|up|more)$/i.test(
      cut[cut.length - 1]!,
    )
  )
    cut = cut.slice(0, -1);
  const text = [lead, cut.join(' ')].filter(Boolean).join(' ').trim();
  if (!text) return 'Commitment';
  return text[0]!.toUpperCase() + text.slice(1);
}
