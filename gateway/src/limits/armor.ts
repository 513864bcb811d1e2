import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError, ValidationRule } from 'graphql';
import { ErrorCode } from '@twoway/platform';
import { GATEWAY_LIMITS } from './limits.js';

/** GraphQL Armor's protections, with this federation's limits. */
export function armorProtections<TContext extends BaseContext>(): { plugins: ApolloServerPlugin<TContext>[]; validationRules: ValidationRule[] } {
  // Armor is typed against Apollo Server's CommonJS declarations; the plugins are the same objects.
  return new ApolloArmor({
    maxDepth: { n: GATEWAY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: GATEWAY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: GATEWAY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: GATEWAY_LIMITS.maxTokens, exposeLimits: true },
    costLimit: { maxCost: GATEWAY_LIMITS.maxShapeCost, ignoreIntrospection: true, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect() as unknown as { plugins: ApolloServerPlugin<TContext>[]; validationRules: ValidationRule[] };
}

/** Armor reports its refusals as parse or validation failures; each gets a code of its own here. */
const ARMOR_CODES: [RegExp, ErrorCode][] = [
  [/Query depth limit of \d+ exceeded/, ErrorCode.DEPTH_LIMIT_EXCEEDED],
  [/Query Cost limit of \d+ exceeded/, ErrorCode.COST_LIMIT_EXCEEDED],
  [/Aliases limit of \d+ exceeded/, ErrorCode.ALIAS_LIMIT_EXCEEDED],
  [/Directives limit of \d+ exceeded/, ErrorCode.DIRECTIVE_LIMIT_EXCEEDED],
  [/Token limit of \d+ exceeded/, ErrorCode.TOKEN_LIMIT_EXCEEDED],
];

export function codeArmorRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== ErrorCode.GRAPHQL_VALIDATION_FAILED && code !== ErrorCode.GRAPHQL_PARSE_FAILED) return formatted;
  const match = ARMOR_CODES.find(([pattern]) => pattern.test(formatted.message));
  if (match) return { ...formatted, extensions: { ...formatted.extensions, code: match[1] } };
  // Armor's token counter parses the document first, so a syntax error surfaces from it as a validation failure.
  if (formatted.message.startsWith('Syntax Error:')) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.GRAPHQL_PARSE_FAILED } };
  return formatted;
}
