import { boundArray, prepared, type SqlRunner } from '@twoway/persistence';
import { inSubtreeSql } from './organization-unit.entity.js';

/** Above this many nodes (a province's thousands, not a ward's dozen), a scope is large: see Scope. */
export const LARGE_SCOPE = 100;

/**
 * The nodes a subtree query covers: the subtree of a node (an index range
 * scan on the materialised path), plus what its ended nodes handed on to
 * outside it (coveredOutsideSql): an abolished district (1 July 2025) still
 * covers the new wards its old wards merged into, their cells included, where
 * the records of its years now sit. One level of succession is followed,
 * which is what the 2025 reform needs.
 *
 * As a request holds it: a small scope (a ward, a cell: at most LARGE_SCOPE
 * nodes) by its `ids`, read once and bound as an array, which the planner
 * answers from the records' indexes; a large one (a province: 21,000 nodes at
 * Hà Nội's size) by its node's `path` alone, `ids` null, the statements
 * covering the subtree themselves (see inScope). Reading a province's ids into
 * the request cost 80 ms, and binding them back into every statement more.
 * `outside`: whether it covers nodes outside the subtree (coversOutsideSubtreeSql);
 * a large scope that does not (a province) is its subtree alone in SQL too:
 * the planner's estimate of the successors' subtrees (rows it cannot know are
 * none) pushed a province's every list statement over the JIT threshold
 * (38 ms of compiling for a 2 ms scope).
 */
export interface Scope {
  path: string;
  ids: string[] | null;
  outside: boolean;
}

// The paths as boundArray's: bound as they are, the statement was planned afresh at every request (0.7 ms
// against 0.2 for a ward over a million members).
const SCOPES_OF_PATHS = prepared(`SELECT s.large, s.ids, ${coversOutsideSubtreeSql('p.path')} AS outside
     FROM unnest(${boundArray('$1', 'text')}) WITH ORDINALITY AS p(path, idx)
     CROSS JOIN LATERAL (
       SELECT count(*) > ${LARGE_SCOPE} AS large, array_agg(DISTINCT c.id::text) FILTER (WHERE c.id IS NOT NULL) AS ids
       FROM (${scopeIdsSql('p.path')} LIMIT ${LARGE_SCOPE + 1}) c
     ) s
     ORDER BY p.idx`);

/**
 * The scopes of the nodes whose paths are `paths`, in one statement for any
 * number of nodes: each reads at most LARGE_SCOPE + 1 of its ids, enough to
 * tell a large scope from a small one.
 */
export async function resolveScopes(runner: SqlRunner, paths: readonly string[]): Promise<Scope[]> {
  if (paths.length === 0) return [];
  const rows = (await runner.query(SCOPES_OF_PATHS, [paths])) as { large: boolean; ids: string[] | null; outside: boolean }[];
  return rows.map((row, i) => ({ path: paths[i]!, ids: row.large ? null : (row.ids ?? []), outside: row.outside }));
}

export async function resolveScope(runner: SqlRunner, path: string): Promise<Scope> {
  return (await resolveScopes(runner, [path]))[0]!;
}

/**
 * SQL: the ids a subtree query covers for the node whose path is the
 * expression `path` (see Scope), one per row, in a column `id`; a node may
 * come twice (a successor inside another's subtree).
 */
export function scopeIdsSql(path: string): string {
  return `${subtreeIdsSql(path)}
       UNION ALL ${coveredOutsideSql(path)}`;
}

/** SQL: the ids of the subtree of the node whose path is `path`, in a column `id`. */
function subtreeIdsSql(path: string): string {
  return `
       SELECT o.id FROM organization_unit o WHERE ${inSubtreeSql('o.path', path)}`;
}

/**
 * SQL: the successors outside the subtree of the node whose path is `path` of
 * the nodes in it (an abolished district's new wards, as of a day before
 * 1 July 2025; none for a province, whose reform stayed inside it), with their
 * paths: read on the partial index of the nodes that have a successor, a
 * handful.
 */
function successorsOutsideSql(path: string): string {
  return `SELECT DISTINCT s.id, s.path FROM organization_unit e JOIN organization_unit s ON s.id = e.successor_id
       WHERE e.successor_id IS NOT NULL AND ${inSubtreeSql('e.path', path)} AND NOT ${inSubtreeSql('s.path', path)}`;
}

