import type { EntityManager } from 'typeorm';
import type { DemoDataset } from '@twoway/demo-data';
import { insertInChunks } from '@twoway/subgraph-runtime';
import { Member, nameKeys } from './entities/member.entity.js';
import { IntroductionLetter } from './entities/introduction-letter.entity.js';

/** The workplace committee's share of the demo data: members and their introduction letters. */
export async function seedDemoData(manager: EntityManager, dataset: DemoDataset): Promise<void> {
  await insertInChunks(manager, Member, dataset.workplace.members.map((m) => ({ ...m, ...nameKeys(m.fullName), version: 1 })));
  await insertInChunks(manager, IntroductionLetter, dataset.workplace.introductionLetters.map((l) => ({ ...l, version: 1 })));
}
