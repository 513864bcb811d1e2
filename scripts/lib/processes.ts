import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureDevelopmentEventsSecret, ensureDevelopmentGatewaySignatureSecret, ensureDevelopmentKeys } from '@twoway/auth';
import { GATEWAY, SUBGRAPHS, entryOf } from '../../topology.js';
import { root, type DatabaseUrls } from './databases.js';

export interface FederationProcesses {
  gatewayUrl: string;
  processes: { name: string; child: ChildProcess }[];
  /** Stops every process (SIGTERM, then SIGKILL after 10 s). */
  stop(): Promise<void>;
}

/**
 * Starts the three subgraphs and the gateway as separate Node processes, as
 * in production, and waits until each answers /health/ready. `onExit` is told
 * when one of them stops on its own.
 */
export async function startFederationProcesses(options: {
  urls: DatabaseUrls;
  gatewayPort: number;
  env?: Record<string, string>;
  /** Prefix each process's command line with this (e.g. taskset for CPU pinning). */
  wrap?: (name: string) => string[];
  /** Extra options for a process's node (e.g. --cpu-prof). */
  nodeOptions?: (name: string) => string[];
  /** What a subgraph's node runs (a script and its arguments), in place of the subgraph's own src/index.ts (the bench's capture). */
  subgraphEntry?: (name: string) => [script: string, ...args: string[]];
  onExit?: (name: string, code: number | null, signal: NodeJS.Signals | null) => void;
}): Promise<FederationProcesses> {
  const keys = process.env.AUTH_JWKS_FILE || process.env.AUTH_JWKS_URL ? undefined : await ensureDevelopmentKeys(path.join(root, '.keys'));
  const common: Record<string, string> = {
    APOLLO_TELEMETRY_DISABLED: '1',
    GATEWAY_URL: `http://localhost:${options.gatewayPort}/graphql`,
    INTERNAL_EVENTS_SECRET: process.env.INTERNAL_EVENTS_SECRET ?? (await ensureDevelopmentEventsSecret(path.join(root, '.keys'))),
    GATEWAY_SIGNATURE_SECRET: process.env.GATEWAY_SIGNATURE_SECRET ?? (await ensureDevelopmentGatewaySignatureSecret(path.join(root, '.keys'))),
    ...(keys ? { AUTH_JWKS_FILE: keys.publicKeysFile } : {}),
    ...options.env,
  };
  const processes: { name: string; child: ChildProcess }[] = [];
  let stopping = false;
  const run = (name: string, [script, ...args]: [string, ...string[]], env: Record<string, string>) => {
    const prefix = options.wrap?.(name) ?? [];
    const command = [...prefix, process.execPath, ...(options.nodeOptions?.(name) ?? []), '--import', 'tsx', path.join(root, script), ...args];
    const child = spawn(command[0]!, command.slice(1), { cwd: root, env: { ...process.env, ...common, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('exit', (code, signal) => {
      if (!stopping) options.onExit?.(name, code, signal);
    });
    processes.push({ name, child });
  };
  const stop = async () => {
    stopping = true;
    await Promise.all(
      processes.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  };
  try {
    for (const subgraph of SUBGRAPHS) {
      run(subgraph.name, options.subgraphEntry?.(subgraph.name) ?? [entryOf(subgraph)], { ...options.urls, PORT: String(subgraph.port) });
    }
    await Promise.all(SUBGRAPHS.map((subgraph) => waitUntilReady(subgraph.name, subgraph.port)));
    run(GATEWAY.name, [entryOf(GATEWAY)], { PORT: String(options.gatewayPort) });
    await waitUntilReady(GATEWAY.name, options.gatewayPort);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://localhost:${options.gatewayPort}/graphql`, processes, stop };
}

export async function waitUntilReady(name: string, port: number, timeoutMs = 120_000, path = '/health/ready'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not become ready on port ${port}`);
}
