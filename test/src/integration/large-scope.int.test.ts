import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LARGE_SCOPE, resolveScope } from '@twoway/org-tree';
import { queryRows, withClient, type ListQuery } from '@twoway/persistence';
import * as workplaceLists from '../../../subgraphs/workplace-committee/src/repositories/oversight.repository.js';
import * as residenceLists from '../../../subgraphs/residence-committee/src/repositories/oversight.repository.js';
import * as evaluationLists from '../../../subgraphs/evaluation/src/repositories/oversight.repository.js';
import { createTestDatabases, dropTestDatabases, type SubgraphKey, type TestDatabases } from '../support/databases.js';
import { TEST_DAY } from '../support/test-day.js';

/**
 * A province's scope holds thousands of nodes, and the oversight lists match
 * it as a set (inScope: a semi-join on the unnested ids) rather than as a
 * constant list (`= ANY`), which a ward's dozen nodes keep. The demo tree is
 * small, so each list is run here for every province of the demo data twice:
 * with its scope as the services resolve it, and with that scope padded past
 * LARGE_SCOPE with ids of no node. Both must answer the same rows.
 */
const year = Number(TEST_DAY.slice(0, 4));
const LISTS: Record<SubgraphKey, ((scope: string[]) => ListQuery)[]> = {
  workplaceCommittee: [
    (scope) => workplaceLists.lostLettersQuery(scope, TEST_DAY, 30, null),
    (scope) => workplaceLists.openToTwoWardsQuery(scope),
    (scope) => workplaceLists.sharedCitizenIdQuery(scope),
    (scope) => workplaceLists.workplaceDisagreementsQuery(scope, null),
    (scope) => workplaceLists.membersNotIntroducedQuery(scope, TEST_DAY, 30),
    (scope) => workplaceLists.membersInTransitQuery(scope, TEST_DAY, false),
    (scope) => workplaceLists.unansweredLeavingNoticesQuery(scope, TEST_DAY, 30),
  ],
  residenceCommittee: [
    (scope) => residenceLists.absentFromLastTwoMeetingsQuery(scope, TEST_DAY),
    (scope) => residenceLists.residenceDisagreementsQuery(scope, null),
    (scope) => residenceLists.cellsWithoutSemiAnnualMeetingQuery(scope, TEST_DAY, 6),
  ],
  evaluation: [
    (scope) => evaluationLists.overdueRequestsQuery(scope, TEST_DAY, 'EITHER'),
    (scope) => evaluationLists.overdueRequestsQuery(scope, TEST_DAY, 'RESIDENCE'),
    (scope) => evaluationLists.recommendedForActionQuery(scope, null, 'EITHER'),
    (scope) => evaluationLists.reviewsAgainstResidenceCommentQuery(scope, year - 1, null, 'WORKPLACE'),
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

  it.each(Object.keys(LISTS) as SubgraphKey[])('%s: answer the same rows whether the scope is matched as a list or as a set', async (key) => {
    const url = databases[key];
    const provinces = await queryRows<{ path: string }>(url, `SELECT path FROM organization_unit WHERE kind = 'PROVINCE' ORDER BY path`);
    const padding = Array.from({ length: LARGE_SCOPE + 1 }, () => randomUUID());
    let rows = 0;
    await withClient(url, async (client) => {
      const runner = { query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows };
      for (const { path } of provinces) {
        const scope = await resolveScope(runner, path);
        expect(scope.length).toBeLessThanOrEqual(LARGE_SCOPE);
        for (const [index, list] of LISTS[key].entries()) {
          const read = async (ids: string[]) => {
            const query = list(ids);
            return ((await client.query(`SELECT q.* FROM (${query.sql}) q ORDER BY q.sort_key, q.id`, query.parameters)).rows as unknown[]).map((row) => JSON.stringify(row));
          };
          const asList = await read(scope);
          expect({ list: index, rows: await read([...scope, ...padding]) }).toEqual({ list: index, rows: asList });
          rows += asList.length;
        }
      }
    });
    // The comparison means something only if the lists hold rows.
    expect(rows).toBeGreaterThan(3);
  });
});
