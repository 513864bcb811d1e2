import type express from 'express';
import { ErrorCode, answerError, type Message } from '@twoway/platform';
import { REGISTERED_OPERATIONS_LOCAL } from './limits/page-cost.js';
import { operationHash } from './partners/registry.js';

/** What a request body's operation may carry: its text, or the hash of a registered one (Apollo's persisted-query format). */
export interface OperationBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/** The operations of a request's body: the one it holds, or a batch's. */
export const operationsOf = (body: unknown): OperationBody[] => (Array.isArray(body) ? body : [body]) as OperationBody[];

/** What a safelist says, in its client's words, when it refuses an operation. */
export interface SafelistRefusals {
  /** An operation it has not registered (PERSISTED_OPERATION_NOT_ALLOWED). */
  notAllowed: Message;
  /** A body with neither a text nor a hash (PERSISTED_OPERATION_REQUIRED). */
  required: Message;
}

/**
 * A safelist (the dashboard's, a partner's): every operation of the request must be one of `registered` (SHA-256
 * hex → text), sent as its exact text or by its hash, for which the text is supplied. On the first that is not,
 * answers 400 with the refusal's code and returns false; otherwise marks the request's operations registered
 * (REGISTERED_OPERATIONS_LOCAL: the page cost was weighed at registration) and returns true.
 */
export function admitRegisteredOperations(operations: OperationBody[], registered: ReadonlyMap<string, string>, res: express.Response, refusals: SafelistRefusals): boolean {
  for (const operation of operations) {
    const hash = operation?.extensions?.persistedQuery?.sha256Hash;
    if (typeof operation?.query === 'string') {
      if (!registered.has(operationHash(operation.query))) return refused(res, ErrorCode.PERSISTED_OPERATION_NOT_ALLOWED, refusals.notAllowed);
    } else if (typeof hash === 'string') {
      const text = registered.get(hash.toLowerCase());
      if (!text) return refused(res, ErrorCode.PERSISTED_OPERATION_NOT_ALLOWED, refusals.notAllowed);
      operation.query = text;
    } else {
      return refused(res, ErrorCode.PERSISTED_OPERATION_REQUIRED, refusals.required);
    }
  }
  res.locals[REGISTERED_OPERATIONS_LOCAL] = true;
  return true;
}

function refused(res: express.Response, code: ErrorCode, message: Message): false {
  answerError(res, 400, code, message);
  return false;
}
