/**
 * The suite's figures: printed, written whole to docs/generated/faults.json, and as a table into
 * docs/reliability.md between its generated markers (the rest of that page is written by hand).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../lib/databases.js';
import type { ScenarioResult } from './scenarios/scenario.js';

export const JSON_FILE = path.join(root, 'docs/generated/faults.json');
export const PAGE = path.join(root, 'docs/reliability.md');
const BEGIN = '<!-- faults:begin (written by npm run faults; do not edit) -->';
const END = '<!-- faults:end -->';

export interface SuiteRun {
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  members: number;
  soakMinutes: number;
  subgraphTimeoutMs: number;
  scheduleIntervalMs: number;
  durationSeconds: number;
  passed: boolean;
  scenarios: ScenarioResult[];
}

export const machine = () => ({ cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version });

/** A scenario passed when it ran to its end and met every requirement. */
export const passed = (scenario: ScenarioResult) => !scenario.error && scenario.requirements.every((r) => r.met);

/** One line per requirement, as printed at the end of a run. */
export function summary(run: SuiteRun): string {
  const lines = run.scenarios.flatMap((s) => [
    `${passed(s) ? 'PASS' : 'FAIL'}  ${s.name}: ${s.title}`,
    ...(s.error ? [`        could not finish: ${s.error}`] : []),
    ...s.requirements.map((r) => `  ${r.met ? 'ok  ' : 'FAIL'}  ${r.what}: ${r.detail}`),
  ]);
  return [...lines, '', run.passed ? 'Every requirement met.' : 'Some requirements failed (see above).'].join('\n');
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(' → ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`).join('; ') || '–';
  }
  return String(value).replaceAll('|', '\\|');
};

/** The figures the issue asks for, one line each, from the scenarios that ran. */
function headline(run: SuiteRun): string[] {
  const of = (name: string) => run.scenarios.find((s) => s.name === name)?.figures as Record<string, never> | undefined;
  const sum = (figure: string) => run.scenarios.reduce((total, s) => total + (typeof s.figures[figure] === 'number' ? (s.figures[figure] as number) : 0), 0);
  const rows: [string, string][] = [['writes acknowledged / lost / doubled (every scenario)', `${sum('acknowledged')} / ${sum('lost')} / ${sum('doubled')}`]];
  const hang = of('hang');
  if (hang) rows.push([`longest answer while a subgraph hangs (timeout ${run.subgraphTimeoutMs / 1000} s)`, `${hang.longestAnswerSeconds} s (p50 ${hang.p50Seconds} s)`]);
  const restart = of('postgres-restart');
  if (restart) {
    rows.push(['errors while PostgreSQL restarts', cell(restart.codes)]);
    rows.push(['recovery after PostgreSQL is back (read / write)', `${restart.recoverySecondsRead} s / ${restart.recoverySecondsWrite} s`]);
  }
  const queue = of('queue-fill');
  if (queue) rows.push(['queue drain time', `${queue.drainSeconds ?? 'not drained'} s for ${queue.messagesWaitingForTarget} messages after ${queue.downSeconds} s down`]);
  const soak = of('soak');
  if (soak) {
    const yesNo = (levelsOff: unknown) => (levelsOff === null || levelsOff === undefined ? '–' : levelsOff ? 'yes' : 'no');
    rows.push([`gateway resident memory over the ${soak.minutes}-minute soak`, `${soak.gatewayStartMiB} → ${soak.gatewayEndMiB} MiB (max ${soak.gatewayMaxMiB}); levels off: ${yesNo(soak.gatewayLevelsOff)}`]);
    const live = Array.isArray(soak.gatewayLiveHeapAfterFullGcMiB) ? (soak.gatewayLiveHeapAfterFullGcMiB as (number | null)[]).filter((v): v is number => v !== null) : [];
    if (live.length > 0) {
      rows.push(['gateway live heap (in use after a full GC) over the soak', `${live[0]} → ${live.at(-1)} MiB (max ${Math.max(...live)}); levels off: ${yesNo(soak.gatewayLiveHeapLevelsOff)}`]);
    }
  }
  const audit = run.scenarios.find((s) => s.name === 'consistency');
  if (audit) rows.push(['consistency audit after the faults', audit.requirements.at(-1)?.detail ?? cell(audit.figures.audit)]);
  return ['| figure | value |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value.replaceAll('|', '\\|')} |`)];
}

/** The markdown put between the page's markers. */
export function markdown(run: SuiteRun): string {
  const head = [
    `Run of ${run.date.slice(0, 16).replace('T', ' ')} UTC on ${run.machine.cpus} CPUs, ${run.machine.memoryGiB} GiB, Node ${run.machine.node}: ${run.members} generated members, ` +
      `subgraph timeout ${run.subgraphTimeoutMs} ms, dispatcher every ${run.scheduleIntervalMs} ms, soak ${run.soakMinutes} min; ${Math.round(run.durationSeconds / 60)} min in all. ` +
      `**${run.passed ? 'Every requirement met.' : 'Some requirements failed.'}**`,
    '',
    ...headline(run),
    '',
    '| scenario | requirement | met | figure |',
    '|---|---|---|---|',
    ...run.scenarios.flatMap((s) => [
      ...(s.error ? [`| ${s.name} | runs to its end | **no** | ${cell(s.error)} |`] : []),
      ...s.requirements.map((r) => `| ${s.name} | ${cell(r.what)} | ${r.met ? 'yes' : '**no**'} | ${cell(r.detail)} |`),
    ]),
    '',
    '<details><summary>Every figure (also in docs/generated/faults.json)</summary>',
    '',
    '| scenario | figure | value |',
    '|---|---|---|',
    ...run.scenarios.flatMap((s) => Object.entries(s.figures).map(([name, value]) => `| ${s.name} | ${name} | ${cell(value)} |`)),
    '',
    '</details>',
  ];
  return head.join('\n');
}

export function writeFigures(run: SuiteRun): void {
  mkdirSync(path.dirname(JSON_FILE), { recursive: true });
  writeFileSync(JSON_FILE, `${JSON.stringify(run, null, 2)}\n`);
  if (!existsSync(PAGE)) return;
  const page = readFileSync(PAGE, 'utf8');
  const begin = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (begin < 0 || end < begin) {
    console.error(`${path.relative(root, PAGE)} has no generated markers: only ${path.relative(root, JSON_FILE)} written.`);
    return;
  }
  writeFileSync(PAGE, `${page.slice(0, begin + BEGIN.length)}\n${markdown(run)}\n${page.slice(end)}`);
}
