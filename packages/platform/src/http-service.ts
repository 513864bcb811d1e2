import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { countHttpResponses, metricsHandler, traceRequests, type ServiceMetrics, type Tracer } from '@twoway/telemetry';
import type { Logger } from './logger.js';
import { requestContext } from './request-context.js';
import { requestIdOf, requestLogger, requestLogging, type RequestIdSource } from './request-log.js';
import { byteLimit, graphqlEndpoint } from './graphql-endpoint.js';
import { ErrorCode, errorStatusPlugin } from './errors.js';
import { languageOf, say, type Message } from './language.js';
import { inputTextPlugin, type InputTextLimits } from './input-text.js';

export { REQUEST_ID_HEADER, SLOW_REQUEST_MS, type RequestIdSource } from './request-log.js';

/** What every service's GraphQL context starts from. */
export interface RequestScope {
  requestId: string;
  logger: Logger;
  headers: http.IncomingHttpHeaders;
  /** What middleware before GraphQL left for this request (the gateway's verified principal). */
  locals: Record<string, unknown>;
  /** The request's JSON body as read, before Apollo parses its document (a subgraph tells a query from a mutation by it). */
  body: unknown;
}

export interface HttpServiceOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  apollo: ApolloServer<TContext>;
  /** Builds the per-request GraphQL context (loaders, clock, ...). */
  context: (scope: RequestScope) => Promise<TContext>;
  /** Answers whether the service can serve traffic (e.g. its database answers). */
  ready: () => Promise<boolean>;
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** Routes mounted before /graphql (internal endpoints). */
  routes?: (app: express.Express) => void;
  /**
   * Which requests carry their id through every asynchronous step
   * (requestContext): `true` all, a function those whose id it accepts. Off
   * by default: while any request is tracked, the AsyncLocalStorage costs
   * every promise of the process a hook, and only what is told each SQL
   * statement with its request (a subgraph plugin's statement observer)
   * reads it. The hook is turned off again once no tracked request is in
   * flight (trackRequests).
   */
  trackRequestContext?: boolean | ((requestId: string) => boolean);
  /**
   * Whether a GraphQL request comes from a caller this service serves, judged
   * on its exact body (a subgraph: the gateway's signature). Without it, any
   * caller with a valid token is served; with it, others get 403 FORBIDDEN.
   */
  acceptCaller?: (headers: http.IncomingHttpHeaders, rawBody: Buffer) => boolean;
  /**
   * What text inputs may hold (`inputTextPlugin`: no control characters, at most
   * 10 000 characters a string); refused with BAD_USER_INPUT before any
   * resolver runs. `false` turns the check off.
   */
  inputText?: InputTextLimits | false;
  /** Whether a caller's `x-request-id` becomes the request's id (`caller`, the default) or never (`own`: request-log.ts). */
  requestIds?: RequestIdSource;
  /** How long `close()` lets requests in flight finish before their connections are cut. Default 10 s. */
  shutdownGraceMs?: number;
  /**
   * The service's signals: a span per HTTP request (continuing the caller's
   * trace), every answer counted by status, and, with `metricsRoute`, GET
   * /metrics on this port (a subgraph's, on loopback; the gateway serves its
   * metrics on a port of its own).
   */
  telemetry?: { tracer?: Tracer; metrics?: ServiceMetrics; metricsRoute?: boolean };
}

export interface HttpService {
  /** Starts listening; port 0 picks a free port. Resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Announces the stop and waits `delayMs` while still serving: /health/ready
   * answers 503 and every response asks its client to close the connection
   * (`connection: close`), so load balancers and keep-alive clients move away
   * before the listener closes.
   */
  drain(delayMs: number): Promise<void>;
  /**
   * Stops accepting connections, lets the requests in flight finish (up to the
   * grace period, then cuts what is left) and resolves when all are answered.
   */
  close(): Promise<void>;
  readonly url: string;
}

/** How long load balancers get, on SIGTERM, to see readiness fail before the listener closes. */
export const DEFAULT_DRAIN_DELAY_MS = 2_000;
/** How long requests in flight get to finish once the listener is closed. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** The services this process serves, drained together when it is told to stop (onShutdownSignal). */
const liveServices = new Set<HttpService>();

const CALLER_REFUSED = 'caller.refused';

