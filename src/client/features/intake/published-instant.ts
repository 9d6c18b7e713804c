// The publication instant from a date, a wall-clock time and a zone ("2025-08-18", "14:30",
// "America/New_York" → "2025-08-18T18:30:00Z"), as the extractor wants it for "within 48 hours".
import { Temporal } from 'temporal-polyfill';

export function publishedInstant(date: string, time: string, timeZone: string): string | null {
  if (!/^\d{2}:\d{2}$/.test(time)) return null;
  try {
    return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone).toInstant().toString();
  } catch {
    return null;
  }
}
