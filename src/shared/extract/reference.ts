// The reference of every relative deadline: D (the publication date in its zone), the zone,
// and the publication instant when known.
import { Temporal } from 'temporal-polyfill';
import { plainDate } from './periods';

export interface Reference {
  /** D, YYYY-MM-DD in `timeZone`. */
  date: string;
  timeZone: string;
  /** The publication instant (ISO, UTC), when given. */
  publishedAt?: string;
}

/** D as a Temporal date, for period arithmetic. */
export function plain(date: string): Temporal.PlainDate {
  return plainDate(date);
}

// The last reference chrono was given, with its instant and offset: every sentence of an
// article shares one reference, and the zone lookup through the polyfill is costly.
let lastChrono: { key: string; epochMs: number; timezone: number } | null = null;

/**
 * The instant chrono measures "tomorrow" and "in 3 days" from, and the offset (minutes) of the
 * zone at that instant. chrono ignores IANA names, so it gets the offset; without a known time,
 * noon of D keeps every relative date on the right calendar day.
 */
export function chronoReference(ref: Reference): { instant: Date; timezone: number } {
  const key = `${ref.date} ${ref.timeZone} ${ref.publishedAt ?? ''}`;
  if (lastChrono?.key !== key) {
    const zoned = ref.publishedAt
      ? Temporal.Instant.from(ref.publishedAt).toZonedDateTimeISO(ref.timeZone)
      : plain(ref.date).toZonedDateTime({ timeZone: ref.timeZone, plainTime: '12:00' });
    lastChrono = { key, epochMs: zoned.epochMilliseconds, timezone: Math.round(zoned.offsetNanoseconds / 60e9) };
  }
  // A fresh Date each time: a Date is mutable, and chrono must not share one between calls.
  return { instant: new Date(lastChrono.epochMs), timezone: lastChrono.timezone };
}
