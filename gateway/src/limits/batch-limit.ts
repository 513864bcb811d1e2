import type express from 'express';
import { ErrorCode } from '@twoway/platform';
import { GATEWAY_LIMITS } from './limits.js';

/** Refuses a batched HTTP request (a JSON array of operations) longer than the limit, before any is run. */
export function batchLimit(limit: number = GATEWAY_LIMITS.maxBatch): express.RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body) && (body.length === 0 || body.length > limit)) {
      res.status(400).json({ errors: [{ message: `A batch holds 1 to ${limit} operations`, extensions: { code: ErrorCode.BATCH_LIMIT_EXCEEDED, limit } }] });
      return;
    }
    next();
  };
}
