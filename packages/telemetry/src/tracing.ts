import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import {
  SpanKind,
  SpanStatusCode,
  ROOT_CONTEXT,
  context,
  propagation,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_SERVICE_NAME, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';

export interface TracingOptions {
  /** The service this process runs (the resource's `service.name`, unless OTEL_SERVICE_NAME says otherwise). */
  serviceName: string;
  /** Where spans go, each as it ends (tests: an InMemorySpanExporter). Without it, OTLP/HTTP when configured. */
  exporter?: SpanExporter;
  /** The environment read for the OTEL_* variables (process.env by default). */
  env?: NodeJS.ProcessEnv;
}

export interface Tracing {
  /** The service's tracer: its instrumentation scope is the service name. */
  readonly tracer: Tracer;
  /** Whether spans are recorded and exported (false: the API's no-op tracer, nothing registered). */
  readonly enabled: boolean;
  /** Exports what is buffered and unregisters the provider (once per process; later calls do nothing). */
  shutdown(): Promise<void>;
}

let registered: { provider: NodeTracerProvider; exporter: SpanExporter } | undefined;

/**
 * Starts tracing for the process, once: a NodeTracerProvider with the
 * AsyncLocalStorage context manager and the W3C trace-context propagator.
 * Spans go to `exporter` when given, else over OTLP/HTTP when
 * OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set
 * (the exporter reads those and OTEL_EXPORTER_OTLP_HEADERS itself; the
 * sampler follows OTEL_TRACES_SAMPLER). With neither, nothing is registered:
 * the API stays a no-op and no request pays for context tracking.
 *
 * Several services may share a process (the tests run the gateway and the
 * subgraphs in one): the first call registers the provider, later ones reuse
 * it, and each service gets a tracer named after itself, so a span's
 * instrumentation scope tells which service made it.
 */
export function startTracing(options: TracingOptions): Tracing {
  const tracer = trace.getTracer(options.serviceName);
  if (registered) {
    if (options.exporter && options.exporter !== registered.exporter) {
      throw new Error('Tracing is already started in this process with another exporter');
    }
    return { tracer, enabled: true, shutdown: stopTracing };
  }
  const env = options.env ?? process.env;
  const exporter = options.exporter ?? otlpExporterFromEnvironment(env);
  if (!exporter) return { tracer, enabled: false, shutdown: async () => {} };

  const resource = defaultResource()
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }))
    .merge(detectResources({ detectors: [envDetector] }));
  // A given exporter is a test's: each span is exported as it ends, so a test reads it at once.
  const processor = options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  provider.register();
  registered = { provider, exporter };
  return { tracer, enabled: true, shutdown: stopTracing };
}

async function stopTracing(): Promise<void> {
  const current = registered;
  if (!current) return;
  registered = undefined;
  try {
    await current.provider.shutdown();
  } finally {
    trace.disable();
    context.disable();
    propagation.disable();
  }
}

/**
 * Whether this process records spans (startTracing registered a provider). What runs per request or per
 * statement (traceRequests, the statement spans) asks it first and does nothing else when not: the API's
 * no-op spans cost nothing to record, but building their attributes and contexts did, on every call.
 */
export function tracingStarted(): boolean {
  return registered !== undefined;
}

/** The OTLP/HTTP exporter when the standard variables ask for it (and the SDK is not disabled). */
function otlpExporterFromEnvironment(env: NodeJS.ProcessEnv): SpanExporter | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === 'none') return undefined;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  return new OTLPTraceExporter();
}

/**
 * The tracer of one service, for what is not handed the one startTracing
 * returned (the persistence layer, the outbox dispatcher). Before tracing
 * starts, and when it is off, its spans are the API's no-op ones.
 */
export function serviceTracer(serviceName: string): Tracer {
  return trace.getTracer(serviceName);
}

/**
 * Runs `fn` in a new span (a child of the active one), ending the span when
 * `fn` settles; an error is recorded on the span and thrown on.
 */
export async function withSpan<T>(
  tracer: Tracer,
  name: string,
  attributes: Attributes,
  fn: (span: Span) => Promise<T> | T,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  return tracer.startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      recordError(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks a span failed with the error's name and message (and its stack, as an exception event). */
export function recordError(span: Span, error: unknown): void {
  if (error instanceof Error) {
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
  } else {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
  }
}

/**
 * Adds the active trace's `traceparent` (and `tracestate`) to outgoing request
 * headers, in place; returns them. Without an active span, adds nothing.
 */
export function injectTraceHeaders<H extends Record<string, string>>(headers: H, from: Context = context.active()): H {
  propagation.inject(from, headers);
  return headers;
}

/** The trace context an incoming request carries (its `traceparent`), as the parent of the span serving it. */
export function extractTraceContext(headers: IncomingHttpHeaders): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** Paths not traced: probes and scrapes. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * Express middleware: one SERVER span per HTTP request, a child of the
 * caller's trace when the request carries `traceparent`, active for the rest
 * of the request (what runs after `next()`, GraphQL resolvers and their SQL
 * included, sees it as its parent). Ends when the response is sent; a 5xx, or
 * a connection closed before the answer, marks it failed. None before tracing
 * is started in the process (tracingStarted).
 */
export function traceRequests(tracer: Tracer): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if (!tracingStarted() || UNTRACED_PATHS.test(req.url ?? '')) {
      next();
      return;
    }
    const parent = extractTraceContext(req.headers);
    const method = req.method ?? 'GET';
    const span = tracer.startSpan(
      method,
      { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: (req.url ?? '/').split('?')[0] } },
      parent,
    );
    res.once('close', () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      if (!res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR, message: 'connection closed before the answer was sent' });
      else if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
