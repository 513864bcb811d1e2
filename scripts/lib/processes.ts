import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureDevelopmentEventsSecret, ensureDevelopmentGatewaySignatureSecret, ensureDevelopmentKeys } from '@twoway/auth';
import { GATEWAY, SUBGRAPHS, entryOf, type SubgraphName } from '../../topology.js';
import { root, type DatabaseUrls } from './databases.js';

/** One service's process; `child` is the one running now (a new one after each restart). */
export interface ServiceProcess {
  name: string;
  port: number;
  readonly child: ChildProcess;
  /** Times it was restarted after exiting on its own. */
  readonly restarts: number;
}

export interface FederationProcesses {
  gatewayUrl: string;
  processes: ServiceProcess[];
  /** Sends a signal to a service's current process (SIGKILL here is a crash: a supervised service comes back). */
  signal(name: string, signal: NodeJS.Signals): void;
  /** Stops one service on purpose (SIGTERM): it is not restarted until `startService`. */
  stopService(name: string): Promise<void>;
  /** Starts a service stopped with `stopService` again and waits until it is ready. */
  startService(name: string): Promise<void>;
  /** Stops every process (SIGTERM, then SIGKILL after 10 s), a restart pending included. */
  stop(): Promise<void>;
}

/**
 * How crashed services are brought back: after `initialDelayMs`, doubling with each crash in a row up to
 * `maxDelayMs`. A service that stayed up `resetAfterMs` is healthy again (its next crash waits the initial delay);
 * after `maxQuickCrashes` crashes in a row, each sooner than that after its start, supervision gives up.
 */
export interface Supervision {
  initialDelayMs?: number;
  maxDelayMs?: number;
  resetAfterMs?: number;
  maxQuickCrashes?: number;
  /** Told each restart, crash and give-up in a sentence (default: console.error). */
  log?: (message: string) => void;
  /** Called when a service crashed `maxQuickCrashes` times in a row: the caller stops everything. */
  onGiveUp: (name: string, message: string) => void;
}

const SUPERVISION_DEFAULTS = { initialDelayMs: 1_000, maxDelayMs: 30_000, resetAfterMs: 60_000, maxQuickCrashes: 5 };

/** How an exit reads in a sentence: `code 1` or `SIGKILL`. */
const exitOf = (code: number | null, signal: NodeJS.Signals | null) => (signal ? signal : `code ${code}`);
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Starts the three subgraphs and the gateway as separate Node processes, as
 * in production, and waits until each answers /health/ready. A process that
 * exits during start-up fails the start. Afterwards `onExit` is told when one
 * of them exits without being asked, and with `supervise` it is started again
 * with backoff (`npm start`); without, it stays down (the bench, where a
 * restart would spoil the figures).
 */
