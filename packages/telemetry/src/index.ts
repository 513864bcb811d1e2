export {
  createServiceMetrics,
  registerOutboxGauges,
  registerPoolGauges,
  metricsHandler,
  serveMetrics,
  countHttpResponses,
  type ServiceMetrics,
  type ServiceMetricsOptions,
  type SubgraphCallOutcome,
  type JobRunOutcome,
  type OutboxDeliveryOutcome,
  type OutboxTargetState,
  type PoolCounts,
} from './metrics.js';
export {
  startTracing,
  serviceTracer,
  withSpan,
  recordError,
  injectTraceHeaders,
  extractTraceContext,
  traceRequests,
  type Tracing,
  type TracingOptions,
} from './tracing.js';
export {
  graphqlMetricsPlugin,
  graphqlTracingPlugin,
  ATTR_GRAPHQL_OPERATION_NAME,
  ATTR_GRAPHQL_OPERATION_TYPE,
  ATTR_GRAPHQL_ERROR_CODE,
} from './graphql-plugins.js';
export { traceStatement, statementOperation, withStatementSpans, type StatementDetails } from './statement-spans.js';
export { SpanKind, type Tracer, type Span } from '@opentelemetry/api';
/** For tests that collect a process's spans (startTracing({ exporter })). */
export { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
