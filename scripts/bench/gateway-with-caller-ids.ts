/**
 * The benchmark's gateway process: `node --import tsx scripts/bench/gateway-with-caller-ids.ts`. It runs the
 * gateway exactly as its own `src/index.ts` does, but keeps each caller's `x-request-id` as the request's id
 * instead of making its own: the bench's SQL capture (sql-capture.ts) picks the requests to record, and the dry
 * runs to roll back, by the id the bench sends. The service's gateway never does (the audit log's request ids
 * are its own); like the capturing subgraphs, only the bench names this file.
 */
import { runGateway } from '../../gateway/src/main.js';

await runGateway({ requestIds: 'caller' });
