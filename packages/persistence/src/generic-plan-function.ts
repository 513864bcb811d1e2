/**
 * The DDL of a PL/pgSQL function `signature` returning `returns` (a `TABLE
 * (...)`) whose body is `query`, a statement of its own over the parameters
 * `$1`, `$2`... as a prepared statement would have them, planned once per
 * session and run on that generic plan (`plan_cache_mode` set on the function
 * alone).
 *
 * For the few statements every request sends whose custom plans PostgreSQL
 * keeps choosing although the generic one serves as well: its generic plan is
 * costed for arrays of ten elements, where a request binds one, so it looks
 * dearer, and each execution is planned afresh (0.5 ms of a 0.8 ms statement).
 * PostgreSQL 15 cannot tell one prepared statement to keep its generic plan,
 * and setting `plan_cache_mode` for the session would give the lists (planned
 * for the day asked) generic plans too.
 *
 * A migration creates the function from the code's text when it runs: the
 * text changed later needs a migration that replaces the function (each such
 * function's test checks that the database's holds the code's text).
 */
export function genericPlanFunctionSql(signature: string, returns: string, query: string): string {
  return `CREATE OR REPLACE FUNCTION ${signature}
      RETURNS ${returns}
      LANGUAGE plpgsql STABLE
      SET plan_cache_mode = force_generic_plan
      AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY ${query};
      END $$`;
}
