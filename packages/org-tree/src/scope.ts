import type { SqlRunner } from '@twoway/persistence';
import { inSubtreeSql } from './organization-unit.entity.js';

/**
 * The ids of the nodes a subtree query covers: the subtree of each node (an
 * index range scan on the materialised path), plus the successors of its
 * nodes, so that an ended node (a district abolished on 1 July 2025, a merged
 * ward) still covers the open records that moved on to its successors. One
 * level of succession is followed, which is what the 2025 reform needs.
 *
 * Resolved first, in one statement for any number of nodes, and then passed to
 * the record queries as an array: the planner knows how many ids there are and
 * scans the records' indexes for a ward, or the table for a province.
 */
export async function resolveScopes(runner: SqlRunner, paths: readonly string[]): Promise<string[][]> {
  if (paths.length === 0) return [];
  const rows = (await runner.query(
    `SELECT p.idx, array_agg(DISTINCT s.id::text) FILTER (WHERE s.id IS NOT NULL) AS ids
     FROM unnest($1::text[]) WITH ORDINALITY AS p(path, idx)
     LEFT JOIN LATERAL (${scopeIdsSql('p.path')}
     ) s ON true
     GROUP BY p.idx ORDER BY p.idx`,
    [paths],
  )) as { idx: string; ids: string[] | null }[];
  return rows.map((row) => row.ids ?? []);
}

/**
 * SQL: the ids a subtree query covers for the node whose path is the
 * expression `path` (see resolveScopes), one per row, in a column `id`.
 */
export function scopeIdsSql(path: string): string {
  return `
       SELECT o.id FROM organization_unit o WHERE ${inSubtreeSql('o.path', path)}
       UNION ALL SELECT o.successor_id FROM organization_unit o WHERE ${inSubtreeSql('o.path', path)} AND o.successor_id IS NOT NULL`;
}

/**
 * SQL condition: the subtree of the node whose path is `path` covers a node
 * outside it (a node in it ended with a successor elsewhere: a district
 * abolished in 2025, seen as of a day before). Otherwise its scope is its
 * subtree alone, and figures counted at the node itself answer for it. Read
 * on the partial index of the nodes that have a successor: a handful.
 */
export function coversOutsideSubtreeSql(path: string): string {
  return `EXISTS (
       SELECT 1 FROM organization_unit e JOIN organization_unit s ON s.id = e.successor_id
       WHERE e.successor_id IS NOT NULL AND ${inSubtreeSql('e.path', path)} AND NOT ${inSubtreeSql('s.path', path)})`;
}

export async function resolveScope(runner: SqlRunner, path: string): Promise<string[]> {
  return (await resolveScopes(runner, [path]))[0] ?? [];
}

/** Above this many nodes (a province's thousands, not a ward's dozen), a scope is matched as a set: see inScope. */
export const LARGE_SCOPE = 100;

/**
 * "This record is scoped by a node the subtree covers": `placeholder` holds the
 * ids (a uuid[] parameter or expression), `scope` the ids themselves when the
 * caller has them. A small scope is `= ANY(ids)`, which the planner answers from
 * the records' indexes (a BitmapOr across columns). A large one is a semi-join
 * on the unnested ids: bound as a constant list, the planner estimated each of
 * a province's 5,000 ids against the column's statistics (6 to 20 ms of
 * planning per list) and compared each row with the list (120 ms for 44,000
 * rows, against 20 ms for the hash of the set).
 */
export function inScope(column: string, placeholder = '$1', scope?: readonly unknown[]): string {
  return scope && scope.length > LARGE_SCOPE ? `${column} IN (SELECT unnest(${placeholder}))` : `${column} = ANY(${placeholder})`;
}
