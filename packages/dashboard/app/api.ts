import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';

/** The gateway's endpoint, on the same origin as the page. */
const ENDPOINT = '/graphql';
/** How the gateway recognises the dashboard, whose safelist it then enforces (docs/dashboard.md). */
const CLIENT_NAME = 'dashboard';

/** An error the page shows: the gateway's code and its message (in Vietnamese: the page asks for it). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface GraphQLAnswer<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type PersistedDocument<TData, TVariables> = TypedDocumentNode<TData, TVariables> & { __meta__?: { hash?: string } };

/**
 * Sends a registered operation by its SHA-256 only (Apollo's persisted-query format), never its text, with the
 * official's token. A field the caller may not read comes back null with an error beside it: the data is shown
 * as answered and the errors are returned for the page to tell.
 */
export async function request<TData, TVariables>(
  document: PersistedDocument<TData, TVariables>,
  variables: TVariables,
  token: string,
): Promise<{ data: TData; errors: ApiError[] }> {
  const hash = document.__meta__?.hash?.replace(/^sha256:/, '');
  if (!hash) throw new ApiError('PERSISTED_OPERATION_REQUIRED', 'Thao tác chưa được đăng ký (thiếu mã băm)', 0);
  const operationName = (document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode | undefined)?.name?.value;
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': 'vi',
        'apollographql-client-name': CLIENT_NAME,
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.', 0);
  }
  let answer: GraphQLAnswer<TData>;
  try {
    answer = (await response.json()) as GraphQLAnswer<TData>;
  } catch {
    throw new ApiError('BAD_RESPONSE', `Máy chủ trả lời không hợp lệ (HTTP ${response.status})`, response.status);
  }
  const errors = (answer.errors ?? []).map((e) => new ApiError(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR', e.message, response.status));
  if (!answer.data) throw errors[0] ?? new ApiError('BAD_RESPONSE', `Máy chủ không trả dữ liệu (HTTP ${response.status})`, response.status);
  return { data: answer.data, errors };
}
