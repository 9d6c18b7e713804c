// The clock for lists, to the minute: rows derive "due" / "overdue" and "closes in 2 days" from
// it. Whole minutes keep the value equal from one render to the next, so memoized rows skip
// re-rendering when a filter changes around them, and a tick re-renders them once a minute so
// a window that closes while the page is open is shown closed. Deadline windows open and close
// on whole minutes (the start of a day in a zone), so the rounding never changes a state.
import { useEffect, useState } from 'react';
import { now } from './clock';

const MINUTE = 60_000;
const wholeMinute = () => Math.floor(now() / MINUTE) * MINUTE;

export function useMinuteClock(): number {
  const [minute, setMinute] = useState(wholeMinute);
  useEffect(() => {
    const timer = setInterval(() => setMinute(wholeMinute()), MINUTE / 4);
    return () => clearInterval(timer);
  }, []);
  return minute;
}
