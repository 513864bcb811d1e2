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
  'BAD_REQUEST',
]);

/** Extension keys that may leave the service; everything else (stacktrace, exception, SQL) is dropped. */
const PUBLIC_EXTENSION_KEYS = new Set(['code', 'serviceName', 'field', 'argument', 'maxPageSize', 'limit', 'retryAfterSeconds']);

/**
 * Apollo Server `formatError`: keeps coded, caller-facing errors, replaces
 * anything unexpected (driver errors, SQL, stack traces, host names) with a
 * generic INTERNAL_SERVER_ERROR, and reports the original to `onInternal`.
 */
export function maskError(onInternal: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const cause = plainCause(error);
    const isPublic = code !== undefined && PUBLIC_CODES.has(code) && cause === undefined;
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
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions,
    };
  };
}

/** The first cause in an error's chain that is not a GraphQLError: an exception nobody meant the caller to see. */
function plainCause(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth += 1) {
    if (!(current instanceof GraphQLError)) return current;
    current = current.originalError;
  }
  return undefined;
}