export async function startFederationProcesses(options: {
  urls: DatabaseUrls;
  gatewayPort: number;
  /** Ports of the subgraphs in place of the topology's (the fault suite's free ports); every process is told the URLs. */
  subgraphPorts?: Partial<Record<SubgraphName, number>>;
  env?: Record<string, string>;
  /** Prefix each process's command line with this (e.g. taskset for CPU pinning). */
  wrap?: (name: string) => string[];
  /** Extra options for a process's node (e.g. --cpu-prof). */
  nodeOptions?: (name: string) => string[];
  /** What a subgraph's node runs (a script and its arguments), in place of the subgraph's own src/index.ts (the bench's capture). */
  subgraphEntry?: (name: string) => [script: string, ...args: string[]];
  /** What the gateway's node runs, in place of gateway/src/index.ts (the bench's, which keeps the callers' request ids). */
  gatewayEntry?: string;
  /** Where each process's output goes: appended to `<logDirectory>/<name>.log` when given, otherwise this terminal. */
  logDirectory?: string;
  supervise?: Supervision;
  onExit?: (name: string, code: number | null, signal: NodeJS.Signals | null) => void;
}): Promise<FederationProcesses> {
  const keys = process.env.AUTH_JWKS_FILE || process.env.AUTH_JWKS_URL ? undefined : await ensureDevelopmentKeys(path.join(root, '.keys'));
  const portOf = (subgraph: (typeof SUBGRAPHS)[number]) => options.subgraphPorts?.[subgraph.name] ?? subgraph.port;
  const common: Record<string, string> = {
    APOLLO_TELEMETRY_DISABLED: '1',
    GATEWAY_URL: `http://localhost:${options.gatewayPort}/graphql`,
    INTERNAL_EVENTS_SECRET: process.env.INTERNAL_EVENTS_SECRET ?? (await ensureDevelopmentEventsSecret(path.join(root, '.keys'))),
    GATEWAY_SIGNATURE_SECRET: process.env.GATEWAY_SIGNATURE_SECRET ?? (await ensureDevelopmentGatewaySignatureSecret(path.join(root, '.keys'))),
    ...(keys ? { AUTH_JWKS_FILE: keys.publicKeysFile } : {}),
    // Moved subgraphs: the gateway and the event senders find them through the topology's URL variables.
    ...Object.fromEntries(SUBGRAPHS.filter((s) => options.subgraphPorts?.[s.name]).map((s) => [s.urlVariable, `http://127.0.0.1:${portOf(s)}/graphql`])),
    ...options.env,
  };
  const supervision = options.supervise ? { ...SUPERVISION_DEFAULTS, log: (m: string) => console.error(m), ...options.supervise } : undefined;
  let stopping = false;
  let started = false;

  class Service implements ServiceProcess {
    child!: ChildProcess;
    restarts = 0;
    /** Crashes in a row, each soon after its start. */
    private quickCrashes = 0;
    private startedAt = 0;
    private pendingRestart: NodeJS.Timeout | undefined;
    /** Stopped on purpose (stopService, stop): its exit is not a crash. */
    held = false;
    constructor(readonly name: string, readonly port: number, private readonly command: string[], private readonly env: Record<string, string>) {}

    spawn() {
      const output = options.logDirectory ? openSync(path.join(options.logDirectory, `${this.name}.log`), 'a') : 'inherit';
      const child = spawn(this.command[0]!, this.command.slice(1), { cwd: root, env: { ...process.env, ...common, ...this.env }, stdio: ['ignore', output, output] });
      if (typeof output === 'number') closeSync(output); // the child holds its own copy
      this.child = child;
      this.startedAt = Date.now();
      child.once('exit', (code, signal) => this.exited(child, code, signal));
    }

    private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null) {
      if (child !== this.child || stopping || this.held || !started) return;
      options.onExit?.(this.name, code, signal);
      if (!supervision) return;
      const upFor = Date.now() - this.startedAt;
      this.quickCrashes = upFor >= supervision.resetAfterMs ? 1 : this.quickCrashes + 1;
      if (this.quickCrashes >= supervision.maxQuickCrashes) {
        supervision.onGiveUp(
          this.name,
          `${this.name} exited (${exitOf(code, signal)}), its ${this.quickCrashes}th crash in a row within ${seconds(supervision.resetAfterMs)} of starting; giving up: stopping everything.`,
        );
        return;
      }
      const delay = Math.min(supervision.initialDelayMs * 2 ** (this.quickCrashes - 1), supervision.maxDelayMs);
      supervision.log(`${this.name} exited (${exitOf(code, signal)}); restarting in ${seconds(delay)}.`);
      this.pendingRestart = setTimeout(() => {
        this.pendingRestart = undefined;
        if (stopping || this.held) return;
        this.restarts += 1;
        this.spawn();
        const child = this.child;
        waitUntilReady(this.name, this.port, supervision.maxDelayMs * 2, '/health/ready', child).then(
          () => supervision.log(`${this.name} restarted and ready.`),
          () => undefined, // it exited again or never got ready: its exit (or the next crash) says so
        );
      }, delay);
    }

    /** SIGTERM (and SIGCONT, should it be stopped), SIGKILL after 10 s; resolves once it has exited. */
    async terminate(): Promise<void> {
      clearTimeout(this.pendingRestart);
      this.pendingRestart = undefined;
      const child = this.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        child.kill('SIGCONT'); // a process stopped with SIGSTOP gets the SIGTERM only once it runs again
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      });
    }
  }

  const services: Service[] = [];
  const service = (name: string) => {
    const found = services.find((s) => s.name === name);
    if (!found) throw new Error(`No service named ${name}.`);
    return found;
  };
  const run = (name: string, port: number, [script, ...args]: [string, ...string[]], env: Record<string, string>) => {
    const prefix = options.wrap?.(name) ?? [];
    const command = [...prefix, process.execPath, ...(options.nodeOptions?.(name) ?? []), '--import', 'tsx', path.join(root, script), ...args];
    const created = new Service(name, port, command, env);
    created.spawn();
    services.push(created);
    return created;
  };
  const stop = async () => {
    stopping = true;
    await Promise.all(services.map((s) => s.terminate()));
  };
  try {
    const subgraphs = SUBGRAPHS.map((subgraph) =>
      run(subgraph.name, portOf(subgraph), options.subgraphEntry?.(subgraph.name) ?? [entryOf(subgraph)], { ...options.urls, PORT: String(portOf(subgraph)) }),
    );
    await Promise.all(subgraphs.map((s) => waitUntilReady(s.name, s.port, 120_000, '/health/ready', s.child)));
    const gateway = run(GATEWAY.name, options.gatewayPort, [options.gatewayEntry ?? entryOf(GATEWAY)], { PORT: String(options.gatewayPort) });
    await waitUntilReady(GATEWAY.name, options.gatewayPort, 120_000, '/health/ready', gateway.child);
    started = true;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://localhost:${options.gatewayPort}/graphql`,
    processes: services,
    signal: (name, signal) => void service(name).child.kill(signal),
    async stopService(name) {
      const s = service(name);
      s.held = true;
      await s.terminate();
    },
    async startService(name) {
      const s = service(name);
      if (!s.held) throw new Error(`${name} was not stopped with stopService.`);
      s.held = false;
      s.spawn();
      await waitUntilReady(name, s.port, 120_000, '/health/ready', s.child);
    },
    stop,
  };
}

