/** How a call to a subgraph ended, as observers (metrics, logs) see it. */
export type SubgraphCallOutcome =
  /** The subgraph answered (with data, or with errors of its own). */
  | 'ok'
  /** The subgraph answered, but refused the request (4xx: a token, a literal it could not accept). Not a failure of the subgraph. */
  | 'rejected'
  /** No usable answer: connection refused or reset, a 5xx, a body that is not JSON. */
  | 'error'
  /** No answer before the subgraph's deadline. */
  | 'timeout'
  /** Not called: the subgraph's circuit is open. */
  | 'circuit-open';

/**
 * A call that got no usable answer from a subgraph. Internal to the gateway:
 * the data source turns it into SUBGRAPH_UNAVAILABLE, which names the
 * subgraph and never its address.
 */
export class SubgraphFailure extends Error {
  readonly retriable: boolean;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly outcome: Exclude<SubgraphCallOutcome, 'ok' | 'rejected'>,
    details: { retriable?: boolean; status?: number; retryAfterSeconds?: number | undefined; cause?: unknown } = {},
  ) {
    super(`subgraph call failed: ${outcome}${details.status ? ` (HTTP ${details.status})` : ''}`, { cause: details.cause });
    this.retriable = details.retriable ?? false;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}
