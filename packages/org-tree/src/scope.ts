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
     LEFT JOIN LATERAL (
       SELECT o.id FROM organization_unit o WHERE ${inSubtreeSql('o.path', 'p.path')}
       UNION ALL SELECT o.successor_id FROM organization_unit o WHERE ${inSubtreeSql('o.path', 'p.path')} AND o.successor_id IS NOT NULL
     ) s ON true
     GROUP BY p.idx ORDER BY p.idx`,
    [paths],
  )) as { idx: string; ids: string[] | null }[];
  return rows.map((row) => row.ids ?? []);
}

export async function resolveScope(runner: SqlRunner, path: string): Promise<string[]> {
  return (await resolveScopes(runner, [path]))[0] ?? [];
}

/** "This record is scoped by a node the subtree covers": `placeholder` holds the ids (a uuid[] parameter or expression). */
export function inScope(column: string, placeholder = '$1'): string {
  return `${column} = ANY(${placeholder})`;
}
