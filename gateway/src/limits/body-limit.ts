import type express from 'express';
import { languageOf } from '@twoway/platform';
import { GATEWAY_LIMITS } from './limits.js';
import { LimitRefusal } from './refusals.js';

/** Answers a body over the limit (Express's JSON parser refuses it) with PAYLOAD_TOO_LARGE, 413, naming the limit; passes on any other error. */
export function bodyLimitRefusal(limit: string = GATEWAY_LIMITS.bodyLimit): express.ErrorRequestHandler {
  return (error: { status?: number }, req, res, next) => {
    if (error.status !== 413 || res.headersSent) {
      next(error);
      return;
    }
    res.status(413).json(new LimitRefusal('bodyLimit', limit).toResponseBody(languageOf(req.headers['accept-language'])));
  };
}
