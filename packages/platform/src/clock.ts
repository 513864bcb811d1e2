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

/**
 * Since 1976 Vietnam keeps UTC+7 all year: its days begin on a whole minute of UTC, so every instant of one
 * UTC minute has the same date there. From then on the last minute's date is kept: Intl's formatting costs
 * tens of microseconds, and every request that reads "today" asks it (in the bench's profile, more than
 * 1 % of a subgraph's CPU). Earlier instants (other offsets, some not in whole minutes) are always formatted.
 */
const SINCE_WHOLE_MINUTE_OFFSETS = Date.UTC(1976, 0, 1);
let lastMinute = Number.NaN;
let lastDate = '';

/** The calendar date (YYYY-MM-DD) of an instant in Vietnam. */
export function vietnamDate(instant: Date): string {
  const time = instant.getTime();
  if (time < SINCE_WHOLE_MINUTE_OFFSETS || Number.isNaN(time)) return calendarDate.format(instant);
  const minute = Math.floor(time / 60_000);
  if (minute !== lastMinute) {
    lastDate = calendarDate.format(instant);
    lastMinute = minute;
  }
  return lastDate;
}

/** Today's calendar date (YYYY-MM-DD) in Vietnam, by the given clock. */
export function today(clock: Clock): string {
  return vietnamDate(clock.now());
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `value` is a real calendar date written YYYY-MM-DD (in the proleptic Gregorian calendar, as
 * Date reckons, from the year 100: Date.UTC reads years 0-99 as 1900-1999). By arithmetic rather than by
 * building a Date: every Date a GraphQL answer carries is checked here (a page of 100 members, hundreds).
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
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
