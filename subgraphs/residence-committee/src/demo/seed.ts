import type { EntityManager } from 'typeorm';
import { buildDemoScenario, organizationUnitRows } from '@twoway/demo-data';
import { OrganizationUnit } from '@twoway/org-tree';
import { insertInChunks } from '@twoway/subgraph-runtime';
import { TREE_KEEPERS } from '../../../../topology.js';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';
import { Meeting } from '../entities/meeting.entity.js';
import { MeetingAttendance } from '../entities/meeting-attendance.entity.js';
import { LetterReceipt } from '../entities/letter-receipt.entity.js';
import { MemberStanding } from '../entities/member-standing.entity.js';
import { residenceDemoRows } from './demo-rows.js';

/** The residence committee's demo data for the day: the tree, registrations, meetings, attendance, return stubs, standing. */
export async function seedDemoData(manager: EntityManager, today: string): Promise<void> {
  const scenario = buildDemoScenario(today);
  const rows = residenceDemoRows(scenario);
  await insertInChunks(manager, OrganizationUnit, organizationUnitRows(scenario.organizations, TREE_KEEPERS));
  await insertInChunks(manager, ResidenceRegistration, rows.registrations.map((r) => ({ ...r, version: 1 })));
  await insertInChunks(manager, Meeting, rows.meetings.map((m) => ({ ...m, version: 1 })));
  await insertInChunks(manager, MeetingAttendance, rows.attendances);
  await insertInChunks(manager, LetterReceipt, rows.letterReceipts.map((r) => ({ ...r, version: 1 })));
  await insertInChunks(manager, MemberStanding, rows.memberStandings);
}
