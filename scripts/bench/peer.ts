import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDevelopmentGatewaySignatureSecret } from '@twoway/auth';
import { root } from '../lib/databases.js';
import { waitUntilReady } from '../lib/processes.js';
import { pin } from './federation.js';
import type { Gateway } from './measure.js';

const PEER_PORT = 4200;
const CONFIG = path.relative(root, fileURLToPath(new URL('./hive-gateway.config.ts', import.meta.url)));

/**
 * The peer: Hive Gateway over the same committed supergraph and the same subgraphs, forwarding the same
 * headers (hive-gateway.config.ts), pinned to our gateway's core.
 */
export async function startPeer(): Promise<Gateway & { stop(): void }> {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@graphql-hive/gateway/package.json');
  const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['hive-gateway']!;
  const command = [...pin(1), process.execPath, path.join(path.dirname(manifest), bin), 'supergraph', '-c', CONFIG, '-p', String(PEER_PORT), '-h', '127.0.0.1'];
  // The subgraphs serve only what is signed with the gateway's secret: the peer signs with the same one (hive-gateway.config.ts).
  const GATEWAY_SIGNATURE_SECRET = process.env.GATEWAY_SIGNATURE_SECRET ?? (await ensureDevelopmentGatewaySignatureSecret(path.join(root, '.keys')));
  const peer = spawn(command[0]!, command.slice(1), { cwd: root, env: { ...process.env, NODE_ENV: 'production', GATEWAY_SIGNATURE_SECRET }, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitUntilReady('hive-gateway', PEER_PORT, 120_000, '/readiness');
  } catch (error) {
    peer.kill('SIGTERM');
    throw error;
  }
  return { name: 'peer (Hive Gateway)', url: `http://127.0.0.1:${PEER_PORT}/graphql`, pid: peer.pid!, stop: () => peer.kill('SIGTERM') };
}