/** Waits until `port` answers `path` with 2xx; fails at once when `child` (the process that should answer) exits meanwhile. */
export async function waitUntilReady(name: string, port: number, timeoutMs = 120_000, path = '/health/ready', child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exited = () => child && (child.exitCode !== null || child.signalCode !== null);
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`${name} exited (${exitOf(child!.exitCode, child!.signalCode)}) before it was ready on port ${port}.`);
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

/**
 * Stops the PostgreSQL server running in `dataDir`, whoever started it: the
 * one `npm start` spawned may have been restarted by someone else since
 * (pg_ctl restart), and then only the data folder's postmaster.pid names it.
 * Sends it SIGINT (PostgreSQL's fast shutdown, what `pg_ctl stop -m fast`
 * sends), SIGQUIT (immediate) after `timeoutMs`, and waits until the process
 * is gone and nothing listens on `port`. Nothing to do when no server runs there.
 */
export async function stopPostgresOfDataDir(dataDir: string, port: number, timeoutMs = 30_000): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
  // A stale file after a crash may name a pid reused by another program: only a postgres process is signalled.
  if (Number.isInteger(pid) && pid > 0 && isPostgres(pid)) {
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + timeoutMs;
    while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (alive(pid)) {
      process.kill(pid, 'SIGQUIT');
      while (alive(pid) && Date.now() < deadline + 10_000) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (alive(pid)) throw new Error(`PostgreSQL (pid ${pid}, data in ${dataDir}) did not stop; stop it with kill ${pid}.`);
  }
  const deadline = Date.now() + 10_000;
  while (await listening(port)) {
    if (Date.now() > deadline) throw new Error(`Something still listens on 127.0.0.1:${port} after PostgreSQL stopped; see ss -ltnp.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return false; // no such process (or no /proc: signalled by the server's own stop)
  }
}

/** Whether the process runs still: a zombie (exited, not yet reaped by its parent) does not. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
