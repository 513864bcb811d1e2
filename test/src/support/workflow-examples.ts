import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROLES, type Role } from '@twoway/auth';
import { isIsoDate, isUuid } from '@twoway/platform';
import { QUERIES_DIR } from './operations.js';

/**
 * The runnable workflow examples of docs/workflows.md: one folder per workflow
 * under docs/queries/workflows, each with
 * - `NN-<step>.graphql` and `NN-<step>.variables.json`, one operation per step;
 * - `steps.json`: the steps in order, each with the role and organisation node
 *   (and member, for MEMBER) the token is bound to, what must have happened
 *   before it, and what its answer must show.
 * The format is described in docs/workflows.md ("Runnable examples").
 */
export const WORKFLOWS_DIR = path.join(QUERIES_DIR, 'workflows');

/** One step as `steps.json` lists it. */
export interface WorkflowStepSpec {
  /** `NN-<step>`: the base name of the step's `.graphql` and `.variables.json`. */
  step: string;
  /** Who acts, in words (documentation only). */
  actor?: string;
  role: Role;
  /** The organisation node the token is bound to. */
  org: string;
  /** For MEMBER: the member the token is bound to. */
  member?: string;
  /** The person's name in the token (who signs or certifies). */
  name?: string;
  /** Before this step, the other subgraphs' reactions to the earlier steps must have been delivered (outbox). */
  waitForEffects?: boolean;
  /** Before this step, this day (YYYY-MM-DD, in Vietnam) must have come, and the scheduled jobs have run. */
  waitUntil?: string;
  /** Values the step's answer must show: a path in the answer (`data.…`) → the expected JSON value. */
  expect?: Record<string, unknown>;
}

export interface WorkflowStep extends WorkflowStepSpec {
  query: string;
  variables: Record<string, unknown>;
}

export interface WorkflowExample {
  /** The folder's name, e.g. `introduction`. */
  name: string;
  title: string;
  steps: WorkflowStep[];
}

const STEP_NAME = /^\d{2}-[a-z0-9-]+$/;
const STEP_KEYS = new Set(['step', 'actor', 'role', 'org', 'member', 'name', 'waitForEffects', 'waitUntil', 'expect']);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(WORKFLOWS_DIR, file)}: ${(error as Error).message}`);
  }
}

/** Every workflow example, its steps checked against the files of its folder. */
export function workflowExamples(): WorkflowExample[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((entry) => statSync(path.join(WORKFLOWS_DIR, entry)).isDirectory())
    .sort()
    .map((name) => loadWorkflow(name));
}

function loadWorkflow(name: string): WorkflowExample {
  const dir = path.join(WORKFLOWS_DIR, name);
  const where = `docs/queries/workflows/${name}`;
  const spec = readJson(path.join(dir, 'steps.json')) as { title?: unknown; steps?: unknown };
  if (typeof spec.title !== 'string' || !Array.isArray(spec.steps) || spec.steps.length === 0) {
    throw new Error(`${where}/steps.json: needs a "title" and a non-empty list of "steps"`);
  }
  const steps = (spec.steps as WorkflowStepSpec[]).map((step, i) => {
    const problems: string[] = [];
    const unknown = Object.keys(step).filter((key) => !STEP_KEYS.has(key));
    if (unknown.length > 0) problems.push(`unknown fields ${unknown.join(', ')}`);
    if (typeof step.step !== 'string' || !STEP_NAME.test(step.step)) problems.push('"step" must be NN-<step>');
    if (!ROLES.includes(step.role)) problems.push(`"role" must be one of ${ROLES.join(', ')}`);
    if (typeof step.org !== 'string' || !isUuid(step.org)) problems.push('"org" must be an organisation id');
    if (step.role === 'MEMBER' && (typeof step.member !== 'string' || !isUuid(step.member))) problems.push('"member" is required for MEMBER');
    if (step.waitUntil !== undefined && !isIsoDate(step.waitUntil)) problems.push('"waitUntil" must be a date YYYY-MM-DD');
    if (problems.length > 0) throw new Error(`${where}/steps.json, step ${i + 1}: ${problems.join('; ')}`);
    const file = (ext: string) => path.join(dir, `${step.step}${ext}`);
    if (!existsSync(file('.graphql'))) throw new Error(`${where}/${step.step}.graphql not found`);
    if (!existsSync(file('.variables.json'))) throw new Error(`${where}/${step.step}.variables.json not found`);
    return { ...step, query: readFileSync(file('.graphql'), 'utf8'), variables: readJson(file('.variables.json')) as Record<string, unknown> };
  });
  const listed = steps.map((s) => s.step);
  const inFolder = readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => f.replace(/\.graphql$/, '')).sort();
  if (JSON.stringify([...listed].sort()) !== JSON.stringify(inFolder) || new Set(listed).size !== listed.length) {
    throw new Error(`${where}/steps.json lists ${listed.join(', ')} but the folder holds ${inFolder.join(', ')}`);
  }
  if (JSON.stringify(listed) !== JSON.stringify([...listed].sort())) throw new Error(`${where}/steps.json: steps out of their numbered order`);
  return { name, title: spec.title, steps };
}

/** The value at a path such as `data.member.changes.0.changeNotice.id` (numbers index lists); undefined when absent. */
export function valueAt(value: unknown, dottedPath: string): unknown {
  let current: unknown = value;
  for (const segment of dottedPath.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(segment)] : (current as Record<string, unknown>)[segment];
  }
  return current;
}

const FROM = /^\$from (\d{2}-[a-z0-9-]+) (data(?:\.[A-Za-z0-9_]+)+)$/;

/**
 * The step's variables with every `"$from NN-<step> <path>"` string replaced
 * by the value at that path in the answer of that earlier step (any JSON
 * value: an id, a version number).
 */
export function resolveVariables(variables: Record<string, unknown>, answers: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, resolve(child)]));
    if (typeof value !== 'string' || !value.startsWith('$from')) return value;
    const match = FROM.exec(value);
    if (!match) throw new Error(`"${value}": write "$from NN-<step> data.<path>"`);
    const [, step, at] = match as unknown as [string, string, string];
    if (!answers.has(step)) throw new Error(`"${value}": step ${step} has not run before this one`);
    const found = valueAt(answers.get(step), at);
    if (found === undefined || found === null) throw new Error(`"${value}": nothing at ${at} in the answer of ${step}`);
    return found;
  };
  return resolve(variables) as Record<string, unknown>;
}

/** Every non-empty `userErrors` list in an answer, with where it was. */
export function userErrorsIn(value: unknown, at = 'data'): { at: string; userErrors: unknown[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => userErrorsIn(item, `${at}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'userErrors' && Array.isArray(child)
      ? child.length > 0 ? [{ at: `${at}.${key}`, userErrors: child }] : []
      : userErrorsIn(child, `${at}.${key}`),
  );
}
