import { GraphQLError, type GraphQLErrorOptions, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { say, type Language, type Message } from './language.js';

/**
 * The one catalogue of error codes this federation returns in `extensions.code`.
 * Expected business failures are data (`userErrors` in mutation payloads);
 * these codes are for requests that cannot be answered at all.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INVALID_ID: 'INVALID_ID',
  INVALID_CURSOR: 'INVALID_CURSOR',
  PAGE_SIZE_OUT_OF_RANGE: 'PAGE_SIZE_OUT_OF_RANGE',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /**
   * Something this service needs (its database) failed for a moment: a lost
   * connection, a race lost after retries, a statement over its time limit.
   * Nothing was wrong with the request; `retryAfterSeconds` says when to try again.
   */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  DEPTH_LIMIT_EXCEEDED: 'DEPTH_LIMIT_EXCEEDED',
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  ALIAS_LIMIT_EXCEEDED: 'ALIAS_LIMIT_EXCEEDED',
  DIRECTIVE_LIMIT_EXCEEDED: 'DIRECTIVE_LIMIT_EXCEEDED',
  TOKEN_LIMIT_EXCEEDED: 'TOKEN_LIMIT_EXCEEDED',
  BATCH_LIMIT_EXCEEDED: 'BATCH_LIMIT_EXCEEDED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  PERSISTED_OPERATION_REQUIRED: 'PERSISTED_OPERATION_REQUIRED',
  PERSISTED_OPERATION_NOT_ALLOWED: 'PERSISTED_OPERATION_NOT_ALLOWED',
  RATE_LIMITED: 'RATE_LIMITED',
  /**
   * A request the HTTP layer could not read as GraphQL over HTTP: a body that is not JSON in UTF-8, no
   * operation in it, or a request a browser form could send without a CORS preflight (Apollo Server's CSRF
   * prevention). Said first in Vietnamese, with Apollo's own English detail where it gave one.
   */
  BAD_REQUEST: 'BAD_REQUEST',
  /** An address the service has nothing at (it answers GraphQL at /graphql). */
  NOT_FOUND: 'NOT_FOUND',
  /** A subgraph called by anyone but the gateway (no valid x-gateway-signature): a misconfiguration, never a client's mistake. */
  GATEWAY_SIGNATURE_REQUIRED: 'GATEWAY_SIGNATURE_REQUIRED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An error a person reads, said in every language we answer in: its message
 * is Vietnamese until the request's language is known (see `languagePlugin`).
 */
export class SaidError extends GraphQLError {
  constructor(
    readonly said: Message,
    options: GraphQLErrorOptions = {},
  ) {
    super(say(said, 'vi'), options);
  }
}

/** Builds a GraphQLError that carries one of the catalogue's codes and a message in every language. */
export function codedError(code: ErrorCode, message: Message, extensions: Record<string, unknown> = {}): GraphQLError {
  return new SaidError(message, { extensions: { ...extensions, code } });
}

/**
 * A request that could not be served for a moment (SERVICE_UNAVAILABLE): the
 * caller may send it again after `retryAfterSeconds` (answered as HTTP 503
 * with `Retry-After` when the whole request failed so, see `errorStatusPlugin`).
 */
export function serviceUnavailable(retryAfterSeconds: number): GraphQLError {
  return codedError(
    ErrorCode.SERVICE_UNAVAILABLE,
    {
      vi: `Dịch vụ tạm thời chưa xử lý được yêu cầu (cơ sở dữ liệu đang bận hoặc đang khởi động lại); hãy thử lại sau ${retryAfterSeconds} giây.`,
      en: `The service cannot handle the request for a moment (its database is busy or restarting); try again in ${retryAfterSeconds} s.`,
    },
    { retryAfterSeconds },
  );
}

/** What an error (or the error it wraps) says, when it was said in every language. */
function saidOf(error: GraphQLError): Message | undefined {
  if (error instanceof SaidError) return error.said;
  return error.originalError instanceof SaidError ? error.originalError.said : undefined;
}

/** Puts each error said in every language into the given one (the wrapper and the error it wraps). */
export function localizeErrors(errors: readonly GraphQLError[], language: Language): void {
  for (const error of errors) {
    const said = saidOf(error);
    if (!said) continue;
    error.message = say(said, language);
    if (error.originalError instanceof SaidError) error.originalError.message = say(said, language);
  }
}

/**
 * Answers every error in the language the request asks for (Accept-Language):
 * errors are built before the request's language is known to the code that
 * throws them (a scalar, a page size), so they are put into it here, before
 * they are formatted.
 */
export function languagePlugin<TContext extends BaseContext>(languageOfRequest: (context: TContext) => Language): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          localizeErrors(errors, languageOfRequest(contextValue));
        },
      };
    },
  };
}

/** Codes whose message was written for the caller and may be shown as is. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Extension keys that may leave the service; everything else (stacktrace, exception, SQL) is dropped. */
const PUBLIC_EXTENSION_KEYS = new Set(['code', 'serviceName', 'field', 'argument', 'maxPageSize', 'limit', 'retryAfterSeconds']);

/**
 * Says what an unexpected exception means to the caller, when it means
 * something they can act on (a database restart: SERVICE_UNAVAILABLE; a value
 * the database cannot store: BAD_USER_INPUT); undefined keeps it internal.
 * `databaseErrorAnswer` from @twoway/persistence is one.
 */
