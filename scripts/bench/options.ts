import { readCommandLine } from '@twoway/platform';

const USAGE = `
Usage: npm run bench -- [options]

Load test over a generated data set: our gateway side by side with Hive Gateway and the
same SQL replayed through pg, and ours alone at one connection (latency); writes docs/generated/benchmarks.md, benchmarks.json and
explain-plans.md.

  --members <n>       members in the generated data set (default 100000); the workloads read its largest
                      province, which holds half of them up to 500,000 (Hà Nội's size: --members 1000000)
  --duration <s>      seconds per run (default 10)
  --connections <n>   concurrent connections (default 10)
  --rounds <n>        runs per gateway and workload (default 2)
  --quick             10000 members, 3 s, one round
  --no-peer           leave out the peer gateway (Hive Gateway)
  --profile <dir>     write CPU profiles of our gateway and the subgraphs there
  --only <regexp>     run only the workloads whose name matches
  --report            render docs/generated/benchmarks.md again from benchmarks.json, and stop
  -h, --help          this text
`;

/** What one `npm run bench` does, from its command line. */
export interface BenchOptions {
  members: number;
  /** Seconds per measured run. */
  duration: number;
  connections: number;
  /** Runs per gateway and workload, in turn (ours first, then the peer first, ...). */
  rounds: number;
  /** Seconds through each gateway of each of the first two read workloads, before any run. */
  warmUpSeconds: number;
  /** Run the peer gateway (Hive Gateway) too. */
  peer: boolean;
  /** Write CPU profiles (node --cpu-prof) of our gateway and the three subgraphs into this directory. */
  profile: string | undefined;
  /** Run only the workloads whose name matches (for profiling one of them). */
  only: RegExp | undefined;
  /** Render the page again from its JSON (after editing docs/benchmarks-analysis.md), and stop. */
  reportOnly: boolean;
}

/** Reads the command line; prints the usage and exits on --help or an unknown option. */
export function readBenchOptions(): BenchOptions {
  const { values } = readCommandLine(USAGE, {
    options: {
      members: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      quick: { type: 'boolean', default: false },
      'no-peer': { type: 'boolean', default: false },
      profile: { type: 'string' },
      only: { type: 'string' },
      report: { type: 'boolean', default: false },
    },
  });
  return {
    members: values.quick ? 10_000 : Number(values.members),
    duration: values.quick ? 3 : Number(values.duration),
    connections: Number(values.connections),
    rounds: values.quick ? 1 : Number(values.rounds),
    warmUpSeconds: values.quick ? 2 : 5,
    peer: !values['no-peer'],
    profile: values.profile,
    only: values.only ? new RegExp(values.only, 'i') : undefined,
    reportOnly: values.report,
  };
}
