import type { SubgraphCallOutcome } from '@twoway/telemetry';

/** How a call to a subgraph ended (one definition, with the metrics that label it). */
export type { SubgraphCallOutcome };

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
