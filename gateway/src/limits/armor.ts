import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode, say, type Language } from '@twoway/platform';
import { GATEWAY_LIMITS } from './limits.js';
import { LimitRefusal, type LimitName } from './refusals.js';

/** Reports a refusal of one of Armor's rules to the validation, in place of Armor's own "Syntax Error: …" message. */
const refuse = (name: LimitName) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(new LimitRefusal(name))],
});

/**
 * The limits on a document: GraphQL Armor's validation rules (depth, aliases,
 * directives, shape cost, no field suggestions), the parser's own token
 * limit and graphql-js's cap on validation errors. Armor's token counter is
 * not used: it parses each document a second time, in a hook where a syntax
 * error becomes an unexpected error (HTTP 500). Armor's alias rule leaves
 * `__typename` out by default; here it counts like any other field.
 */
export function documentLimits<TContext extends BaseContext>(): {
  plugins: ApolloServerPlugin<TContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  validationOptions: { maxErrors: number };
} {
  // Armor is typed against Apollo Server's CommonJS declarations; the plugins are the same objects.
  const armor = new ApolloArmor({
    maxDepth: { n: GATEWAY_LIMITS.maxDepth, ignoreIntrospection: true, ...refuse('maxDepth') },
    maxAliases: { n: GATEWAY_LIMITS.maxAliases, allowList: [], ...refuse('maxAliases') },
    maxDirectives: { n: GATEWAY_LIMITS.maxDirectives, ...refuse('maxDirectives') },
    maxTokens: { enabled: false },
    costLimit: { maxCost: GATEWAY_LIMITS.maxShapeCost, ignoreIntrospection: true, ...refuse('maxShapeCost') },
    blockFieldSuggestion: { enabled: true },
  }).protect() as unknown as { plugins: ApolloServerPlugin<TContext>[]; validationRules: ValidationRule[] };
  return { ...armor, parseOptions: { maxLexicalTokens: GATEWAY_LIMITS.maxTokens }, validationOptions: { maxErrors: GATEWAY_LIMITS.maxValidationErrors } };
}

/** graphql-js's message when the parser stops at `maxLexicalTokens` (its wording has read "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) \d+ tokens/;

/**
 * The parser's own refusal of a document over the token limit, made a limit
 * refusal in the request's language (before errors are formatted).
 */
export function codeTokenLimitRefusals(errors: readonly GraphQLError[], language: Language): void {
  for (const error of errors) {
    if (error.extensions?.code !== ErrorCode.GRAPHQL_PARSE_FAILED || !TOKEN_LIMIT_MESSAGE.test(error.message)) continue;
    const refusal = new LimitRefusal('maxTokens');
    error.message = say(refusal.said, language);
    Object.assign(error.extensions, { code: refusal.extensions.code, limit: refusal.extensions.limit });
  }
}

/**
 * Apollo Server reports a refused document as a parse or validation failure;
 * here a refusal by a limit gets its own code and message back.
 */
export function codeLimitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const refusal =
    error instanceof LimitRefusal ? error
    : error instanceof GraphQLError && error.originalError instanceof LimitRefusal ? error.originalError
    : formatted.extensions?.code === ErrorCode.GRAPHQL_PARSE_FAILED && TOKEN_LIMIT_MESSAGE.test(formatted.message) ? new LimitRefusal('maxTokens')
    : undefined;
  return refusal ? { message: refusal.message, extensions: { code: refusal.extensions.code, limit: refusal.extensions.limit } } : formatted;
}
