import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from './logger.js';

/** The header that carries one request's id from the gateway to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** A request answered in this long or longer is logged at warn (`slow request`), whatever the log level. */
export const SLOW_REQUEST_MS = 1_000;

/** Paths whose answers are not logged when they succeed: probes. */
const QUIET_PATHS = /^\/health(\/|$|\?)/;

const ids = new WeakMap<http.IncomingMessage, string>();

/**
 * Whose `x-request-id` a service takes: `caller`, the one it is sent when plausible (a subgraph, whose only
 * caller is the gateway, signed); `own`, never (the gateway, the public edge): every request gets a fresh id,
 * so no two requests share one in the audit log, and a caller's id is logged beside it as `req.callerId`.
 */
export type RequestIdSource = 'caller' | 'own';

/** The id of a request the middleware below has seen (the caller's `x-request-id`, or a fresh one). */
export function requestIdOf(req: http.IncomingMessage): string {
  return ids.get(req) ?? '';
}

/**
 * Express middleware: gives every request an id (the caller's `x-request-id`
 * when it is a plausible one and `source` is `caller`, a fresh UUID otherwise),
 * answers it in the same header, and logs each answer once it is sent, one line with the request's
 * id, method, path, status and time:
 * - an answer 5xx, a response that failed, at error (`request errored`);
 * - one that took SLOW_REQUEST_MS or more, at warn (`slow request`);
 * - any other at info (`request completed`), health probes left out; a
 *   connection closed before the answer was sent likewise (`request aborted`).
 *
 * In place of pino-http, whose child logger per request serialized the
 * request (headers, redaction) before anything was known to be logged: at
 * LOG_LEVEL=warn a request that succeeds in time costs here an id, a header
 * and a listener. Headers are never logged, so neither is a token or a
 * signature. Lines written about a request while it is served carry its id
 * (`req.id`) through the child logger `requestLogger` gives.
 */
export function requestLogging(logger: Logger, source: RequestIdSource = 'caller'): (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const plausible = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : undefined;
    const id = source === 'caller' && plausible ? plausible : randomUUID();
    const callerId = source === 'own' ? plausible : undefined;
    ids.set(req, id);
    res.setHeader(REQUEST_ID_HEADER, id);
    const started = performance.now();
    let logged = false;
    const done = (error?: Error) => {
      if (logged) return;
      logged = true;
      res.removeListener('finish', done);
      res.removeListener('close', aborted);
      res.removeListener('error', done);
      const responseTime = Math.round(performance.now() - started);
      const failed = error !== undefined || res.statusCode >= 500;
      const slow = responseTime >= SLOW_REQUEST_MS;
      const level = failed ? 'error' : slow ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      if (level === 'info' && QUIET_PATHS.test(req.url ?? '')) return;
      const line = { req: { id, ...(callerId ? { callerId } : {}), method: req.method, url: req.url }, res: { statusCode: res.statusCode }, responseTime, ...(error ? { err: error } : {}) };
      if (failed) logger.error(line, 'request errored');
      else if (slow) logger.warn(line, 'slow request');
      else logger.info(line, res.writableFinished ? 'request completed' : 'request aborted');
    };
    const aborted = () => done();
    res.on('finish', done);
    res.on('close', aborted);
    res.on('error', done);
    next();
  };
}

/** The logger for what is written about one request while it is served: each line carries its id (`req.id`). */
export function requestLogger(logger: Logger, requestId: string): Logger {
  return logger.child({ req: { id: requestId } });
}
