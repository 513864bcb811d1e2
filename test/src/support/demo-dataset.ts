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

type TreeNode = { id: string; path: string; successorId?: string | null };

/**
 * The nodes a subtree query at `node` covers (Scope in @twoway/org-tree), worked out here from the tree's rows:
 * its subtree, and the subtree of each successor outside it of a node in it, less the parts of that subtree that
 * took over from a node outside both (they belong to that node's past).
 */
export function nodesCovered(organizations: readonly TreeNode[], node: TreeNode): Set<string> {
  const under = (n: TreeNode, top: TreeNode) => n.path.startsWith(top.path);
  const byId = new Map(organizations.map((n) => [n.id, n]));
  const covered = new Set(organizations.filter((n) => under(n, node)).map((n) => n.id));
  const handed = new Set(organizations.filter((n) => under(n, node) && n.successorId).map((n) => byId.get(n.successorId!)!).filter((s) => !under(s, node)));
  for (const successor of handed) {
    const takenOver = organizations.filter((m) => m.id !== successor.id && under(m, successor)
      && organizations.some((x) => x.successorId === m.id && !under(x, node) && !under(x, successor)));
    for (const n of organizations) if (under(n, successor) && !takenOver.some((m) => under(n, m))) covered.add(n.id);
  }
  return covered;
}
