import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { ServerUser } from './embedded-postgres-as-root.js';

/*
 * Running PostgreSQL's programs from Node, for the embedded server and for the
 * tests' and scripts' own servers (a streaming replica, the fault suite's).
 */

/** Runs a PostgreSQL program to its end; rejects with the line of its output that says why it failed. */
export function runToEnd(program: string, args: string[], user: ServerUser | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(program, args, user);
    const output = outputOf(child);
    child.once('error', reject);
    child.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(failureLine(output()) || `${path.basename(program)} ended (${signal ?? code})`))));
  });
}

/** Spawns a PostgreSQL program, as the server user when run as root, with messages in English (they are read for readiness). */
export function spawnAs(program: string, args: string[], user: ServerUser | undefined): ChildProcess {
  const env = { ...process.env, LC_MESSAGES: 'C' };
  return spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(user ? { uid: user.uid, gid: user.gid, cwd: '/' } : {}) });
}

/** Reads a child's output as it comes (a server blocks on a full pipe) and keeps its last lines. */
export function outputOf(child: ChildProcess, keep = 16_384): () => string {
  let tail = '';
  const append = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-keep);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => tail;
}

/** The line of a PostgreSQL program's output that says why it failed: the first error, else the last line. */
export function failureLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const first = lines.find((line) => /\b(FATAL|PANIC|ERROR):|\berror:|could not/.test(line)) ?? lines.at(-1) ?? '';
  return first.replace(/^.*?\b(LOG|FATAL|PANIC|ERROR|WARNING):\s+/, '').replace(/\.$/, '');
}

/** A port nothing listens on now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