/** What the HTTP layer answers by itself, when no GraphQL operation ran. */
const HTTP_ANSWERS = {
  notFound: { vi: 'Không có gì ở địa chỉ này; dịch vụ trả lời GraphQL tại /graphql.', en: 'There is nothing at this address; the service answers GraphQL at /graphql.' },
  unreadable: { vi: 'Không đọc được yêu cầu: phần thân phải là JSON hợp lệ, mã hóa UTF-8.', en: 'The request could not be read: its body must be valid JSON in UTF-8.' },
  tooLarge: { vi: 'Phần thân yêu cầu vượt quá kích thước cho phép.', en: 'The request body is larger than allowed.' },
  internal: { vi: 'Lỗi nội bộ của dịch vụ.', en: 'Internal server error.' },
  callerRefused: { vi: 'Dịch vụ này chỉ phục vụ yêu cầu do cổng (gateway) ký.', en: 'This service serves only requests the gateway signed.' },
} satisfies Record<string, Message>;

/**
 * Answers a request outside GraphQL (before Apollo, or instead of it) with one coded error, in GraphQL's
 * shape and said in the language the request asks for (Accept-Language).
 */
export function answerError(res: express.Response, status: number, code: ErrorCode, message: Message, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message: say(message, languageOf(res.req.headers['accept-language'])), extensions: { code, ...extensions } }] });
}

/** The error a request from a caller this service does not serve ends in (answered 403 below). */
function callerRefused(): Error & { status: number; type: string } {
  return Object.assign(new Error('caller refused'), { status: 403, type: CALLER_REFUSED });
}

/**
 * Middleware running the requests whose id `tracked` accepts in requestContext, and the others outside it. An
 * AsyncLocalStorage once run keeps its promise hook on for the whole process, every request paying it whether
 * its context is read or not (the benchmark's SQL capture reads a few requests' statements and had every
 * other request pay): so once the last tracked request in flight is answered, the storage is disabled, which
 * turns the hook off until the next tracked request runs it again.
 */
function trackRequests(tracked: (requestId: string) => boolean): express.RequestHandler {
  let inFlight = 0;
  return (req, res, next) => {
    const requestId = requestIdOf(req);
    if (!tracked(requestId)) return next();
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) requestContext.disable();
    });
    requestContext.run({ requestId }, next);
  };
}

/**
 * An Express app hosting one Apollo Server at /graphql, with health endpoints
 * (/health/live, /health/ready), request ids and structured request logs.
 */
