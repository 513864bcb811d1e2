/**
 * `npm run -s profile:summary -- <dir or .cpuprofile> [--top 25]`
 *
 * Reads V8 CPU profiles (node --cpu-prof, as `npm run bench -- --profile <dir>`
 * writes them) and prints where the busy time went: self time by package (or
 * by Node's own internals), and the functions with the most self time. Idle
 * and garbage-collection samples are counted apart, so the shares are of the
 * time the process was working.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readCommandLine } from '@twoway/platform';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const USAGE = `
Usage: npm run -s profile:summary -- <directory or .cpuprofile>... [--top 25] [--exclude <regexp>]

Prints where the busy time of V8 CPU profiles went (as \`npm run bench -- --profile <dir>\`
writes them): self time by package, and the functions with the most self and total time.

  --top <n>            rows in each list (default 25)
  --exclude <regexp>   leave out samples with a frame whose function name matches
                       (default: module loading at start-up)
  -h, --help           this text
`;

const { values, positionals, fail } = readCommandLine(USAGE, { allowPositionals: true, options: {
  top: { type: 'string', default: '25' },
  /** Leave out samples with a frame whose function name matches this (module loading at start-up, say). */
  exclude: { type: 'string', default: '^(Module\\._load|loadAndTranslate|compileSourceTextModule|moduleStrategy|link)$' },
} });
if (positionals.length === 0) fail('Give a directory of CPU profiles or a .cpuprofile file');
for (const target of positionals) if (!existsSync(target)) fail(`No such file or directory: ${target}`);
const excluded = new RegExp(values.exclude);
const top = Number(values.top);

function profilesUnder(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(target, f)).sort();
}

/** The package a script belongs to: its node_modules package, `node:` internals, or the project's own workspace folder. */
function packageOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node:internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const match = /\/(gateway|subgraphs\/[^/]+|packages\/[^/]+|scripts)\//.exec(url);
  return match ? `project: ${match[1]}` : url;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)} %`;

for (const file of positionals.flatMap(profilesUnder)) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let idle = 0;
  let program = 0;
  let gc = 0;
  let busy = 0;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const stackOf = (id: number) => {
    const frames: ProfileNode['callFrame'][] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) frames.push(byId.get(at)!.callFrame);
    return frames;
  };
  let left = 0;
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (stackOf(id).some((frame) => excluded.test(frame.functionName))) { left += micros; continue; }
    if (functionName === '(idle)') { idle += micros; continue; }
    if (functionName === '(program)') { program += micros; continue; }
    if (functionName === '(garbage collector)') { gc += micros; continue; }
    busy += micros;
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${pkg.startsWith('project') || pkg.startsWith('node:') ? path.basename(url) : pkg}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    // Total time: every function on the sample's stack, once however often it recurs.
    const seen = new Set<string>();
    for (const frame of stackOf(id)) {
      if (!frame.url) continue;
      seen.add(`${frame.functionName || '(anonymous)'} ${frame.url.includes('/node_modules/') || frame.url.startsWith('node:') ? packageOf(frame.url) : path.basename(frame.url)}:${frame.lineNumber + 1}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
  }
  const total = idle + program + gc + busy + left;
  console.log(`\n${file}\n  ${(total / 1e6).toFixed(1)} s sampled: JavaScript ${percent(busy, total)}, the VM's own work ("(program)") ${percent(program, total)}, garbage collection ${percent(gc, total)}, idle ${percent(idle, total)}; left out (${values.exclude}): ${(left / 1e6).toFixed(1)} s`);
  console.log('  self time by package (share of the JavaScript time):');
  for (const [pkg, micros] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${percent(micros, busy)}  ${pkg}`);
  console.log('  functions with the most self time:');
  for (const [name, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${percent(micros, busy)}  ${name}`);
  console.log('  functions with the most total time (self and callees):');
  for (const [name, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`    ${percent(micros, busy)}  ${name}`);
}
