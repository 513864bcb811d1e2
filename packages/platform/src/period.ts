import { ErrorCode, codedError } from './errors.js';
import { addDays, addMonths } from './clock.js';

export type Granularity = 'MONTH' | 'QUARTER' | 'YEAR';

/** A reporting period: "2026" (year), "2026-Q3" (quarter) or "2026-11" (month), with its first and last day. */
export interface Period {
  period: string;
  granularity: Granularity;
  from: string;
  to: string;
}

const PATTERNS: [RegExp, Granularity][] = [
  [/^(\d{4})$/, 'YEAR'],
  [/^(\d{4})-Q([1-4])$/, 'QUARTER'],
  [/^(\d{4})-(0[1-9]|1[0-2])$/, 'MONTH'],
];

/** Periods read so far, by text: a dashboard reads the same few for each of its 140 keys, and their days take date arithmetic. */
const READ = new Map<string, Readonly<Period>>();
const MAX_READ = 10_000;

/** Reads a period; anything else is a coded BAD_USER_INPUT. */
export function parsePeriod(text: string, argument = 'period'): Readonly<Period> {
  let period = READ.get(text);
  if (period === undefined) {
    period = Object.freeze(readPeriod(text, argument));
    if (READ.size >= MAX_READ) READ.clear();
    READ.set(text, period);
  }
  return period;
}

function readPeriod(text: string, argument: string): Period {
  for (const [pattern, granularity] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < 1930 || year > 2100) break;
    const firstMonth = granularity === 'YEAR' ? 1 : granularity === 'QUARTER' ? (Number(match[2]) - 1) * 3 + 1 : Number(match[2]);
    const months = granularity === 'YEAR' ? 12 : granularity === 'QUARTER' ? 3 : 1;
    const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
    return { period: text, granularity, from, to: addDays(addMonths(from, months), -1) };
  }
  throw codedError(ErrorCode.BAD_USER_INPUT, {
    vi: `"${argument}" phải là một năm (2026), một quý (2026-Q3) hoặc một tháng (2026-11)`,
    en: `"${argument}" must be a year (2026), a quarter (2026-Q3) or a month (2026-11)`,
  }, { argument });
}

/** The period of a granularity that contains a day. */
export function periodContaining(day: string, granularity: Granularity): Period {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (granularity === 'YEAR') return parsePeriod(year);
  if (granularity === 'QUARTER') return parsePeriod(`${year}-Q${Math.ceil(month / 3)}`);
  return parsePeriod(`${year}-${String(month).padStart(2, '0')}`);
}

/** The most periods a series holds (`statisticsSeries`). */
export const MAX_SERIES_PERIODS = 60;

/** Every period of a granularity from the one containing `from` to the one containing `to`, at most `limit`. */
export function periodsBetween(from: string, to: string, granularity: Granularity, limit = MAX_SERIES_PERIODS): Period[] {
  if (from > to) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: '"from" không được sau "to"', en: '"from" must not be after "to"' }, { argument: 'from' });
  const periods: Period[] = [];
  for (let period = periodContaining(from, granularity); period.from <= to; period = periodContaining(addDays(period.to, 1), granularity)) {
    periods.push(period);
    if (periods.length > limit) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: `Một chuỗi có nhiều nhất ${limit} kỳ`, en: `A series has at most ${limit} periods` }, { argument: 'from' });
  }
  return periods;
}
