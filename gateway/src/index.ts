/** The gateway's entry point: `node --import tsx gateway/src/index.ts` (main.ts). */
import { runGateway } from './main.js';

await runGateway();
