import type express from 'express';
import { languageOf } from '@twoway/platform';
import { GATEWAY_LIMITS } from './limits.js';
import { LimitRefusal } from './refusals.js';

/** Refuses a batched HTTP request (a JSON array of operations) longer than the limit, before any is run. */
export function batchLimit(limit: number = GATEWAY_LIMITS.maxBatch): express.RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body) && (body.length === 0 || body.length > limit)) {
      res.status(400).json(new LimitRefusal('maxBatch', limit).toResponseBody(languageOf(req.headers['accept-language'])));
      return;
    }
    next();
  };
}

