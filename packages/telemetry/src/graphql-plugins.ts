import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { trace, type Span } from '@opentelemetry/api';
import type { ServiceMetrics } from './metrics.js';

/** OpenTelemetry's GraphQL attributes (still "incubating" there, so named here rather than imported). */
export const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
export const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
/** The first error code of an answer that has errors (this project's attribute). */
export const ATTR_GRAPHQL_ERROR_CODE = 'graphql.error.code';

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Counts every GraphQL request Apollo answers (`graphql_requests_total`) and
 * times it (`graphql_request_duration_seconds`), by operation name (bounded:
 * ServiceMetrics.operationLabel) and code: OK, or the first error's code as
 * the client sees it (after formatError).
 */
export function graphqlMetricsPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(requestContext) {
          const operation = metrics.operationLabel(operationNameOf(requestContext));
          metrics.graphqlRequests.inc({ operation, code: firstErrorCode(requestContext) ?? 'OK' });
          metrics.graphqlRequestDuration.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/**
 * Names the active span (the HTTP SERVER span of traceRequests) after the
 * GraphQL operation ("query MemberProfile") and adds its name and type; an
 * answer with errors adds the first error's code. A trace backend then lists
 * requests by operation rather than as "POST".
 */
export function graphqlTracingPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const span: Span | undefined = trace.getActiveSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          const type = operation.operation;
          span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, type);
          if (operationName && OPERATION_NAME.test(operationName)) {
            span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, operationName);
            span.updateName(`${type} ${operationName}`);
          } else {
            span.updateName(type);
          }
        },
        async willSendResponse(requestContext) {
          const code = firstErrorCode(requestContext);
          if (code) span.setAttribute(ATTR_GRAPHQL_ERROR_CODE, code);
        },
      };
    },
  };
}

/** The operation that ran, else the one the client asked for (a request that failed to parse or validate). */
function operationNameOf<TContext extends BaseContext>(requestContext: GraphQLRequestContextWillSendResponse<TContext>): string | undefined {
  if (requestContext.operation) return requestContext.operation.name?.value;
  return requestContext.operationName ?? requestContext.request.operationName ?? undefined;
}

/** The first error's code as sent (OTHER when it is not a code); undefined when the answer has no errors. */
function firstErrorCode<TContext extends BaseContext>(requestContext: GraphQLRequestContextWillSendResponse<TContext>): string | undefined {
  const body = requestContext.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  const first = errors?.[0];
  if (!first) return undefined;
  const code = first.extensions?.code;
  if (typeof code !== 'string') return 'INTERNAL_SERVER_ERROR';
  return ERROR_CODE.test(code) ? code : 'OTHER';
}
