import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LARGE_SCOPE, resolveScopes, type Scope } from '@twoway/org-tree';
import { queryRows, withClient, type ListQuery } from '@twoway/persistence';
import * as workplaceLists from '../../../subgraphs/workplace-committee/src/repositories/oversight.repository.js';
import * as residenceLists from '../../../subgraphs/residence-committee/src/repositories/oversight.repository.js';
import * as evaluationLists from '../../../subgraphs/evaluation/src/repositories/oversight.repository.js';
import { changeNoticesQuery } from '../../../subgraphs/workplace-committee/src/repositories/change-notice.repository.js';
import { memberSearchQuery, workplaceMembersQuery } from '../../../subgraphs/workplace-committee/src/repositories/member.repository.js';
import { meetingsQuery } from '../../../subgraphs/residence-committee/src/repositories/meeting.repository.js';
import { registrationsInScopeQuery } from '../../../subgraphs/residence-committee/src/repositories/residence-registration.repository.js';
import { createTestDatabases, dropTestDatabases, type SubgraphKey, type TestDatabases } from '../support/databases.js';
import { TEST_DAY } from '../support/test-day.js';

/**
 * A province's scope holds thousands of nodes: a request holds only its path,
 * and the lists cover its subtree in SQL (inScope: a semi-join on the subtree
 * read from the path index), where a ward's dozen nodes are bound as ids
 * (`= ANY`). The demo tree is small, so every list scoped this way is run here
 * for every node of the demo tree with a subtree (provinces, districts ended in
 * 2025 with successors elsewhere, wards, agencies) twice: with its ids as the
 * services resolve them, and by its path as a large scope. Both must answer
 * the same rows.
 */
const year = Number(TEST_DAY.slice(0, 4));
const LISTS: Record<SubgraphKey, ((scope: Scope) => ListQuery)[]> = {
  workplaceCommittee: [
    (scope) => workplaceLists.lostLettersQuery(scope, TEST_DAY, 30, null),
    (scope) => workplaceLists.workplaceDisagreementsQuery(scope, null),
    (scope) => workplaceLists.workplaceDisagreementsQuery(scope, 'SHARED_CITIZEN_ID'),
    (scope) => workplaceLists.membersNotIntroducedQuery(scope, TEST_DAY, 30),
    (scope) => workplaceLists.membersInTransitQuery(scope, TEST_DAY, false),
    (scope) => workplaceLists.unansweredLeavingNoticesQuery(scope, TEST_DAY, 30),
    (scope) => workplaceMembersQuery(scope),
    (scope) => memberSearchQuery(scope, 'nguyen', 'NAME'),
    (scope) => changeNoticesQuery(scope, null),
  ],
  residenceCommittee: [
    (scope) => residenceLists.absentFromLastTwoMeetingsQuery(scope, TEST_DAY),
    (scope) => residenceLists.residenceDisagreementsQuery(scope, null),
    (scope) => residenceLists.cellsWithoutSemiAnnualMeetingQuery(scope, TEST_DAY, 6),
    (scope) => registrationsInScopeQuery(scope, null),
    (scope) => meetingsQuery(scope, '2000-01-01', '2100-01-01'),
  ],
  evaluation: [
    (scope) => evaluationLists.overdueRequestsQuery(scope, TEST_DAY, 'EITHER'),
    (scope) => evaluationLists.overdueRequestsQuery(scope, TEST_DAY, 'RESIDENCE'),
    (scope) => evaluationLists.recommendedForActionQuery(scope, null, 'EITHER'),
    (scope) => evaluationLists.recommendedForActionQuery(scope, year - 1, 'RESIDENCE'),
    (scope) => evaluationLists.reviewsAgainstResidenceCommentQuery(scope, year - 1, null, 'WORKPLACE'),
    (scope) => evaluationLists.reviewsAgainstResidenceCommentQuery(scope, year - 1, 'CONTRADICTS', 'EITHER'),
  ],
};

describe('oversight lists over a large scope', () => {
  let databases: TestDatabases;
  beforeAll(async () => {
    databases = await createTestDatabases();
  });
  afterAll(async () => {
    if (databases) await dropTestDatabases(databases);
  });

  it.each(Object.keys(LISTS) as SubgraphKey[])('%s: answer the same rows whether the scope is bound as ids or covered from its path', async (key) => {
    const url = databases[key];
    const nodes = await queryRows<{ path: string }>(url,
      `SELECT o.path FROM organization_unit o WHERE EXISTS (SELECT 1 FROM organization_unit c WHERE c.parent_id = o.id) ORDER BY o.path`);
    let rows = 0;
    await withClient(url, async (client) => {
      const runner = { query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows };
      const scopes = await resolveScopes(runner, nodes.map((node) => node.path));
      for (const scope of scopes) {
        // The demo tree's subtrees are all small: each is resolved to its ids.
        expect(scope.ids).not.toBeNull();
        for (const [index, list] of LISTS[key].entries()) {
          const read = async (asked: Scope) => {
            const query = list(asked);
            return ((await client.query(`SELECT q.* FROM (${query.sql}) q ORDER BY q.sort_key, q.id`, query.parameters)).rows as unknown[]).map((row) => JSON.stringify(row));
          };
          const byIds = await read(scope);
          expect({ list: index, path: scope.path, rows: await read({ ...scope, ids: null }) }).toEqual({ list: index, path: scope.path, rows: byIds });
          rows += byIds.length;
        }
      }
    });
    // The comparison means something only if the lists hold rows.
    expect(rows).toBeGreaterThan(3);
  });

  it('a subtree of more than LARGE_SCOPE nodes is held by its path, its ancestors too; a smaller one by its ids', async () => {
    await withClient(databases.residenceCommittee, async (client) => {
      const runner = { query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows };
      const [ward, other] = (await client.query<{ id: string; path: string; depth: number; parent: string }>(
        `SELECT w.id, w.path, w.depth, p.path AS parent FROM organization_unit w JOIN organization_unit p ON p.id = w.parent_id
         WHERE w.kind = 'WARD' AND w.valid_to IS NULL ORDER BY w.path LIMIT 2`)).rows;
      await client.query('BEGIN');
      try {
        // Cells enough to make the ward large: one more than LARGE_SCOPE, counting the ward and the cells it has.
        await client.query(
          `INSERT INTO organization_unit (id, parent_id, kind, name, path, depth, valid_from, owner, version)
           SELECT c.id, $1, 'RESIDENTIAL_CELL', 'Chi bộ thử ' || c.n, $2 || c.id || '/', $3::int + 1, '2020-01-01', 'residence-committee', 1
           FROM (SELECT n, gen_random_uuid() AS id FROM generate_series(1, $4::int) n) c`,
          [ward!.id, ward!.path, ward!.depth, LARGE_SCOPE + 1]);
        const [large, parent, small] = await resolveScopes(runner, [ward!.path, ward!.parent, other!.path]);
        expect(large).toEqual({ path: ward!.path, ids: null, outside: false });
        expect(parent).toEqual({ path: ward!.parent, ids: null, outside: false });
        expect(small!.ids).toContain(other!.id);
        expect(small!.ids!.length).toBeLessThanOrEqual(LARGE_SCOPE);
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });
});
