import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GATEWAY_LIMITS } from '@twoway/gateway';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { withProductionGateway } from '../../support/production-gateway.js';

interface Probe {
  status: number;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: unknown;
}

type Json = Record<string, unknown> & { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] };

async function probe(url: string, init: RequestInit): Promise<Probe> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

const asJson = (p: Probe) => (p.json && typeof p.json === 'object' && !Array.isArray(p.json) ? (p.json as Json) : ({} as Json));

/**
 * The checks graphql-cop (dolevf/graphql-cop, 12 in its current release) runs
 * against a GraphQL endpoint, each as it sends it, each with the verdict it
 * gives: `found` is true when graphql-cop would report the weakness. Sent with
 * a valid token, so that what refuses them is the protection, not the login.
 */
function checks(url: string, headers: Record<string, string>): Record<string, () => Promise<{ found: boolean; probe: Probe }>> {
  const post = (body: unknown, extra: Record<string, string> = {}) =>
    probe(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...extra }, body: JSON.stringify(body) });
  const get = (query: string, extra: Record<string, string> = {}) => probe(`${url}?${new URLSearchParams({ query })}`, { headers: { ...headers, ...extra } });
  const cop = async (query: string, verdict: (json: Json) => boolean) => {
    const p = await post({ query, operationName: 'cop' });
    return { found: verdict(asJson(p)), probe: p };
  };
  return {
    'alias overloading (101 aliases of __typename)': () =>
      cop(`query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join('\n')} }`, (json) => Boolean(json.data?.alias100)),
    'array-based batching (10 operations)': async () => {
      const p = await post(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
      return { found: Array.isArray(p.json) && p.json.length >= 10, probe: p };
    },
    'directive overloading (10 unknown directives)': () => cop(`query cop { __typename ${'@aa'.repeat(10)} }`, (json) => json.errors?.length === 10),
    'field suggestions': () => cop('query cop { __schema { directive } }', (json) => Boolean(json.errors?.[0]?.message?.includes('Did you mean'))),
    'introspection': () => cop('query cop { __schema { types { name fields { name } } } }', (json) => Boolean((json.data?.__schema as { types?: unknown } | undefined)?.types)),
    'circular introspection': () =>
      cop('query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }', (json) =>
        (((json.data?.__schema as { types?: unknown[] } | undefined)?.types?.length) ?? 0) > 25),
    'trace mode': () => cop('query cop { __typename }', (json) => JSON.stringify(json).toLowerCase().includes('"tracing"')),
    'unhandled errors (exception details)': () => cop('qwerty cop { abc }', (json) => JSON.stringify(json.errors ?? []).includes('"exception"')),
    'GraphQL IDE (GraphiQL, Playground)': async () => {
      const p = await probe(url, { headers: { ...headers, accept: 'text/html' } });
      return { found: /graphiql\.min\.css|GraphQL Playground|GraphiQL|graphql-playground/.test(p.text), probe: p };
    },
    'queries over GET (CSRF)': async () => {
      const p = await get('query cop { __typename }');
      return { found: Boolean(asJson(p).data?.__typename), probe: p };
    },
    'mutations over GET (CSRF)': async () => {
      const p = await get('mutation cop { __typename }');
      return { found: Boolean(asJson(p).data?.__typename), probe: p };
    },
    'url-encoded POST (CSRF)': async () => {
      const p = await probe(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: 'query cop { __typename }' }) });
      return { found: Boolean(asJson(p).data?.__typename), probe: p };
    },
  };
}

describe('graphql-cop against the production gateway', () => {
  let federation: TestFederation;
  let headers: Record<string, string>;
  beforeAll(async () => {
    federation = await startTestFederation();
    headers = await federation.auth.adminHeaders();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('finds none of its 12 weaknesses, each refused with a 4xx and no trace of the server', async () => {
    await withProductionGateway(federation, async (url) => {
      // The same token and the same smallest query are answered: what follows is refused for what it is.
      const answered = await probe(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: 'query cop { __typename }' }) });
      expect(asJson(answered).data).toEqual({ __typename: 'Query' });

      const all = checks(url, headers);
      expect(Object.keys(all)).toHaveLength(12);
      const findings: Record<string, { found: boolean; status: number }> = {};
      for (const [name, check] of Object.entries(all)) {
        const { found, probe: p } = await check();
        findings[name] = { found, status: p.status };
        expect(p.text).not.toMatch(/stacktrace|"exception"|at .*\.(js|ts):\d+|127\.0\.0\.1/);
      }
      expect(Object.entries(findings).filter(([, f]) => f.found).map(([name]) => name)).toEqual([]);
      // Refused outright, except trace mode (an ordinary query, answered without traces) and the IDE (no page at all).
      const answeredAnyway = ['trace mode', 'GraphQL IDE (GraphiQL, Playground)'];
      for (const [name, { status }] of Object.entries(findings)) {
        if (!answeredAnyway.some((a) => name.startsWith(a))) expect({ name, status: status >= 400 && status < 500 }).toEqual({ name, status: true });
      }
    });
  });

  it('refuses ten unknown directives once, and 16 aliases of __typename as any other aliases', async () => {
    await withProductionGateway(federation, async (url) => {
      const post = (query: string) => probe(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
      const directives = asJson(await post(`{ __typename ${'@aa'.repeat(10)} }`));
      expect(directives.errors?.length).toBeLessThanOrEqual(GATEWAY_LIMITS.maxValidationErrors + 1);
      expect(directives.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
      const allowed = await post(aliases(GATEWAY_LIMITS.maxAliases));
      expect(asJson(allowed).data?.[`t${GATEWAY_LIMITS.maxAliases - 1}`]).toBe('Query');
      const refused = await post(aliases(GATEWAY_LIMITS.maxAliases + 1));
      expect({ status: refused.status, code: asJson(refused).errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'ALIAS_LIMIT_EXCEEDED' });
    });
  });

  /**
   * graphql-cop no longer runs its field duplication check (500 times the same
   * field; its issue 43): the repeats merge into one field, and the token limit
   * bounds how many a document can hold.
   */
  it('bounds field duplication by the token limit', async () => {
    await withProductionGateway(federation, async (url) => {
      const post = (n: number) => probe(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: `query cop { ${'__typename\n'.repeat(n)} }` }) });
      expect(asJson(await post(500)).data).toEqual({ __typename: 'Query' });
      const over = await post(GATEWAY_LIMITS.maxTokens);
      expect({ status: over.status, code: asJson(over).errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'TOKEN_LIMIT_EXCEEDED' });
    });
  });
});
