// Commitment cues: the words that make a sentence a pledge ("will", "pledged", "offered to",
// "slated to", reported "would"), and the guards that keep out questions, refusals, forecasts
// and past facts.

export type CueKind =
  'pledge' | 'promise' | 'vow' | 'commitment' | 'agreement' | 'offer' | 'plan' | 'willingness' | 'assurance' | 'intent';

export interface Cue {
  kind: CueKind;
  /** Offsets inside the sentence of the cue words. */
  start: number;
  end: number;
  /** True for cues that name a commitment outright ("pledged"); false for modal ones ("will"). */
  strong: boolean;
}

interface CuePattern {
  re: RegExp;
  kind: CueKind;
  strong: boolean;
}

const CUES: CuePattern[] = [
  {
    re: /\b(?:pledged|pledges|pledging|pledge to|(?:a |the |its |their |his |her )pledge (?:to|of|from))\b/gi,
    kind: 'pledge',
    strong: true,
  },
  {
    re: /\b(?:promised|promises|promising|promise to|(?:a |the )promise (?:to|of|from))\b/gi,
    kind: 'promise',
    strong: true,
  },
  { re: /\b(?:vowed|vows|vowing|vow to)\b/gi, kind: 'vow', strong: true },
  {
    re: /\b(?:committed to|commits to|commit to|committing to|(?:a |the |its |their )?(?:firm |new |formal )?commitments? (?:to|from|by))\b/gi,
    kind: 'commitment',
    strong: true,
  },
  // "agreed in March to train": a short adverbial may stand between the verb and its "to".
  {
    re: /\b(?:agreed|agrees|agree|agreeing)(?=\s+(?:[\w,]+\s+){0,3}?to\s)|\bagreed (?:on|that)\b|\b(?:an |the )agreement to\b/gi,
    kind: 'agreement',
    strong: true,
  },
  // "offered to buy", "has offered", "offered US$250m": an offer of an action or of money.
  {
    re: /\b(?:offered|offers|offer|offering)(?=\s+(?:[\w,]+\s+){0,3}?to\s|\s+(?:up to |some |about |nearly |roughly )?(?:US|C|A)?[$€£¥₴]|\s+\d)|\b(?:has|have) offered\b/gi,
    kind: 'offer',
    strong: true,
  },
  // "has earmarked 500 million kroner", "committed £3 billion a year": money set aside.
  {
    re: /\b(?:earmarked|earmarks|(?:committed|commits)(?=\s+(?:up to |some |about |nearly |roughly )?(?:(?:US|C|A)?[$€£¥₴]|\d|(?:USD|EUR|GBP|SEK|NOK|DKK|CHF|CAD|JPY|PLN)\b)))/gi,
    kind: 'commitment',
    strong: true,
  },
  {
    re: /\b(?:undertook to|undertakes to|guaranteed|guarantees to|guarantee to)\b/gi,
    kind: 'commitment',
    strong: true,
  },
  { re: /\b(?:assured|assures|assuring)\b/gi, kind: 'assurance', strong: true },
  { re: /\b(?:willing to|willingness to|ready to|readiness to|prepared to)\b/gi, kind: 'willingness', strong: false },
  {
    re: /\b(?:plans to|planned to|plan to|planning to|intends to|intend to|intended to|intention to|aims to|aim to|expects to|expect to|(?:is|are) on track to)\b/gi,
    kind: 'plan',
    strong: false,
  },
  {
    re: /\b(?:slated to|set to|scheduled to|due to (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)|expected to|poised to|going to)\b/gi,
    kind: 'intent',
    strong: false,
  },
  // "will not send" is a refusal, not a commitment: "not" after the cue is read below.
  { re: /\b(?:will|shall)\b(?! of\b)/gi, kind: 'intent', strong: false },
];

// "would" is a commitment only in reported speech ("said it would send"), and not in
// description ("which would be the first encounter").
const REPORTING =
  /\b(?:said|says|told|tells|announced|announces|stated|states|confirmed|confirms|added|insisted|indicated|signalled|signaled|declared|assured|assures|promised|pledged|vowed|revealed|wrote|posted)\b/i;
const WOULD = /\bwould\b/gi;

