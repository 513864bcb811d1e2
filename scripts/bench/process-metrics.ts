import { readdirSync, readFileSync } from 'node:fs';

/** CPU time a process has used so far (user + system), in milliseconds, from /proc (Linux). */
export function cpuMilliseconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, in parentheses): utime is the 14th, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** CPU time each of PostgreSQL's processes on this machine has used so far (every process named `postgres`), by pid. */
export function postgresCpuByProcess(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') byPid.set(Number(entry), cpuMilliseconds(Number(entry)));
    } catch {
      // Ended while we looked.
    }
  }
  return byPid;
}

/**
 * CPU time PostgreSQL has used since `before` (postgresCpuByProcess), in milliseconds: the backends serving the
 * run and the server's own workers, a process started since counted whole. A process that ended since (an idle
 * pooled connection closed, an autovacuum worker done) takes its time with it, so read this while the run's own
 * connections are still open.
 */
export function postgresCpuSince(before: Map<number, number>): number {
  let sum = 0;
  for (const [pid, now] of postgresCpuByProcess()) sum += now - (before.get(pid) ?? 0);
  return sum;
}

/** The most resident memory a process has had (VmHWM), in MiB. */
export function peakMemoryMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}
