/**
 * The SQL condition "this record is scoped by a node in the subtree of the
 * node at :scopePattern", one statement whatever the depth:
 * - the subtree is `path LIKE '<node path>%'` on the indexed materialised path;
 * - it follows successor links, so an ended node (a district abolished on
 *   1 July 2025, a merged ward) still covers the open records that moved on
 *   to its successors. For a node in force, nothing is added.
 *
 * `column` is the record's organisation id column; `placeholder` is where the
 * pattern `subtreePattern(node.path)` is bound (`:scopePattern` for the query
 * builder, `$1` in raw SQL).
 */
export function inScope(column: string, placeholder = ':scopePattern'): string {
  return `${column} IN (
    WITH RECURSIVE lineage(id) AS (
      SELECT id FROM organization_unit WHERE path LIKE ${placeholder}
      UNION
      SELECT u.successor_id FROM organization_unit u JOIN lineage l ON u.id = l.id WHERE u.successor_id IS NOT NULL
    )
    SELECT id FROM lineage)`;
}
