import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode, codedError } from './errors.js';
import type { Message } from './language.js';

/**
 * Control characters no text of ours holds: C0 except tab, line feed and
 * carriage return. A NUL byte in particular is refused by PostgreSQL (22021)
 * deep inside a resolver; refused here, before any resolver runs, it is the
 * caller's mistake, named, and nothing is changed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * The inputs where people write free text (a reason, remarks, an agenda, a
 * contribution, a note, a position): shown to whoever reads the record, so
 * never the place for personal data. A citizen ID written there (12 digits in
 * a row) is refused; personal data is kept only in the fields the policy
 * guards (docs/security.md, "Free text").
 */
export const FREE_TEXT_INPUTS: ReadonlySet<string> = new Set(['reason', 'remarks', 'agenda', 'contribution', 'withoutResidenceCommentNote', 'position']);
const CITIZEN_ID_IN_TEXT = /(?<!\d)\d{12}(?!\d)/;

/** The longest single string any input may hold; a field with a smaller limit says so itself. */
export const DEFAULT_MAX_INPUT_STRING_LENGTH = 10_000;

export interface InputTextLimits {
  /** Longest accepted string, in characters (default 10 000). */
  maxLength?: number;
}

/** Where a bad string was found, as the caller wrote it: `input.agenda`, `$input.agenda`, `ids[2]`. */
type Place = string;

/**
 * Refuses, before any resolver runs, a request whose text inputs (variables
 * and literal arguments, at any depth) hold a control character or a string
 * longer than the limit: BAD_USER_INPUT naming the argument, HTTP 400.
 */
export function inputTextPlugin<TContext extends BaseContext>(limits: InputTextLimits = {}): ApolloServerPlugin<TContext> {
  const maxLength = limits.maxLength ?? DEFAULT_MAX_INPUT_STRING_LENGTH;
  // What an operation's literals hold depends on its document alone, which Apollo keeps parsed for each text it
  // has seen (the gateway sends the same few texts over and over): walked once per document, not per request.
  const literals = new WeakMap<DocumentNode, Problem | null>();
  const inLiterals = (document: DocumentNode) => {
    let found = literals.get(document);
    if (found === undefined) literals.set(document, (found = findInLiterals(document, maxLength) ?? null));
    return found ?? undefined;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problem = findInVariables(request.variables ?? {}, maxLength) ?? inLiterals(document);
          if (problem) throw refusal(problem, maxLength);
        },
      };
    },
  };
}

interface Problem {
  place: Place;
  reason: 'character' | 'length' | 'citizen-id';
}

/** What is wrong with `text`, written at `place` (free text when its last name is one of FREE_TEXT_INPUTS). */
function judge(text: string, maxLength: number, place = ''): Problem['reason'] | undefined {
  if (FORBIDDEN_CHARACTER.test(text)) return 'character';
  // Counted in characters (code points), so that Vietnamese with combining marks is not cut short by UTF-16 units.
  if (text.length > maxLength && [...text].length > maxLength) return 'length';
  if (CITIZEN_ID_IN_TEXT.test(text) && FREE_TEXT_INPUTS.has(place.slice(place.lastIndexOf('.') + 1).replace(/^\$/, ''))) return 'citizen-id';
  return undefined;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** The first bad string in the variables, walked as JSON (what the caller sent, before coercion). */
export function findInVariables(variables: Record<string, unknown>, maxLength = DEFAULT_MAX_INPUT_STRING_LENGTH): Problem | undefined {
  const walk = (value: unknown, place: Place): Problem | undefined => {
    if (typeof value === 'string') {
      const reason = judge(value, maxLength, place);
      return reason ? { place, reason } : undefined;
    }
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = walk(item, `${place}[${index}]`);
        if (found) return found;
      }
      return undefined;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        // A key is echoed back only when it is a plain name; any other (control characters, a page of text) is judged as text.
        const named = NAME.test(key) ? `${place}.${key}` : `${place}.?`;
        const reason = NAME.test(key) ? undefined : judge(key, maxLength);
        const found = reason ? { place: named, reason } : walk(item, named);
        if (found) return found;
      }
    }
    return undefined;
  };
  for (const [name, value] of Object.entries(variables)) {
    const found = walk(value, `$${name}`);
    if (found) return found;
  }
  return undefined;
}

/** The first bad string written literally in the document (arguments of fields and directives, variables' defaults). */
export function findInLiterals(document: DocumentNode, maxLength = DEFAULT_MAX_INPUT_STRING_LENGTH): Problem | undefined {
  let found: Problem | undefined;
  const walk = (value: ValueNode, place: Place): Problem | undefined => {
    switch (value.kind) {
      case Kind.STRING: {
        const reason = judge(value.value, maxLength, place);
        return reason ? { place, reason } : undefined;
      }
      case Kind.LIST:
        for (const [index, item] of value.values.entries()) {
          const inner = walk(item, `${place}[${index}]`);
          if (inner) return inner;
        }
        return undefined;
      case Kind.OBJECT:
        for (const field of value.fields) {
          const inner = walk(field.value, `${place}.${field.name.value}`);
          if (inner) return inner;
        }
        return undefined;
      default:
        return undefined;
    }
  };
  visit(document, {
    Argument(node) {
      found ??= walk(node.value, node.name.value);
    },
    VariableDefinition(node) {
      if (node.defaultValue) found ??= walk(node.defaultValue, `$${node.variable.name.value}`);
    },
  });
  return found;
}

function refusal({ place, reason }: Problem, maxLength: number) {
  const messages: Record<Problem['reason'], Message> = {
    character: {
      vi: `Giá trị ${place} chứa ký tự điều khiển không được phép (như ký tự NUL); chỉ được dùng chữ, số, dấu câu, tab và xuống dòng.`,
      en: `${place} holds a control character that is not allowed (such as NUL); only text, tabs and line breaks are.`,
    },
    length: {
      vi: `Giá trị ${place} dài quá ${maxLength} ký tự.`,
      en: `${place} is longer than ${maxLength} characters.`,
    },
    'citizen-id': {
      vi: `Không ghi số định danh cá nhân vào ${place}: nội dung này ai đọc hồ sơ cũng thấy; số định danh chỉ lưu ở trường riêng của hồ sơ đảng viên.`,
      en: `Do not write a citizen ID in ${place}: whoever reads the record reads it; a citizen ID is kept only in the member record's own field.`,
    },
  };
  const message = messages[reason];
  return codedError(ErrorCode.BAD_USER_INPUT, message, { argument: place, limit: reason === 'length' ? maxLength : undefined, http: { status: 400 } });
}
