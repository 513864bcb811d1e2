/**
 * Time is injected: every rule that depends on "today" reads a Clock, so tests
 * can pin the date and demo data stays relative to the day it is loaded.
 * Calendar dates are reckoned in Vietnam's time zone (Asia/Ho_Chi_Minh).
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface Clock {
  /** The current instant. */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same instant (tests, reproducible demo data). */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(instant.getTime())) throw new Error(`fixedClock: invalid instant ${String(at)}`);
  return { now: () => new Date(instant.getTime()) };
}

const calendarDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in Vietnam. */
export function vietnamDate(instant: Date): string {
  return calendarDate.format(instant);
}

/** Today's calendar date (YYYY-MM-DD) in Vietnam, by the given clock. */
export function today(clock: Clock): string {
  return vietnamDate(clock.now());
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Adds whole days to a calendar date (YYYY-MM-DD); negative days go back. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds whole months to a calendar date, clamping to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A clock tests move forward by hand, to walk a workflow through a year. */
export interface MutableClock extends Clock {
  set(at: Date | string): void;
}

export function mutableClock(start: Date | string): MutableClock {
  let current = fixedClock(start).now();
  return {
    now: () => new Date(current.getTime()),
    set: (at) => {
      current = fixedClock(at).now();
    },
  };
}
