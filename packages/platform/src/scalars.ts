import { GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode, codedError } from './errors.js';
import { isIsoDate } from './clock.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'Ngày phải là một ngày có thật, viết YYYY-MM-DD', en: 'Date must be a calendar date written YYYY-MM-DD' });
  }
  return value;
}

/** A calendar date without time or zone (ISO 8601 `YYYY-MM-DD`), kept as a string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD, reckoned in Vietnam (Asia/Ho_Chi_Minh).',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'Ngày phải là một chuỗi YYYY-MM-DD', en: 'Date must be a string YYYY-MM-DD' });
    return parseDate(ast.value);
  },
});
