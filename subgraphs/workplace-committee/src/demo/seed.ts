import type { EntityManager } from 'typeorm';
import { buildDemoScenario, organizationUnitRows } from '@twoway/demo-data';
import { OrganizationUnit } from '@twoway/org-tree';
import { insertInChunks } from '@twoway/subgraph-runtime';
import { TREE_KEEPERS } from '../../../../topology.js';
import { Member, nameKeys } from '../entities/member.entity.js';
import { IntroductionLetter } from '../entities/introduction-letter.entity.js';
import { workplaceDemoRows } from './demo-rows.js';

/** The workplace committee's demo data for the day: the tree, members and their introduction letters. */
export async function seedDemoData(manager: EntityManager, today: string): Promise<void> {
  const scenario = buildDemoScenario(today);
  const { members, introductionLetters } = workplaceDemoRows(scenario);
  await insertInChunks(manager, OrganizationUnit, organizationUnitRows(scenario.organizations, TREE_KEEPERS));
  await insertInChunks(manager, Member, members.map((m) => ({ ...m, ...nameKeys(m.fullName), version: 1 })));
  await insertInChunks(manager, IntroductionLetter, introductionLetters.map((l) => ({ ...l, version: 1 })));
}
