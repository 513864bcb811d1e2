/**
 * `npm run bench -- [--members 100000] [--duration 10] [--connections 10] [--quick]`
 *
 * A load harness over the generated data: makes sure the databases hold a
 * generated data set of that size (`npm run generate` otherwise), starts the
 * three subgraphs and the gateway as separate processes, and drives each
 * workload with autocannon at fixed concurrency, variables drawn at random per
 * request. Writes requests per second and p50/p99 per workload to
 * docs/benchmarks.md and docs/benchmarks.json, with the EXPLAIN plans of the
 * hot queries in docs/explain-plans.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createTokenSigner, ensureDevelopmentKeys, readJson } from '@twoway/auth';
import { systemClock, today } from '@twoway/platform';
import { DRY_RUN_REQUEST_PREFIX, queryRows, withClient } from '@twoway/persistence';
import { resolveScope } from '@twoway/org-tree';
import type { JWK } from 'jose';
import { federationDatabases, root } from './lib/databases.js';
import { generateData } from './lib/generate-data.js';
import { startFederationProcesses, waitUntilReady } from './lib/processes.js';
import { cpuMilliseconds, peakMemoryMiB } from './lib/process-metrics.js';
import { CAPTURE_DIRECTORY, clearCapture, readCapture, runFloor } from './lib/sql-floor.js';
import { mutationMix, type Drawn as DrawnRequest } from './lib/mutation-mix.js';
import { writeReport, type BenchReport, type BenchRow } from './lib/bench-report.js';
import { readCommandLine } from '@twoway/platform';

const USAGE = `
Usage: npm run bench -- [options]

Load test over a generated data set: our gateway side by side with Hive Gateway and the
same SQL replayed through pg; writes docs/benchmarks.md, docs/benchmarks.json and
docs/explain-plans.md.

  --members <n>       members in the generated data set (default 100000)
  --duration <s>      seconds per run (default 10)
  --connections <n>   concurrent connections (default 10)
  --rounds <n>        runs per gateway and workload (default 2)
  --quick             10000 members, 3 s, one round
  --no-peer           leave out the peer gateway (Hive Gateway)
  --profile <dir>     write CPU profiles of our gateway and the subgraphs there
  --only <regexp>     run only the workloads whose name matches
  --report            render docs/benchmarks.md again from docs/benchmarks.json, and stop
  -h, --help          this text
`;

const { values } = readCommandLine(USAGE, {
  options: {
    members: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    /** Runs per gateway and workload, in turn (ours first, then the peer first, ...). */
    rounds: { type: 'string', default: '2' },
    quick: { type: 'boolean', default: false },
    /** Leave out the peer gateway (Hive Gateway). */
    'no-peer': { type: 'boolean', default: false },
    /** Write CPU profiles (node --cpu-prof) of our gateway and the three subgraphs into this directory. */
    profile: { type: 'string' },
    /** Run only the workloads whose name matches this regular expression (for profiling one of them). */
    only: { type: 'string' },
    /** Render docs/benchmarks.md again from docs/benchmarks.json (after editing docs/benchmarks-analysis.md), and stop. */
    report: { type: 'boolean', default: false },
  },
});
if (values.report) {
  writeReport(JSON.parse(readFileSync(path.join(root, 'docs/benchmarks.json'), 'utf8')) as BenchReport, path.join(root, 'docs'));
  console.log('Wrote docs/benchmarks.md from docs/benchmarks.json');
  process.exit(0);
}
const members = values.quick ? 10_000 : Number(values.members);
const duration = values.quick ? 3 : Number(values.duration);
const connections = Number(values.connections);
const rounds = values.quick ? 1 : Number(values.rounds);
const GATEWAY_PORT = 4100;
/** How many writes the floor replays, each once. */
const WRITES_REPLAYED = 600;
const PEER_PORT = 4200;
// Both gateways on one core, the subgraphs on the other, so the comparison isolates the gateway (PostgreSQL floats).
const pinned = existsSync('/usr/bin/taskset') && os.cpus().length >= 2;
const pin = (core: number) => (pinned ? ['taskset', '-c', String(core)] : []);

