import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { exampleOperation } from '../support/operations.js';

/**
 * Entity resolution is batched: a page of N members with fields from all
 * three subgraphs costs the same number of SQL statements for N = 10 and
 * N = 100 (counted by each subgraph's data source).
 */
describe('statements per request do not grow with the page size', () => {
  let federation: TestFederation;
  const operation = exampleOperation('organization-members');

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  async function statementsFor(first: number): Promise<{ statements: number; members: number }> {
    federation.resetStatementCounts();
    const response = await federation.query<{ organization: { registeredMembers: { edges: unknown[] } } }>(operation.query, { ...operation.variables, first });
    expect(response.errors).toBeUndefined();
    return { statements: federation.statementCount(), members: response.data!.organization.registeredMembers.edges.length };
  }

  it('costs the same for 10 and for 100 members', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.members).toBe(10);
    expect(hundred.members).toBe(100);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
  });

  it('a page of members with their invitations (upcomingMeetings) costs the same for 10 and for 100 members', async () => {
    // Every member of the page has an open registration, so each asks for their ward's and cell's coming meetings.
    const query = `query($id: ID!, $first: Int!) { organization(id: $id) { registeredMembers(first: $first, status: ACTIVE) {
      edges { node { member { id upcomingMeetings { id heldOn } } } } } } }`;
    type Page = { organization: { registeredMembers: { edges: unknown[] } } };
    const statementsFor = async (first: number) => {
      federation.resetStatementCounts();
      const response = await federation.query<Page>(query, { id: operation.variables.organizationId, first }, await federation.auth.adminHeaders());
      expect(response.errors).toBeUndefined();
      const edges = response.data!.organization.registeredMembers.edges;
      expect(edges).toHaveLength(first);
      return federation.statementCount();
    };
    expect(await statementsFor(100)).toBe(await statementsFor(10));
  });

  it('answers a member profile from three subgraphs in a small number of statements', async () => {
    const profile = exampleOperation('member-profile');
    federation.resetStatementCounts();
    await federation.query(profile.query, profile.variables);
    const one = federation.statementCount();
    expect(one).toBeGreaterThan(0);
    // Many fields, three subgraphs, yet a small fixed number of statements.
    expect(one).toBeLessThan(30);
  });

  it("answers a dashboard's series in the statements of its year: each subgraph's fetches of one request go as one", async () => {
    const dashboard = exampleOperation('ward-dashboard');
    const withoutSeries = dashboard.query.replace(/statisticsSeries\([^)]*\) \{[^}]*\}/, '').replace(', $from: Date!, $to: Date!', '');
    expect(withoutSeries).not.toContain('statisticsSeries');
    const statementsOf = async (query: string) => {
      federation.resetStatementCounts();
      const { from: _from, to: _to, ...yearOnly } = dashboard.variables as Record<string, unknown>;
      const response = await federation.query<{ statistics: { children: unknown[] } | null }>(query, query.includes('$from') ? dashboard.variables : yearOnly);
      expect(response.errors).toBeUndefined();
      expect(response.data!.statistics!.children.length).toBeGreaterThan(0);
      return federation.statementCount();
    };
    const year = await statementsOf(withoutSeries);
    // Without the merge, the series' entity fetches to the residence and evaluation subgraphs were requests of their
    // own, each with its own statements (the principal's scope, the figures).
    expect(await statementsOf(dashboard.query)).toBe(year);
  });
});