export type ErrorTranslation = (cause: Error) => GraphQLError | undefined;

/**
 * Apollo Server `formatError`: keeps coded, caller-facing errors, replaces
 * anything unexpected (driver errors, SQL, stack traces, host names) with a
 * generic INTERNAL_SERVER_ERROR, and reports the original to `onInternal`.
 * An exception `translate` knows is answered with its coded error instead
 * (its own message and code only: never the exception's text).
 */
export function maskError(onInternal: (error: unknown) => void, translate?: ErrorTranslation) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = plainCause(error);
    const translated = cause && translate?.(cause);
    if (translated) {
      onInternal(cause);
      formatted = { ...formatted, message: translated.message, extensions: translated.extensions };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const isPublic = code !== undefined && PUBLIC_CODES.has(code) && (cause === undefined || translated !== undefined);
    if (!isPublic) {
      onInternal(cause ?? unwrapResolverError(error));
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    const extensions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(formatted.extensions ?? {})) {
      if (PUBLIC_EXTENSION_KEYS.has(key)) extensions[key] = value;
    }
    return {
      message: code === ErrorCode.BAD_REQUEST && !isSaid(error) ? badRequestMessage(formatted.message) : formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions,
    };
  };
}

/**
 * Apollo Server's own BAD_REQUEST (a POST body with no query, variables that are not an object, a request
 * its CSRF prevention blocks) is written in English, before the request's language is known: it is said in
 * Vietnamese first, Apollo's English detail kept after it for the developer who sent it.
 */
export function badRequestMessage(detail: string): string {
  return `Yêu cầu không đúng quy cách GraphQL qua HTTP (${detail.trim()})`;
}

const isSaid = (error: unknown) => error instanceof GraphQLError && saidOf(error) !== undefined;

/** The first cause in an error's chain that is not a GraphQLError: an exception nobody meant the caller to see. */
function plainCause(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth += 1) {
    if (!(current instanceof GraphQLError)) return current;
    current = current.originalError;
  }
  return undefined;
}

/** Codes of a request that could not be served for a moment: answered 503 when nothing else was answered. */
const UNAVAILABLE_CODES = new Set<string>([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.SUBGRAPH_UNAVAILABLE]);

/** Codes of a request the caller must change, with the HTTP status each earns when nothing else was answered. */
const CLIENT_ERROR_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.GRAPHQL_PARSE_FAILED]: 400,
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: 400,
  [ErrorCode.INVALID_ID]: 400,
  [ErrorCode.INVALID_CURSOR]: 400,
  [ErrorCode.PAGE_SIZE_OUT_OF_RANGE]: 400,
  [ErrorCode.DEPTH_LIMIT_EXCEEDED]: 400,
  [ErrorCode.COST_LIMIT_EXCEEDED]: 400,
  [ErrorCode.ALIAS_LIMIT_EXCEEDED]: 400,
  [ErrorCode.DIRECTIVE_LIMIT_EXCEEDED]: 400,
  [ErrorCode.TOKEN_LIMIT_EXCEEDED]: 400,
  [ErrorCode.BATCH_LIMIT_EXCEEDED]: 400,
  [ErrorCode.PERSISTED_OPERATION_REQUIRED]: 400,
  [ErrorCode.PERSISTED_OPERATION_NOT_ALLOWED]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** When nothing tells the caller how long to wait: a database restart or a subgraph hiccup takes about this long. */
const DEFAULT_RETRY_AFTER_SECONDS = 2;

/**
 * The HTTP status of a request that failed as a whole (no data at all), from
 * its error codes, so that proxies, load balancers and clients can act on it
 * without reading the body:
 *
 * - only SERVICE_UNAVAILABLE / SUBGRAPH_UNAVAILABLE, and no field answered
 *   (every root field null): 503 with `Retry-After` (the longest
 *   `retryAfterSeconds` asked);
 * - only the caller's mistakes (bad input, limits, page size): 4xx, even when
 *   thrown where Apollo would answer 200 (a resolver) or 500 (a parse hook).
 *
 * A partial answer (some data) stays 200, as GraphQL over HTTP asks; 401 and
 * 403 keep the status they were given where the principal was judged.
 */
export function errorStatusPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, requestIsBatched }) {
          // A batch shares one status for all its operations (Apollo Server): left as it is.
          if (requestIsBatched || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) return;
          const nothingAnswered = data === undefined || data === null;
          const codes = errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : ''));
          const current = response.http.status;
          // A mutation whose one field came back null for a restarting database failed as a whole too.
          const nothingServed = nothingAnswered || Object.values(data).every((value) => value === null);
          if (nothingServed && codes.every((code) => UNAVAILABLE_CODES.has(code))) {
            const asked = errors.map((error) => error.extensions?.retryAfterSeconds).filter((s): s is number => typeof s === 'number' && s > 0);
            response.http.status = 503;
            response.http.headers.set('retry-after', String(Math.ceil(asked.length > 0 ? Math.max(...asked) : DEFAULT_RETRY_AFTER_SECONDS)));
            return;
          }
          if (!nothingAnswered || (current !== undefined && current !== 200 && current !== 500)) return;
          const statuses = codes.map((code) => CLIENT_ERROR_STATUS[code]);
          if (statuses.every((status) => status !== undefined)) response.http.status = Math.max(...statuses);
        },
      };
    },
  };
}
