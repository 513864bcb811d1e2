import { describe, expect, it } from '@jest/globals';
import { keysetPage, keysetPages, type ListQuery } from './keyset-page.js';

/** A runner that records the statement and answers the given rows. */
function runner(rows: Record<string, unknown>[]) {
  const seen: { text: string; values: unknown[] }[] = [];
  return { seen, query: async (text: string, values?: unknown[]) => (seen.push({ text, values: values ?? [] }), rows) };
}

const list: ListQuery = { sql: 'SELECT id, name AS sort_key FROM thing WHERE kind = $1', parameters: ['k'] };

describe('keyset pages', () => {
  it('reads limit + 1 rows after the cursor, in the order asked, with the total in the same statement', async () => {
    const db = runner([{ id: 'a', sort_key: 'x', total_count: 7, extra: 1 }]);
    const page = await keysetPage<{ extra: number }>(db, list, { limit: 10, after: ['w', 'z'], order: 'DESC' });
    expect(page).toEqual({ rows: [{ id: 'a', sortKey: 'x', extra: 1 }], totalCount: 7 });
    const [{ text, values }] = db.seen as [{ text: string; values: unknown[] }];
    expect(values).toEqual(['k', 'w', 'z']);
    expect(text).toContain('(q.sort_key, q.id::text) < ($2, $3)');
    expect(text).toContain('ORDER BY q.sort_key DESC, q.id::text DESC LIMIT 11');
  });

  it('reads a list in its own order unless the caller chooses, ascending when it does not say', async () => {
    const db = runner([]);
    await keysetPage(db, { ...list, order: 'DESC' }, { limit: 5, after: null });
    await keysetPage(db, list, { limit: 5, after: null, order: null });
    expect(db.seen.map((s) => /ORDER BY q\.sort_key (\w+)/.exec(s.text)![1])).toEqual(['DESC', 'ASC']);
  });

  it('answers an empty page with the total the statement still brings', async () => {
    const page = await keysetPage(runner([{ id: null, sort_key: null, total_count: 4 }]), list, { limit: 2, after: ['z', 'z'] });
    expect(page).toEqual({ rows: [], totalCount: 4 });
  });

  it('answers many lists in the order of their keys, each with its own total, an unknown or empty one empty', async () => {
    const db = runner([
      { id: '2', sort_key: 'b', list_key: 'm2', total_count: 1 },
      { id: '1', sort_key: 'a', list_key: 'm1', total_count: 3 },
      { id: '3', sort_key: 'c', list_key: 'm1', total_count: 3 },
      { id: null, sort_key: null, list_key: 'm3', total_count: 0 },
    ]);
    const pages = await keysetPages(db, { sql: 'SELECT id, at AS sort_key, owner AS list_key FROM thing WHERE owner = ANY($1)', parameters: [['m1', 'm2', 'm3', 'm4']] }, ['m1', 'm2', 'm3', 'm4'], { limit: 2, after: null });
    expect(pages).toEqual([
      { rows: [{ id: '1', sortKey: 'a' }, { id: '3', sortKey: 'c' }], totalCount: 3 },
      { rows: [{ id: '2', sortKey: 'b' }], totalCount: 1 },
      { rows: [], totalCount: 0 },
      { rows: [], totalCount: 0 },
    ]);
    expect(db.seen[0]!.text).toContain('unnest($1::text[]) AS k(list_key)');
  });
});
