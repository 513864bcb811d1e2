/**
 * A partner app's client, complete: it sends one of its safelisted operations by
 * the SHA-256 of the operation's text (Apollo's persisted-query format), with its
 * bearer token, and waits out a rate limit (429 with Retry-After) before trying
 * again. See docs/partners.md.
 *
 * Against `npm start` (the demo's Hà Nội and the registered dashboard client):
 *
 *   PARTNER_TOKEN=$(npm run -s token -- --role partner-app --org a4fc616c-7a90-5406-ae01-e113dc479376 \
 *     --sub partner-analytics-dashboard) npx tsx docs/examples/partner-client.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface PartnerCall {
  gatewayUrl: string;
  token: string;
  /** The operation's text exactly as registered: its hash is what is sent. */
  operation: string;
  variables?: Record<string, unknown>;
  /** How many times to ask when rate-limited (default 3). */
  attempts?: number;
}

/** The operation's `data`; an error (with the gateway's code) when the answer carries errors. */
export async function callPersisted<TData>({ gatewayUrl, token, operation, variables = {}, attempts = 3 }: PartnerCall): Promise<TData> {
  const sha256Hash = createHash('sha256').update(operation).digest('hex');
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    if (response.status === 429 && attempt < attempts) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? '1') * 1000));
      continue;
    }
    const body = (await response.json()) as { data?: TData; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
    return body.data as TData;
  }
}

// Run as a program: the ward dashboard of the demo's Đông Ngạc ward, printed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const operation = readFileSync(new URL('../queries/ward-dashboard.graphql', import.meta.url), 'utf8');
  const variables = JSON.parse(readFileSync(new URL('../queries/ward-dashboard.variables.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const data = await callPersisted({ gatewayUrl: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', token: process.env.PARTNER_TOKEN ?? '', operation, variables });
  console.log(JSON.stringify(data, null, 2));
}
