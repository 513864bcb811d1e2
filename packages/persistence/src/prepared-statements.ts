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
 * SQL: "any of the uuids bound at `placeholder`", to compare a key column with
 * (`id = ${anyOfKeys('$1')}`) in a prepared statement that reads rows by their
 * keys. Written as the array of a subquery rather than the parameter itself,
 * so that PostgreSQL costs the plan alike whatever the keys: given the array,
 * it planned every execution afresh for its own number of keys (the generic
 * plan, costed for ten, looked dearer than a custom one for the one key a
 * request mostly asks), about 50 µs of planning for a 30 µs read; as the
 * subquery's, it keeps the generic plan, the same index scan.
 */
export function anyOfKeys(placeholder: string): string {
  return `ANY(ARRAY(SELECT unnest(${placeholder}::uuid[])))`;
}
