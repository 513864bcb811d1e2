import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Statements the services send again and again, run as named prepared
 * statements: PostgreSQL parses each once per connection and, after a few
 * runs, plans it once (its plan cache keeps the generic plan while that costs
 * no more than planning afresh: `plan_cache_mode = auto`). The dashboard's
 * figures statement spent 3 ms of its 4.5 being parsed and planned for a ward
 * at a million members; prepared, 1.5 to 2.3 ms, and a province's no slower
 * (5 December, docs/benchmarks-analysis.md).
 *
 * Only texts the code marks (`prepared`) are prepared: constant texts, marked
 * once where they are defined; never texts with values in them nor TypeORM's
 * `In (...)` with a placeholder per key, which would fill every connection
 * with statements run once. The lists are not marked: their plans depend on
 * the day asked (docs/architecture.md). The marks are bounded (MAX_PREPARED)
 * whatever happens.
 */
const names = new Map<string, string>();

/** At most this many texts are marked; past it, a text runs unnamed, as any other. */
export const MAX_PREPARED = 500;

/** Marks `text` as a statement to prepare (see above) and returns it unchanged. */
export function prepared(text: string): string {
  if (!names.has(text) && names.size < MAX_PREPARED) names.set(text, `twoway_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`);
  return text;
}

/** The name a marked text is prepared under; undefined for a text not marked. */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}

// A mixin's base must be a constructor of `any[]` (TypeScript's rule for class expressions extending a type parameter).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type QueryingClient = new (...args: any[]) => { query(...args: any[]): any };

/**
 * A pg `Client` class that sends a marked text with its parameters as a
 * named statement (pg prepares it on the connection the first time, then
 * only binds and executes it). Given to the pools as their `Client`, beneath
 * the statement spans, so that whoever sends the text (TypeORM's `query`, a
 * raw pool query) gets it prepared.
 */
export function withPreparedStatements<C extends QueryingClient>(Client: C): C {
  return class PreparingClient extends Client {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(...args: any[]): any {
      const [text, values] = args as [unknown, unknown];
      const name = typeof text === 'string' && Array.isArray(values) ? preparedName(text) : undefined;
      if (name === undefined) return super.query(...args);
      return super.query({ name, text, values }, ...args.slice(2));
    }
  };
}

/** pg's own Client, preparing the marked texts. */
export const PreparingClient = withPreparedStatements(pg.Client);

/**
 * SQL: the array bound at `placeholder` (of `type`), as the array of a
 * subquery, for a prepared statement to keep its generic plan. Given the
 * array itself, PostgreSQL costs each execution's plan for its own number of
 * elements and the generic plan for ten, so for the one key a request mostly
 * binds, a custom plan always looked cheaper and every execution was planned
 * afresh (custom_plans 420 of 420 for the reach check every request starts
 * with; planning took longer than reading). As a subquery's, the array's size
 * is unknown to both and the generic plan is kept: the same plan, without the
 * planning (a read by key 0.13 → 0.08 ms, the reach check of a province's
 * official 0.46 → 0.19 ms, a ward's scope 0.7 → 0.2 ms over a million members).
 */
export function boundArray(placeholder: string, type = 'uuid'): string {
  return `ARRAY(SELECT unnest(${placeholder}::${type}[]))`;
}

/** SQL: "any of the uuids bound at `placeholder`" (boundArray), to compare a key column with: `id = ${anyOfKeys('$1')}`. */
export function anyOfKeys(placeholder: string): string {
  return `ANY(${boundArray(placeholder)})`;
}
