import type { GraphQLResponse, TestFederation } from './federation.js';

export interface UserError {
  code: string;
  field: string[];
  message: string;
}

/**
 * Runs a mutation whose payload has `userErrors` and returns the payload;
 * fails the test on a top-level GraphQL error, so a refusal is always data.
 */
export async function mutate<TPayload extends { userErrors: UserError[] }>(
  federation: TestFederation,
  headers: Record<string, string>,
  document: string,
  input: Record<string, unknown>,
): Promise<TPayload> {
  const response: GraphQLResponse<Record<string, TPayload>> = await federation.query<Record<string, TPayload>>(document, { input }, headers);
  if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  const [payload] = Object.values(response.data!);
  return payload!;
}

export const codes = (payload: { userErrors: UserError[] }) => payload.userErrors.map((e) => e.code);