const { urls, embedded } = await federationDatabases((message) => console.log(message));
const day = today(systemClock);

let stopFederation: (() => Promise<void>) | undefined;
let peer: ChildProcess | undefined;
try {
  const [{ n }] = (await queryRows<{ n: number }>(urls.WORKPLACE_DATABASE_URL, `SELECT count(*)::int AS n FROM member WHERE dossier_number LIKE 'HS-%' AND EXISTS (SELECT 1 FROM organization_unit WHERE kind = 'DISTRICT')`).catch(() => [{ n: -1 }])) as [{ n: number }];
  const counts = n === members ? undefined : await generateData(urls, members, day);
  if (!counts) console.log(`The databases already hold the generated data set of ${members} members.`);

  const federation = await startFederationProcesses({
    urls,
    gatewayPort: GATEWAY_PORT,
    env: { LOG_LEVEL: 'warn', DEMO_DATA: 'off', SCHEDULE_INTERVAL_MS: '0', NODE_ENV: 'production', SQL_CAPTURE_DIRECTORY: CAPTURE_DIRECTORY },
    wrap: (name) => pin(name === 'gateway' ? 1 : 0),
    nodeOptions: (name) => (values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile, name)}`] : []),
  });
  stopFederation = federation.stop;
  const gateways: { name: string; url: string; pid: number }[] = [
    { name: 'ours (Apollo Gateway)', url: federation.gatewayUrl, pid: federation.processes.find((p) => p.name === 'gateway')!.child.pid! },
  ];
  if (!values['no-peer']) {
    // The peer: Hive Gateway over the same committed supergraph and the same subgraphs, forwarding the same headers.
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('@graphql-hive/gateway/package.json');
    const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['hive-gateway']!;
    const command = [...pin(1), process.execPath, path.join(path.dirname(manifest), bin), 'supergraph', '-c', 'scripts/bench/hive-gateway.config.ts', '-p', String(PEER_PORT), '-h', '127.0.0.1'];
    peer = spawn(command[0]!, command.slice(1), { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitUntilReady('hive-gateway', PEER_PORT, 120_000, '/readiness');
    gateways.push({ name: 'peer (Hive Gateway)', url: `http://127.0.0.1:${PEER_PORT}/graphql`, pid: peer.pid! });
  }

  // What requests draw from at random.
  // Each draw carries its province: the request goes with an oversight token for that province, as a real
  // official's would (a token for another province would be refused or answered with nothing).
  type Drawn = { id: string; province: string };
  const memberIds = await queryRows<Drawn>(urls.WORKPLACE_DATABASE_URL,
    `SELECT m.id, split_part(o.path, '/', 2) AS province FROM member m JOIN organization_unit o ON o.id = m.workplace_cell_id ORDER BY md5(m.id::text) LIMIT 2000`);
  const nodesOf = (kind: string) => queryRows<Drawn>(urls.RESIDENCE_DATABASE_URL, `SELECT id, split_part(path, '/', 2) AS province FROM organization_unit WHERE kind = $1`, [kind]);
  const [wards, districts, provinces] = [await nodesOf('WARD'), await nodesOf('DISTRICT'), await nodesOf('PROVINCE')];
  const nodesAt = { ward: wards, district: districts, province: provinces };
  const { privateKeyFile } = await ensureDevelopmentKeys(path.join(root, '.keys'));
  const signer = await createTokenSigner(await readJson<JWK>(privateKeyFile));
  const tokens = new Map(await Promise.all(provinces.map(async (p) =>
    [p.id, `Bearer ${await signer.sign({ sub: `bench:${p.id}`, role: 'OVERSIGHT', org: p.id, name: 'bench' }, { expiresIn: '2h' })}`] as const)));
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  const year = String(Number(day.slice(0, 4)) - 1);

  // A read workload draws variables and the province whose oversight token it goes with; the write workload draws all.
  const read = (name: string, query: string, draw: () => { variables: Record<string, unknown>; province: string }) => ({
    name, writes: false, draw: (): DrawnRequest => { const { variables, province } = draw(); return { query, variables, authorization: tokens.get(province)! }; },
  });
  const workloads: { name: string; writes: boolean; draw: () => DrawnRequest; observe?: (body: string) => void; refresh?: () => Promise<void> }[] = [
    read('member profile (3 subgraphs)', `query($id: ID!) { member(id: $id) { fullName position workplaceCell { name } latestReview { year rating }
        residenceRegistration { status ward { name } cell { name } } attendance { meetingsExpected attendanceRate }
        residenceComments { year recommendation assessments { level levelLabel } } } }`,
      () => { const m = pick(memberIds); return { variables: { id: m.id }, province: m.province }; }),
    // The same page at 10 and at 100: statements per request must not grow with the page.
    ...[10, 100].map((first) => read(`oversight page: ${first} registered members of a ward, fields from 3 subgraphs`,
      readFileSync(path.join(root, 'docs/queries/organization-members.graphql'), 'utf8'),
      () => { const n = pick(nodesAt.ward); return { variables: { organizationId: n.id, first }, province: n.province }; })),
    ...(['ward', 'district', 'province'] as const).flatMap((level) => [
      read(`oversight lists, ${level} (absent, overdue, lost letters; 50 each)`, `query($id: ID!) { organization(id: $id) {
          absentFromLastTwoSemiAnnualMeetings(first: 50) { totalCount edges { node { id member { fullName } } } }
          overdueCommentRequests(first: 50) { totalCount edges { node { id dueOn member { fullName } } } }
          lostIntroductionLetters(first: 50) { totalCount edges { stage deadline node { id member { fullName } } } } } }`,
        () => { const n = pick(nodesAt[level]); return { variables: { id: n.id }, province: n.province }; }),
      read(`analytics, ${level} (year, with children)`, `query($id: ID!, $period: String!) { statistics(organizationId: $id, period: $period) {
          members shareRegisteredAtResidence registeredMembers semiAnnualAttendanceRate commentsReturnedOnTimeRate
          recommendations { commend none considerAction } ratings { excellent good completed notCompleted }
          children { organization { name } members registeredMembers semiAnnualAttendanceRate commentsReturnedOnTimeRate } } }`,
        () => { const n = pick(nodesAt[level]); return { variables: { id: n.id, period: year }, province: n.province }; }),
    ]),
    { name: 'mutation mix (letters issued, attendance recorded, comments drafted, in turn)', writes: true, ...(await mutationMix(urls, signer, 3_000)) },
  ];

  if (values.only) {
    const wanted = new RegExp(values.only, 'i');
    workloads.splice(0, workloads.length, ...workloads.filter((w) => wanted.test(w.name)));
  }
  const headers = { 'content-type': 'application/json' };
  const request = (workload: (typeof workloads)[number]) => {
    const { query, variables, authorization } = workload.draw();
    return { headers: { ...headers, authorization }, body: JSON.stringify({ query, variables }) };
  };
  /** An answer carrying errors, or for a write a user error (CONFLICT, say): the request did not do its work. */
  const refusedAnswer = (workload: (typeof workloads)[number], body: string) =>
    body.includes('"errors":[') || (workload.writes && body.includes('"userErrors":[{'));
  /** autocannon through one gateway for `seconds`, each request drawn afresh from the workload. */
  const load = (gateway: { url: string }, workload: (typeof workloads)[number], seconds: number, onResponse?: (status: number, body: string) => void) =>
    autocannon({
      url: gateway.url,
      method: 'POST',
      connections,
      duration: seconds,
      headers,
      requests: [{ setupRequest: (base) => { const drawn = request(workload); return { ...base, headers: { ...base.headers, ...drawn.headers }, body: drawn.body }; }, ...(onResponse ? { onResponse } : {}) }],
    });
  // SQL statements, from PostgreSQL's own statistics: every read runs outside an explicit transaction, so each
  // statement commits one transaction in the three databases. Backends report at most once a second: wait that out.
  const databaseNames = Object.values(urls).map((url) => new URL(url).pathname.slice(1));
  const statementsSoFar = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const [row] = await queryRows<{ n: string }>(urls.WORKPLACE_DATABASE_URL, 'SELECT sum(xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = ANY($1)', [databaseNames]);
    return Number(row!.n);
  };
  const results: BenchRow[] = [];
  // The SQL floor replays, per database, exactly the statements the subgraphs ran for a sample of requests.
  clearCapture();
  const subgraphDatabase: Record<string, string> = { 'workplace-committee': urls.WORKPLACE_DATABASE_URL, 'residence-committee': urls.RESIDENCE_DATABASE_URL, evaluation: urls.EVALUATION_DATABASE_URL };
  const databaseOfPid = new Map(federation.processes.filter((p) => subgraphDatabase[p.name]).map((p) => [p.child.pid!, p.name]));
  const databaseUrls = new Map(Object.entries(subgraphDatabase));
  // The three subgraphs' CPU together: their core is the one that saturates first.
  const subgraphPids = [...databaseOfPid.keys()];
  const subgraphCpu = () => subgraphPids.reduce((sum, pid) => sum + cpuMilliseconds(pid), 0);
  // The subgraphs and both gateways warmed up first (V8's compiler, pools, caches), on the first two read
  // workloads: otherwise the first workload's first run, ours, meets a federation that has just started.
  for (const workload of workloads.filter((w) => !w.writes).slice(0, 2)) {
    for (const gateway of gateways) await load(gateway, workload, values.quick ? 2 : 5);
  }
  for (const [index, workload] of workloads.entries()) {
    // A correct answer first, the same from every gateway: a benchmark of errors measures nothing.
    const answers: string[] = [];
    const sample = request(workload);
    for (const gateway of gateways) {
      // A write is drawn afresh for each gateway (a record is written once); its payload must carry no user error.
      const probeBody = await (await fetch(gateway.url, { method: 'POST', ...(workload.writes ? request(workload) : sample) })).text();
      workload.observe?.(probeBody);
      if (refusedAnswer(workload, probeBody)) throw new Error(`${workload.name} (${gateway.name}): ${probeBody}`);
      const probe = JSON.parse(probeBody) as { data?: Record<string, unknown> };
      if (!probe.data || Object.values(probe.data).some((v) => v === null)) throw new Error(`${workload.name} (${gateway.name}): answered nothing`);
      answers.push(JSON.stringify(probe.data));
    }
    if (!workload.writes && new Set(answers).size > 1) throw new Error(`${workload.name}: the gateways answered differently`);
    // Each gateway runs `rounds` times, the order turned round every round (ours first, then the peer first),
    // so that neither always meets the database as the other left it; the figures are over all its rounds.
    const measured = new Map(gateways.map((g) => [g.name, { requests: 0, seconds: 0, cpu: 0, subgraphCpu: 0, statements: 0, errors: 0, p50: [] as number[], p99: [] as number[] }]));
    for (let round = 0; round < rounds; round += 1) {
      for (const gateway of round % 2 === 0 ? gateways : [...gateways].reverse()) {
        // An answer that carries errors (or, for a write, a user error such as CONFLICT) counts as an error too.
        let refused = 0;
        const onResponse = (status: number, body: string) => {
          if (status === 200) workload.observe?.(body);
          if (status === 200 && refusedAnswer(workload, body) && (refused += 1) <= 3) {
            console.warn(`${workload.name} (${gateway.name}): an answer with errors: ${body.slice(0, 400)}`);
          }
        };
        const run = (seconds: number) => load(gateway, workload, seconds, onResponse);
        await workload.refresh?.();
        await run(Math.min(2, duration));
        refused = 0;
        await workload.refresh?.();
        const [cpuBefore, subgraphCpuBefore, statementsBefore] = [cpuMilliseconds(gateway.pid), subgraphCpu(), await statementsSoFar()];
        const result = await run(duration);
        const sums = measured.get(gateway.name)!;
        sums.cpu += cpuMilliseconds(gateway.pid) - cpuBefore;
        sums.subgraphCpu += subgraphCpu() - subgraphCpuBefore;
        sums.statements += (await statementsSoFar()) - statementsBefore;
        sums.requests += result.requests.total;
        sums.seconds += result.duration;
        sums.errors += result.errors + result.non2xx + result.timeouts + refused;
        sums.p50.push(result.latency.p50);
        sums.p99.push(result.latency.p99);
      }
    }
    const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    for (const gateway of gateways) {
      const sums = measured.get(gateway.name)!;
      const row: BenchRow = {
        workload: workload.name,
        gateway: gateway.name,
        requestsPerSecond: Math.round((sums.requests / sums.seconds) * 10) / 10,
        p50Ms: mean(sums.p50),
        p99Ms: mean(sums.p99),
        gatewayCpuMsPerRequest: sums.requests ? Math.round((sums.cpu / sums.requests) * 100) / 100 : null,
        gatewayPeakMiB: peakMemoryMiB(gateway.pid),
        subgraphCpuMsPerRequest: sums.requests ? Math.round((sums.subgraphCpu / sums.requests) * 100) / 100 : null,
        subgraphPeakMiB: subgraphPids.map(peakMemoryMiB),
        sqlStatementsPerRequest: sums.requests ? Math.round((sums.statements / sums.requests) * 10) / 10 : null,
        requests: sums.requests,
        errors: sums.errors,
      };
      console.log(row);
      results.push(row);
    }
    // The floor: a sample of this workload's requests through our gateway, their statements captured, then
    // replayed. Reads: 30 requests, replayed for the run's duration. Writes: dry runs (rolled back once
    // recorded), each replayed once, committed, against rows not yet written.
    const sampleSize = workload.writes ? WRITES_REPLAYED : 30;
    const capturePrefix = workload.writes ? `${DRY_RUN_REQUEST_PREFIX}${index}:` : `capture:${index}:`;
    await workload.refresh?.();
    // A captured write that was refused (a user error) rolled back for that reason, not as a dry run: not replayed.
    const refusedCaptures = new Set<string>();
    for (let i = 0; i < sampleSize; i += 1) {
      const drawn = request(workload);
      const answer = await (await fetch(federation.gatewayUrl, { method: 'POST', headers: { ...drawn.headers, 'x-request-id': `${capturePrefix}${i}` }, body: drawn.body })).text();
      if (workload.writes && refusedAnswer(workload, answer)) refusedCaptures.add(`${capturePrefix}${i}`);
    }
    if (refusedCaptures.size > 0) console.warn(`${workload.name}: ${refusedCaptures.size} captured writes were refused and are not replayed`);
    const captured = readCapture(capturePrefix, databaseOfPid, refusedCaptures);
    if (captured.length > 0) {
      const floor = await runFloor(captured, databaseUrls, connections, duration, { once: workload.writes });
      const row: BenchRow = {
        workload: workload.name, gateway: 'floor (the same SQL through pg, one process)',
        requestsPerSecond: floor.requestsPerSecond, p50Ms: floor.p50Ms, p99Ms: floor.p99Ms, gatewayCpuMsPerRequest: floor.cpuMsPerRequest,
        gatewayPeakMiB: floor.peakMiB, subgraphCpuMsPerRequest: null, subgraphPeakMiB: null, sqlStatementsPerRequest: floor.statementsPerRequest, requests: floor.requests, errors: floor.errors,
      };
      console.log(row);
      results.push(row);
    }
  }

  // EXPLAIN plans of the hot queries, on a ward.
  const ward = wards[0]!.id;
  const [wardPath] = (await queryRows<{ path: string }>(urls.RESIDENCE_DATABASE_URL, 'SELECT path FROM organization_unit WHERE id = $1', [ward])).map((r) => r.path);
  // The node ids the services bind for this ward, resolved as they resolve them.
  const wardScope = await withClient(urls.RESIDENCE_DATABASE_URL, (client) =>
    resolveScope({ query: async (text, values) => (await client.query(text, values)).rows }, wardPath!));
  const { absentFromLastTwoMeetingsQuery } = await import('../subgraphs/residence-committee/src/repositories/oversight.repository.js');
  const { overdueRequestsQuery } = await import('../subgraphs/evaluation/src/repositories/oversight.repository.js');
  const { lostLettersQuery } = await import('../subgraphs/workplace-committee/src/repositories/oversight.repository.js');
  const plans: [string, string, { sql: string; parameters: unknown[] }][] = [
    ['residence-committee: absent from the last two semi-annual meetings (ward)', urls.RESIDENCE_DATABASE_URL, absentFromLastTwoMeetingsQuery(wardScope, day)],
    ['evaluation: overdue comment requests (ward)', urls.EVALUATION_DATABASE_URL, overdueRequestsQuery(wardScope, day, 'EITHER')],
    ['workplace-committee: lost introduction letters (ward)', urls.WORKPLACE_DATABASE_URL, lostLettersQuery(wardScope, day, 30, null)],
  ];
  let explain = `# EXPLAIN plans of the hot queries\n\nRecorded by \`npm run bench\` on ${day} with ${members} generated members, for one ward (${ward}).\n`;
  for (const [title, url, list] of plans) {
    const plan = await queryRows<{ 'QUERY PLAN': string }>(url, `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT q.* FROM (${list.sql}) q ORDER BY q.sort_key, q.id LIMIT 51`, list.parameters);
    explain += `\n## ${title}\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`;
  }
  // The dashboard's statement, for a district and its children, in each subgraph: bound as the loader binds it.
  const { STATISTICS_FIGURES_SQL, statisticsFiguresParameters } = await import('@twoway/subgraph-runtime');
  const { parsePeriod } = await import('@twoway/platform');
  const district = districts[0]!.id;
  for (const [name, url] of [['workplace-committee', urls.WORKPLACE_DATABASE_URL], ['residence-committee', urls.RESIDENCE_DATABASE_URL], ['evaluation', urls.EVALUATION_DATABASE_URL]] as const) {
    const plan = await withClient(url, async (client) => {
      const runner = { query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows };
      const nodes = (await client.query<{ path: string }>('SELECT path FROM organization_unit WHERE id = $1 OR parent_id = $1 ORDER BY parent_id NULLS FIRST, id', [district])).rows;
      const scopes = await Promise.all(nodes.map((n) => resolveScope(runner, n.path)));
      const parameters = statisticsFiguresParameters(nodes.map(() => parsePeriod(year)), scopes);
      return (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${STATISTICS_FIGURES_SQL}`, parameters)).rows;
    });
    explain += `\n## ${name}: dashboard figures (district ${district} and its children, ${year})\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n').replace(/\{[0-9a-f,-]{200,}\}/g, '{…}')}\n\`\`\`\n`;
  }
  writeFileSync(path.join(root, 'docs/explain-plans.md'), explain);

  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, os: `${os.type()} ${os.release()}` };
  const report: BenchReport = { date: new Date().toISOString(), machine, members, dataset: counts ?? 'already loaded', connections, durationSeconds: duration, rounds, pinned, writesReplayed: WRITES_REPLAYED, results };
  writeReport(report, path.join(root, 'docs'));
  console.log('Wrote docs/benchmarks.md, docs/benchmarks.json and docs/explain-plans.md');
} finally {
  peer?.kill('SIGTERM');
  await stopFederation?.();
  await embedded?.stop();
}
