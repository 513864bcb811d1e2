/**
 * `npm run faults -- [--soak-minutes 10]`: the fault suite, on real processes (docs/reliability.md).
 *
 * Starts its own PostgreSQL (embedded, data in .data/faults-postgres, a free port: the machine's server is never
 * touched), loads a small generated data set, starts the federation supervised on free ports (harness.ts), then
 * runs the scenarios one after the other (scenarios/): a subgraph killed in a burst of writes, one hung, PostgreSQL
 * restarted under load, the queue filled while its target is down, a bounded soak, the consistency audit. Prints
 * the figures, writes them to docs/generated/faults.json and docs/reliability.md (figures.ts), and exits 1 when a
 * requirement failed. Every process it started is stopped however it ends (Ctrl-C included).
 */
import { readCommandLine } from '@twoway/platform';

const USAGE = `
Usage: npm run faults -- [options]

The fault suite on real processes: its own PostgreSQL (.data/faults-postgres, a free port),
a generated data set, the federation supervised on free ports; then a subgraph killed in a
burst of writes, one hung (SIGSTOP), PostgreSQL restarted under load, the queue filled while
its target is down, a bounded soak, and the consistency audit. Writes the figures to
docs/generated/faults.json and docs/reliability.md; exits 1 when a requirement fails.

  --soak-minutes <n>   minutes of the soak (default 10; 0 leaves it out)
  --members <n>        members in the generated data set (default 2000)
  --only <regexp>      run only the scenarios whose name matches (kill-in-burst, hang,
                       postgres-restart, queue-fill, soak, consistency)
  -h, --help           this text
`;

const { values, fail } = readCommandLine(USAGE, {
  options: {
    'soak-minutes': { type: 'string', default: '10' },
    members: { type: 'string', default: '2000' },
    only: { type: 'string' },
  },
});
const soakMinutes = Number(values['soak-minutes']);
const members = Number(values.members);
if (!Number.isFinite(soakMinutes) || soakMinutes < 0 || soakMinutes > 600) fail('--soak-minutes must be a number of minutes from 0 to 600');
if (!Number.isInteger(members) || members < 500 || members > 200_000) fail('--members must be a whole number from 500 to 200000');
let only: RegExp | undefined;
try {
  only = values.only ? new RegExp(values.only) : undefined;
} catch {
  fail('--only must be a regular expression');
}

// Loaded only now: --help needs neither the databases nor the services.
const { runSuite } = await import('./suite.js');
process.exitCode = (await runSuite({ soakMinutes, members, only })) ? 0 : 1;
