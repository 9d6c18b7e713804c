// The reference of every relative deadline: D (the publication date in its zone), the zone,
// and the publication instant when known.
import { Temporal } from 'temporal-polyfill';

export interface Reference {
  /** D, YYYY-MM-DD in `timeZone`. */
  date: string;
  timeZone: string;
  /** The publication instant (ISO, UTC), when given. */
  publishedAt?: string;
}

/** D as a Temporal date, for period arithmetic. */
export function plain(date: string): Temporal.PlainDate {
  return Temporal.PlainDate.from(date);
}

/**
 * The instant chrono measures "tomorrow" and "in 3 days" from, and the offset (minutes) of the
 * zone at that instant. chrono ignores IANA names, so it gets the offset; without a known time,
 * noon of D keeps every relative date on the right calendar day.
 */
export function chronoReference(ref: Reference): { instant: Date; timezone: number } {
  const zoned = ref.publishedAt
    ? Temporal.Instant.from(ref.publishedAt).toZonedDateTimeISO(ref.timeZone)
    : plain(ref.date).toZonedDateTime({ timeZone: ref.timeZone, plainTime: '12:00' });
  return { instant: new Date(zoned.epochMilliseconds), timezone: Math.round(zoned.offsetNanoseconds / 60e9) };
}
