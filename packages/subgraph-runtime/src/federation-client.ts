import { REQUEST_ID_HEADER, type Language, type Message } from '@twoway/platform';
import { refuse } from './mutations/mutation.js';

/** Code of the user error when another subgraph's facts could not be read through the gateway. */
export const OWNER_UNAVAILABLE = 'OWNER_UNAVAILABLE';

/**
 * How a subgraph reads facts another subgraph owns: through the gateway, with
 * the caller's own token (so the caller sees no more than they may) and the
 * same request id. Used before a mutation opens its transaction, never inside it.
 */
export interface FederationClient {
  query<T>(query: string, variables: Record<string, unknown>): Promise<T>;
}

export interface FederationEndpoint {
  /** The gateway's /graphql URL; set once the gateway is known (tests set it after start). */
  gatewayUrl: string | undefined;
}

const CANNOT_ASK: Message = { vi: 'Hiện chưa hỏi được bên kia; hãy thử lại sau', en: 'The other side cannot be asked now; try again later' };
const COULD_NOT_ANSWER: Message = { vi: 'Bên kia chưa trả lời được; hãy thử lại sau', en: 'The other side could not answer; try again later' };

export function createFederationClient(endpoint: FederationEndpoint, authorization: string | undefined, requestId: string, language: Language = 'vi'): FederationClient {
  return {
    async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      if (!endpoint.gatewayUrl) refuse(OWNER_UNAVAILABLE, ['input'], CANNOT_ASK);
      let body: { data?: T; errors?: { message: string }[] };
      try {
        const response = await fetch(endpoint.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}), [REQUEST_ID_HEADER]: requestId, 'accept-language': language },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(10_000),
        });
        body = (await response.json()) as typeof body;
      } catch {
        refuse(OWNER_UNAVAILABLE, ['input'], CANNOT_ASK);
      }
      if (!body.data || (body.errors && body.errors.length > 0)) {
        refuse(OWNER_UNAVAILABLE, ['input'], COULD_NOT_ANSWER);
      }
      return body.data;
    },
  };
}