export async function createHttpService<TContext extends BaseContext>(
  options: HttpServiceOptions<TContext>,
): Promise<HttpService> {
  const { apollo, logger } = options;
  // Every service answers a whole-request failure with its HTTP status (503 + Retry-After, 4xx) and refuses bad text alike.
  apollo.addPlugin(errorStatusPlugin<TContext>());
  if (options.inputText !== false) apollo.addPlugin(inputTextPlugin<TContext>(options.inputText ?? {}));
  await apollo.start();

  let stopping = false;
  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers: a GraphQL POST is never answered 304, and hashing every answer cost CPU for nothing.
  app.set('etag', false);
  const { tracer, metrics } = options.telemetry ?? {};
  if (tracer) app.use(traceRequests(tracer));
  if (metrics) app.use(countHttpResponses(metrics));
  // Once stopping, every answer tells a keep-alive client to open its next connection elsewhere,
  // rather than have it cut under a request it has just sent.
  app.use((_req, res, next) => {
    if (stopping) res.setHeader('connection', 'close');
    next();
  });
  // Request ids, and one line per answer: errors and slow ones at any level, the rest at info (request-log.ts).
  app.use(requestLogging(logger, options.requestIds));
  if (options.trackRequestContext) app.use(trackRequests(options.trackRequestContext === true ? () => true : options.trackRequestContext));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/health/ready', async (_req, res) => {
    const ready = !stopping && (await options.ready().catch(() => false));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service: options.name });
  });
  if (metrics && options.telemetry?.metricsRoute) app.get('/metrics', metricsHandler(metrics));
  options.routes?.(app);
  const acceptCaller = options.acceptCaller;
  if (acceptCaller) {
    // Only a POST carries a body to judge: a signed caller never sends anything else.
    app.use('/graphql', (req, _res, next) => next(req.method === 'POST' ? undefined : callerRefused()));
  }
  const bodyLimit = options.bodyLimit ?? '1mb';
  const context = (req: http.IncomingMessage, locals: Record<string, unknown>, body: unknown) => {
    const requestId = requestIdOf(req);
    return options.context({ requestId, logger: requestLogger(logger, requestId), headers: req.headers, locals, body });
  };
  app.use(
    '/graphql',
    // A plain JSON POST (all a gateway sends) read and answered directly; anything else by the two below, as before.
    graphqlEndpoint(apollo, { limit: byteLimit(bodyLimit), ...(acceptCaller ? { acceptCaller } : {}), refusal: callerRefused, context: ({ req, res, body }) => context(req, res.locals, body) }),
    express.json({
      limit: bodyLimit,
      ...(acceptCaller
        ? {
            verify: (req: http.IncomingMessage, _res: http.ServerResponse, raw: Buffer) => {
              if (!acceptCaller(req.headers, raw)) throw callerRefused();
            },
          }
        : {}),
    }),
    expressMiddleware(apollo, { context: async ({ req, res }) => context(req, res.locals, req.body as unknown) }),
  );
  // Any other address: a coded answer like every other, not Express's HTML page.
  app.use((_req, res) => answerError(res, 404, ErrorCode.NOT_FOUND, HTTP_ANSWERS.notFound));
  // Malformed JSON or an oversized body: a coded answer, never a stack trace.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === CALLER_REFUSED) return answerError(res, 403, ErrorCode.GATEWAY_SIGNATURE_REQUIRED, HTTP_ANSWERS.callerRefused);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 413) return answerError(res, status, ErrorCode.PAYLOAD_TOO_LARGE, HTTP_ANSWERS.tooLarge);
    if (status < 500) return answerError(res, status, ErrorCode.BAD_REQUEST, HTTP_ANSWERS.unreadable);
    answerError(res, status, ErrorCode.INTERNAL_SERVER_ERROR, HTTP_ANSWERS.internal);
  });

  let server: http.Server | undefined;
  let boundUrl = '';
  const grace = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
  const service: HttpService = {
    get url() {
      return boundUrl;
    },
    async drain(delayMs) {
      if (!stopping) logger.info({ delayMs }, `${options.name} draining: not ready any more`);
      stopping = true;
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
    async listen(port, host = '0.0.0.0') {
      // Serving again after a close (a test brings a subgraph back): ready, and keep-alive allowed again.
      stopping = false;
      liveServices.add(service);
      server = http.createServer({ keepAliveTimeout: 65_000 }, app);
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, host, () => resolve());
      });
      const bound = (server.address() as AddressInfo).port;
      boundUrl = `http://localhost:${bound}/graphql`;
      logger.info({ port: bound }, `${options.name} listening`);
      return bound;
    },
    async close() {
      stopping = true;
      liveServices.delete(service);
      const current = server;
      server = undefined;
      if (!current) return;
      await new Promise<void>((resolve) => {
        // No new connections; idle keep-alive ones close now, busy ones once their answer (marked
        // `connection: close` above) is sent.
        current.close(() => resolve());
        current.closeIdleConnections();
        // In-flight requests get a grace period, then their sockets are cut.
        const cut = setTimeout(() => {
          logger.warn({ graceMs: grace }, `${options.name}: requests still in flight after the grace period are cut`);
          current.closeAllConnections();
        }, grace);
        cut.unref();
        current.once('close', () => clearTimeout(cut));
      });
    },
  };
  liveServices.add(service);
  return service;
}

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. Used by every entry point
 * so that Ctrl-C or an orchestrator's stop leaves nothing running.
 *
 * A graceful stop, in order: every HTTP service of the process turns not
 * ready (/health/ready 503) and keeps serving for `drainDelayMs` so that load
 * balancers stop sending; then `stop` closes them, each letting its requests
 * in flight finish. None of them fails for the stop.
 */
export function onShutdownSignal(logger: Logger, stop: () => Promise<void>, options: { drainDelayMs?: number } = {}): void {
  let stopping = false;
  const drainDelayMs = options.drainDelayMs ?? DEFAULT_DRAIN_DELAY_MS;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, drainDelayMs }, 'shutting down');
    Promise.all([...liveServices].map((service) => service.drain(drainDelayMs)))
      .then(() => stop())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}
