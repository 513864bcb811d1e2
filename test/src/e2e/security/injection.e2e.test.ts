import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildClientSchema, getIntrospectionQuery, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType,
  isScalarType, isCompositeType, type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema, type IntrospectionQuery,
} from 'graphql';
import { organizationId } from '@twoway/demo-data';
import { queryRows } from '@twoway/persistence';
import { startTestFederation, type TestFederation } from '../../support/federation.js';

const INJECTIONS = [
  "' OR '1'='1",
  "1'; DROP TABLE member; --",
  '"); DELETE FROM residence_registration; --',
  "%' UNION SELECT id, citizen_id FROM member --",
  'x\u0000y',
];
/** What a hostile string argument may get: an answer (found nothing), or one of these codes. Never an internal error. */
const ACCEPTED_CODES = new Set(['INVALID_ID', 'BAD_USER_INPUT', 'FORBIDDEN', 'PAGE_SIZE_OUT_OF_RANGE', 'INVALID_CURSOR', 'GRAPHQL_VALIDATION_FAILED']);
/** Tables a refused request may still write to: the audit of reads and the idempotency record of a refused mutation. */
const BOOKKEEPING = new Set(['audit_log', 'idempotency_record', 'schema_migration']);

function valueFor(type: GraphQLInputType, text: string, depth = 0): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [valueFor(inner.ofType as GraphQLInputType, text, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, valueFor(f.type, text, depth + 1)]));
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int') return 5;
    if (inner.name === 'Float') return 1.5;
    if (inner.name === 'Boolean') return true;
    if (inner.name === 'JSON') return { text };
    return text; // String, ID, Date and every other scalar read from a string
  }
  return text;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, text: string) {
  const variables: Record<string, unknown> = {};
  const declarations = field.args.map((arg, i) => {
    variables[`a${i}`] = valueFor(arg.type, text);
    return `$a${i}: ${String(arg.type)}`;
  });
  const args = field.args.map((arg, i) => `${arg.name}: $a${i}`);
  const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
  const document = `${kind}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
  return { document, variables };
}

async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = (await queryRows<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`))
    .map((r) => r.table_name).filter((t) => !BOOKKEEPING.has(t));
  const out: Record<string, string> = {};
  for (const table of tables) {
    out[table] = (await queryRows<{ h: string }>(url, `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`))[0]!.h;
  }
  return out;
}

/**
 * SQL-injection strings in every string argument of every query and mutation
 * of the composed schema (found by introspection, so a new field is covered
 * without changing this test), as several principals: each answer is either
 * empty or a coded refusal, never an internal error or SQL text; afterwards
 * every table of the three databases is unchanged.
 */
describe('hostile strings in every argument', () => {
  let federation: TestFederation;
  let schema: GraphQLSchema;
  let before: Record<string, string>[];
  beforeAll(async () => {
    federation = await startTestFederation();
    const introspection = await federation.query<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
    before = await Promise.all(Object.values(federation.subgraphs).map((s) => fingerprint(s.databaseUrl)));
  });
  afterAll(async () => {
    await federation?.close();
  });

  async function attack(kind: 'query' | 'mutation', root: GraphQLObjectType | null | undefined, headers: Record<string, string>) {
    const fields = Object.values(root!.getFields()).filter((f) => !f.name.startsWith('_') && f.args.length > 0);
    expect(fields.length).toBeGreaterThan(3);
    const outcomes: string[] = [];
    for (const field of fields) {
      for (const text of INJECTIONS) {
        const { document, variables } = operationFor(kind, field, text);
        const response = await federation.query(document, variables, headers);
        const errorCodes = (response.errors ?? []).map((e) => String(e.extensions?.code));
        const unexpected = errorCodes.filter((code) => !ACCEPTED_CODES.has(code));
        expect({ field: field.name, text, unexpected }).toEqual({ field: field.name, text, unexpected: [] });
        // The caller's own text may be echoed back ("got invalid value ..."); nothing of the database or the machine may.
        expect(JSON.stringify(response)).not.toMatch(/QueryFailedError|syntax error at|relation "|column "|violates|127\.0\.0\.1|localhost|\.ts:\d+|\bat [\w.]+ \(/);
        outcomes.push(errorCodes[0] ?? 'answered');
      }
    }
    return outcomes;
  }

  it('queries answer empty or refuse with a code', async () => {
    const outcomes = await attack('query', schema.getQueryType(), await federation.auth.headers('OVERSIGHT', organizationId('ha-noi')));
    expect(outcomes).toContain('INVALID_ID');
  });

  it('mutations refuse with a code, as each side\'s committee', async () => {
    for (const headers of [await federation.auth.headers('WARD_COMMITTEE', organizationId('dong-ngac')), await federation.auth.headers('WORKPLACE_COMMITTEE', organizationId('ha-noi'))]) {
      await attack('mutation', schema.getMutationType(), headers);
    }
  });

  it('leaves every table of the three databases as it was', async () => {
    const after = await Promise.all(Object.values(federation.subgraphs).map((s) => fingerprint(s.databaseUrl)));
    expect(after).toEqual(before);
    expect(Object.keys(before[0]!).length).toBeGreaterThan(5);
  });
});
