/**
 * The day every database test runs on: the demo data is built for it and the
 * services' clocks are pinned to it, so "last 12 months" and "overdue" give
 * the same answers on every run.
 */
export const TEST_DAY = '2026-12-01';
/** Noon in Hà Nội on the test day (05:00 UTC). */
export const TEST_INSTANT = `${TEST_DAY}T05:00:00.000Z`;
