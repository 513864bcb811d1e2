/**
 * The ids of the nodes a subtree query covers, as SQL: the subtree at the
 * bound pattern (`path LIKE '<node path>%'`, an index range scan on the
 * materialised path), plus the successors of its nodes, so that an ended node
 * (a district abolished on 1 July 2025, a merged ward) still covers the open
 * records that moved on to its successors. One level of succession is followed,
 * which is what the 2025 reform needs. For a node in force, nothing is added.
 *
 * `placeholder` is where the pattern `subtreePattern(node.path)` is bound
 * (`:scopePattern` for the query builder, `$1` in raw SQL, or a column).
 */
export function scopeIds(placeholder = ':scopePattern'): string {
  return `SELECT o.id FROM organization_unit o WHERE o.path LIKE ${placeholder}
    UNION ALL SELECT o.successor_id FROM organization_unit o WHERE o.path LIKE ${placeholder} AND o.successor_id IS NOT NULL`;
}

/** "This record is scoped by a node the subtree covers": one condition on the record's organisation id column. */
export function inScope(column: string, placeholder = ':scopePattern'): string {
  return `${column} IN (${scopeIds(placeholder)})`;
}
