import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mutableClock, today } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { exampleOperations } from '../support/operations.js';
import { TEST_INSTANT } from '../support/test-day.js';
import { resolveVariables, userErrorsIn, valueAt, workflowExamples, type WorkflowStep } from '../support/workflow-examples.js';

/**
 * Runs every workflow example of docs/queries/workflows step by step through
 * the gateway, each step with the token its steps.json names, as docs/workflows.md
 * ("Runnable examples") tells a reader to run them. Each workflow gets its own
 * federation on fresh demo data, its clock on the test day.
 */
const workflows = workflowExamples();

describe('docs/queries/workflows: the documented workflows', () => {
  it('covers every workflow of docs/workflows.md, each linked from it and ending on a checked state', () => {
    const names = workflows.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining([
      'introduction', 'introduction-returned', 'change-notice', 'leaving-residence', 'meeting-attendance', 'comment-request', 'annual-review',
    ]));
    const doc = readFileSync(new URL('../../../docs/workflows.md', import.meta.url), 'utf8');
    for (const name of names) expect([name, doc.includes(`(queries/workflows/${name}/)`)]).toEqual([name, true]);
    for (const workflow of workflows) {
      const last = workflow.steps.at(-1)!;
      expect([workflow.name, Object.keys(last.expect ?? {}).length > 0]).toEqual([workflow.name, true]);
      expect([workflow.name, workflow.steps.some((s) => /^\s*mutation\b/m.test(s.query))]).toEqual([workflow.name, true]);
    }
  });

  it('stays out of exampleOperations(), the read-only top-level examples that example-queries and role-views run', () => {
    const topLevel = exampleOperations();
    const steps = new Set(workflows.flatMap((w) => w.steps.map((s) => s.query)));
    expect(topLevel.length).toBeGreaterThan(0);
    expect(topLevel.filter((o) => steps.has(o.query) || /^\s*mutation\b/m.test(o.query)).map((o) => o.name)).toEqual([]);
  });
});

describe.each(workflows.map((w) => [w.name, w] as const))('docs/queries/workflows/%s', (_name, workflow) => {
  const clock = mutableClock(TEST_INSTANT);
  let federation: TestFederation;
  /** Each step's answer, for the `$from` references of the steps after it. */
  const answers = new Map<string, unknown>();

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it.each(workflow.steps.map((s) => [`${s.step}, as ${s.role}${s.actor ? ` (${s.actor})` : ''}`, s] as const))('%s', async (_title, step: WorkflowStep) => {
    if (step.waitUntil && step.waitUntil > today(clock)) clock.set(`${step.waitUntil}T05:00:00.000Z`); // noon in Hà Nội, as on the test day
    if (step.waitUntil || step.waitForEffects) await federation.settle();
    const headers = await federation.auth.headers(step.role, step.org, {
      ...(step.member ? { member: step.member } : {}),
      ...(step.name ? { name: step.name } : {}),
    });
    const response = await federation.query(step.query, resolveVariables(step.variables, answers), headers);
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeTruthy();
    expect(userErrorsIn(response.data)).toEqual([]);
    answers.set(step.step, { data: response.data });
    for (const [at, expected] of Object.entries(step.expect ?? {})) {
      // `null` in steps.json stands for a value that is null or absent (e.g. no second item in a list).
      expect([at, valueAt({ data: response.data }, at) ?? null]).toEqual([at, expected]);
    }
  });
});