/**
 * SQL: the nodes outside the subtree of the node whose path is `path` that it
 * covers, one per row in a column `id` (a node may come twice): the whole
 * subtree of each successor outside it (successorsOutsideSql), where the
 * records of the ended nodes' years sit (a merged ward's registrations are at
 * the cells of the ward it merged into), except the parts of it handed on
 * from elsewhere: a node below the successor that is itself the successor of
 * a node outside both the subtree and the successor's (the cell that took over
 * another district's old cell, where the reform named cells too) belongs to
 * that node's past, with its own subtree. A successor merging several old
 * wards is covered, cells nobody names included, by each of them. Read on the
 * index of the successors (IndexSuccessors): a lookup per covered node.
 */
export function coveredOutsideSql(path: string): string {
  // Each successor's subtree is read from it (a lateral subquery, fenced by OFFSET 0), never the other way
  // round: at a million members the planner, left to itself, sorted the whole tree (43,000 nodes, on disk) to
  // join it with a province's successors outside it, which are none (63 ms for every request's scope).
  return `SELECT c.id FROM (${successorsOutsideSql(path)}) s
       CROSS JOIN LATERAL (
         SELECT n.id FROM organization_unit n
         WHERE ${inSubtreeSql('n.path', 's.path')}
           AND NOT ${takenOverSql(`string_to_array(btrim(substr(n.path, length(s.path) + 1), '/'), '/')::uuid[]`, path)}
         OFFSET 0) c`;
}

/**
 * SQL condition: a node among `ids` (an array of ids below the successor `s`)
 * took over from a node outside both the subtree of the node whose path is
 * `path` and the successor's: it belongs to that node's past, with its subtree.
 */
function takenOverSql(ids: string, path: string): string {
  return `EXISTS (
             SELECT 1 FROM organization_unit x
             WHERE x.successor_id = ANY (${ids})
               AND NOT ${inSubtreeSql('x.path', path)} AND NOT ${inSubtreeSql('x.path', 's.path')})`;
}

/**
 * SQL: the successors outside the subtree of the node whose path is `path`
 * (successorsOutsideSql) whose whole subtrees that node covers, in a column
 * `id`, each once and none inside another's subtree; only where nothing in
 * them was handed on from elsewhere (coversTakenOverSql is false), which is
 * when the node's scope is its subtree and these subtrees exactly, and its
 * figures their subtree counts added up.
 */
export function outsideSubtreesSql(path: string): string {
  return `SELECT s.id FROM (${successorsOutsideSql(path)}) s
       WHERE NOT EXISTS (SELECT 1 FROM (${successorsOutsideSql(path)}) t WHERE t.id <> s.id AND ${inSubtreeSql('s.path', 't.path')})`;
}

/**
 * SQL condition: a successor outside the subtree of the node whose path is
 * `path` has a node below it that took over from a node outside both (which
 * coveredOutsideSql leaves out, with its subtree).
 */
export function coversTakenOverSql(path: string): string {
  // Each successor's subtree read from its path, fenced as in coveredOutsideSql: joined, the planner scanned
  // the whole tree once per district asked (a province's 2025 dashboard: 30 districts, 1.8 s a statement).
  return `EXISTS (
       SELECT 1 FROM (${successorsOutsideSql(path)}) s
       CROSS JOIN LATERAL (SELECT m.id FROM organization_unit m WHERE ${inSubtreeSql('m.path', 's.path')} AND m.id <> s.id OFFSET 0) m
       WHERE ${takenOverSql('ARRAY[m.id]', path)})`;
}

/**
 * SQL condition: the subtree of the node whose path is `path` covers nodes
 * outside it (a node in it ended with a successor elsewhere: a district
 * abolished in 2025, seen as of a day before). Otherwise its scope is its
 * subtree alone, and figures counted at the node itself answer for it.
 */
export function coversOutsideSubtreeSql(path: string): string {
  return `EXISTS (${successorsOutsideSql(path)})`;
}

/** What a statement binds for a scope's placeholder: its ids, or (a large scope) its node's path. */
export function scopeParameter(scope: Scope): string[] | string {
  return scope.ids ?? scope.path;
}

/**
 * SQL condition: "this record is scoped by a node the subtree covers", where
 * `placeholder` (a parameter such as `$1`) is bound to scopeParameter(scope).
 * A small scope is `= ANY(ids)`, which the planner answers from the records'
 * indexes (a BitmapOr across columns). A large one is a semi-join on the
 * subtree read in the statement itself from the path index, which the planner
 * hashes: a province's thousands of nodes bound as a constant list were each
 * estimated against the column's statistics (6 to 20 ms of planning per list)
 * and compared with each row (120 ms for 44,000 rows, against 20 ms for the
 * hash of the set).
 */
export function inScope(column: string, placeholder: string, scope: Scope): string {
  if (scope.ids) return `${column} = ANY(${placeholder}::uuid[])`;
  return `${column} IN (${(scope.outside ? scopeIdsSql : subtreeIdsSql)(`${placeholder}::text`)})`;
}
