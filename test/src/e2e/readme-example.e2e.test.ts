import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { exampleOperation } from '../support/operations.js';
import { README_FILE } from '../support/readme-principals.js';

/** The fenced block of `language` that follows `heading` in the README. */
function readmeBlock(heading: string, language: string): string {
  const text = readFileSync(README_FILE, 'utf8');
  const section = text.slice(text.indexOf(heading));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  if (!match) throw new Error(`README: no ${language} block after "${heading}"`);
  return match[1]!;
}

/** Keys whose values are dates, which follow the day the demo data is loaded. */
const DATE_KEYS = new Set(['from', 'to']);
/** In the sample, a string like "…five more criteria…" stands for the rest of a list. */
const isEllipsis = (value: unknown) => typeof value === 'string' && value.startsWith('…');

/** The answer with each list cut where the sample writes "…". */
function elidedLike(sample: unknown, actual: unknown): unknown {
  if (Array.isArray(sample) && Array.isArray(actual)) {
    const shown = sample.filter((item) => !isEllipsis(item));
    return actual.slice(0, shown.length < sample.length ? shown.length : undefined).map((item, i) => elidedLike(shown[i], item));
  }
  if (sample && actual && typeof sample === 'object' && typeof actual === 'object') {
    return Object.fromEntries(Object.entries(actual).map(([key, value]) => [key, elidedLike((sample as Record<string, unknown>)[key], value)]));
  }
  return actual;
}

/** What the sample promises: its values, "…" left out, any date where it shows a date. */
function promised(sample: unknown): unknown {
  if (Array.isArray(sample)) return sample.filter((item) => !isEllipsis(item)).map(promised);
  if (sample && typeof sample === 'object') {
    return Object.fromEntries(Object.entries(sample).map(([key, value]) => [key, DATE_KEYS.has(key) ? expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) : promised(value)]));
  }
  return sample;
}

describe('the README example', () => {
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('answers, for the demo member, exactly the sample the README shows (dates aside)', async () => {
    const query = readmeBlock('## Example: one member, three subgraphs', 'graphql');
    const sample = JSON.parse(readmeBlock('## Example: one member, three subgraphs', 'json')) as Record<string, unknown>;
    const response = await federation.query(query, exampleOperation('member-profile').variables);
    expect(response.errors).toBeUndefined();
    expect(elidedLike(sample, response.data)).toEqual(promised(sample));
  });
});
