/** Vietnamese formatting: numbers with Vietnamese separators, dates as dd/mm/yyyy, shares as percentages. */
const NUMBER = new Intl.NumberFormat('vi-VN');
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export const formatNumber = (value: number | null | undefined) => (value == null ? '—' : NUMBER.format(value));
export const formatPercent = (value: number | null | undefined) => (value == null ? '—' : PERCENT.format(value));

/** An ISO calendar date (YYYY-MM-DD, as the API answers) as dd/mm/yyyy; no time zone is involved. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** A month period of the API (2026-11) as the chart's label, 11/2026. */
export const formatMonth = (period: string) => period.replace(/^(\d{4})-(\d{2})$/, '$2/$1');

/** Today in Vietnam (Asia/Ho_Chi_Minh), as an ISO date. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The first day of the month `months` months before the month of `isoDate`. */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** A name folded for search: no tones or marks, đ as d, lower case ("Đông Ngạc" → "dong ngac"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}