// A cue behind these words is refused, hedged or denied, not given.
const NEGATED_BEFORE =
  /\b(?:refused|refuses|declined|declines|failed|fails|reluctant|unwilling|stopped short of|did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|no longer|never|not|without|would not|won't say whether|denied|denies|rejected|rejects|ruled out)\s+(?:\w+\s+){0,2}$/i;

// Subjects for which "will"/"expected to"/"set to" is a forecast, not a commitment.
const FORECAST_SUBJECT =
  /\b(?:prices?|inflation|temperatures?|weather|rain|storms?|markets?|shares|stocks|growth|economy|demand|costs?|rates?|traffic|the war|fighting|casualties|turnout|numbers?|figures?|unemployment|it|euro|dollar|hryvnia|rouble|ruble|pound|yen|currency|oil)\s+(?:\w+\s+){0,3}$/i;
// "Poland said it expects to…": "it" is the speaker's own state, not the weather.
const SAID_IT = /\b(?:said|says|announced|confirmed|added|stated)\s+it\s+(?:\w+\s+){0,2}$/i;
// "whether Canada will join", "would not say when the funds will arrive": no commitment given.
const UNDECIDED =
  /\b(?:whether|if)\s+(?:[\w’'-]+\s+){0,5}$|\b(?:not|n't|declined to|refused to)\s+say\s+(?:when|whether|if|how)\b/i;

const PARTICIPLE =
  /^(?:\w+ed|\w+en|sent|paid|held|built|made|kept|set|put|brought|bought|sold|spent|lent|met|signed|done|forthcoming|ready|available|able|in place|on hand)$/i;

/** "be the first", "be the most expensive", "be difficult": a description after will/would. */
function isDescription(after: string): boolean {
  const m = /^\s+be\s+(?:\w+ly\s+)?(\w+)/i.exec(after);
  if (!m) return false;
  return !PARTICIPLE.test(m[1]!);
}

export function findCues(sentence: string): Cue[] {
  const cues: Cue[] = [];
  if (/\?\s*["”’]?\s*$/.test(sentence)) return cues; // A question commits no one.
  for (const { re, kind, strong } of CUES) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      if (NEGATED_BEFORE.test(before)) continue;
      if (!strong && FORECAST_SUBJECT.test(before) && !SAID_IT.test(before)) continue;
      if (UNDECIDED.test(sentence.slice(0, m.index))) continue;
      // "will not send": refused.
      if (/^(?:will|shall)$/i.test(m[0]) && /^\s+not\b|^n't\b/i.test(sentence.slice(m.index + m[0].length))) continue;
      // "France's 2023 pledge": a pledge of a named past year; "gave Hungary a week to agree to": an ultimatum.
      if (/(?:19|20)\d\d\s+$/.test(before) && /^(?:pledge|promise|commitment)/i.test(m[0])) continue;
      if (kind === 'agreement' && /\bto\s+$/i.test(before)) continue;
      // "The pledges made at the summit": a noun behind a determiner names past pledges.
      if (
        /^(?:pledges|promises|commitments)$/i.test(m[0]) &&
        /\b(?:the|these|those|such|its|their|his|her|our)\s+(?:\w+\s+)?$/i.test(before) &&
        !/^\s+(?:to|that|\d|[$€£]|(?:up to|some|about)\s)/i.test(sentence.slice(m.index + m[0].length))
      )
        continue;
      // "promised nothing", "pledged no new money": a denial.
      if (/^\s+(?:nothing|no|none)\b/i.test(sentence.slice(m.index + m[0].length))) continue;
      // "will be the first meeting", "would be the most expensive": a description, not a
      // commitment ("will be delivered", "would be forthcoming" stay).
      if (/^(?:will|would|shall)$/i.test(m[0]) && isDescription(sentence.slice(m.index + m[0].length))) continue;
      // "the will of the people", "goodwill", "Will Smith"
      if (
        /^will$/i.test(m[0]) &&
        (/\bthe\s+$|\bfree\s+$|\bpolitical\s+$/i.test(before) || (m[0] === 'Will' && m.index > 0))
      )
        continue;
      cues.push({ kind, strong, start: m.index, end: m.index + m[0].length });
    }
  }
  WOULD.lastIndex = 0;
  for (const m of sentence.matchAll(WOULD)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (!REPORTING.test(before)) continue;
    if (/\b(?:which|who|that|it)\s+$/i.test(before) && /^\s+be\s+(?:the|a|an)\b/i.test(after)) continue;
    if (/^\s+(?:be\s+)?(?:the|a|an)\s+/i.test(after) && /\b(?:which|this|that)\s+$/i.test(before)) continue;
    if (/^\s+(?:have|not|never|like|rather)\b/i.test(after)) continue;
    if (NEGATED_BEFORE.test(before.slice(-60))) continue;
    if (isDescription(after)) continue;
    cues.push({ kind: 'intent', strong: false, start: m.index, end: m.index + m[0].length });
  }
  return cues.sort((a, b) => a.start - b.start);
}
