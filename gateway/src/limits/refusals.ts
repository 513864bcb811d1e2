import { ErrorCode, SaidError, say, type Language, type Message } from '@twoway/platform';
import { GATEWAY_LIMITS } from './limits.js';

export type LimitName = 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxShapeCost' | 'maxPageCost' | 'maxBatch' | 'bodyLimit';

/**
 * What a caller refused by a limit reads: one sentence that names the limit and
 * its value, in Vietnamese (officials read these) or, when the request asks for
 * it (Accept-Language), in English. Nothing about the document itself.
 */
const REFUSALS: Record<LimitName, { code: ErrorCode; message: (limit: string) => Message }> = {
  maxDepth: {
    code: ErrorCode.DEPTH_LIMIT_EXCEEDED,
    message: (n) => ({
      vi: `Truy vấn vượt giới hạn độ sâu (tối đa ${n} cấp lồng nhau).`,
      en: `The query is nested deeper than the limit (at most ${n} levels).`,
    }),
  },
  maxAliases: {
    code: ErrorCode.ALIAS_LIMIT_EXCEEDED,
    message: (n) => ({ vi: `Truy vấn vượt giới hạn số bí danh (tối đa ${n} alias).`, en: `The query uses more aliases than the limit (at most ${n}).` }),
  },
  maxDirectives: {
    code: ErrorCode.DIRECTIVE_LIMIT_EXCEEDED,
    message: (n) => ({ vi: `Truy vấn vượt giới hạn số chỉ thị (tối đa ${n} directive).`, en: `The query uses more directives than the limit (at most ${n}).` }),
  },
  maxTokens: {
    code: ErrorCode.TOKEN_LIMIT_EXCEEDED,
    message: (n) => ({ vi: `Truy vấn vượt giới hạn độ dài (tối đa ${n} token).`, en: `The query is longer than the limit (at most ${n} tokens).` }),
  },
  maxShapeCost: {
    code: ErrorCode.COST_LIMIT_EXCEEDED,
    message: (n) => ({ vi: `Truy vấn vượt giới hạn độ phức tạp (tối đa ${n}).`, en: `The query is more complex than the limit (a cost of at most ${n}).` }),
  },
  maxPageCost: {
    code: ErrorCode.COST_LIMIT_EXCEEDED,
    message: (n) => ({
      vi: `Truy vấn có thể trả về quá nhiều dữ liệu: vượt giới hạn chi phí trang (tối đa ${n}; các cỡ trang "first" và độ dài các danh sách lồng nhau nhân với nhau).`,
      en: `The query could return more than the page cost limit (at most ${n}; page sizes asked in "first" and the lengths of nested lists multiply).`,
    }),
  },
  maxBatch: {
    code: ErrorCode.BATCH_LIMIT_EXCEEDED,
    message: (n) => ({ vi: `Một lô yêu cầu chứa từ 1 đến ${n} thao tác.`, en: `A batch holds 1 to ${n} operations.` }),
  },
  bodyLimit: {
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: (n) => ({ vi: `Yêu cầu vượt giới hạn kích thước (tối đa ${n}).`, en: `The request body is larger than the limit (at most ${n}).` }),
  },
};

/** A request refused by one of the gateway's limits: its code, the limit's value (`extensions.limit`), HTTP 400. */
export class LimitRefusal extends SaidError {
  constructor(name: LimitName, limit: number | string = GATEWAY_LIMITS[name]) {
    const refusal = REFUSALS[name];
    super(refusal.message(String(limit)), { extensions: { code: refusal.code, limit, http: { status: 400 } } });
  }

  /** The refusal as a JSON error response body, for refusals answered before Apollo Server. */
  toResponseBody(language: Language): { errors: { message: string; extensions: Record<string, unknown> }[] } {
    return { errors: [{ message: say(this.said, language), extensions: { code: this.extensions.code, limit: this.extensions.limit } }] };
  }
}
