import { buildDemoScenario } from '@twoway/demo-data';
import { workplaceDemoRows } from '@twoway/workplace-committee';
import { residenceDemoRows } from '@twoway/residence-committee';
import { evaluationDemoRows } from '@twoway/evaluation';

/**
 * The demo data as the three subgraphs load it for a day: the shared story
 * (its organisation tree) and each subgraph's rows, built by the subgraph
 * itself (`subgraphs/<name>/src/demo/`). Tests read expected values from it.
 */
export function buildDemoDataset(today: string) {
  const scenario = buildDemoScenario(today);
  return {
    today,
    organizations: scenario.organizations,
    workplace: workplaceDemoRows(scenario),
    residence: residenceDemoRows(scenario),
    evaluation: evaluationDemoRows(scenario),
  };
}

export type DemoDataset = ReturnType<typeof buildDemoDataset>;

/**
 * Members the residence never expects at meetings (their duty is EXEMPT or
 * NOT_INTRODUCED, Hướng dẫn 33): never counted absent, counted only when they came.
 */
export function membersNeverExpectedAtMeetings(dataset: DemoDataset): Set<string> {
  return new Set(dataset.residence.memberStandings.filter((s) => s.residenceDuty === 'EXEMPT' || s.residenceDuty === 'NOT_INTRODUCED').map((s) => s.memberId));
}
