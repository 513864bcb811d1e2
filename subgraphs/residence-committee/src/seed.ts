import type { EntityManager } from 'typeorm';
import type { DemoDataset } from '@twoway/demo-data';
import { insertInChunks } from '@twoway/subgraph-runtime';
import { ResidenceRegistration } from './entities/residence-registration.entity.js';
import { Meeting } from './entities/meeting.entity.js';
import { MeetingAttendance } from './entities/meeting-attendance.entity.js';
import { LetterReceipt } from './entities/letter-receipt.entity.js';
import { MemberStanding } from './entities/member-standing.entity.js';

/** The residence committee's share of the demo data: registrations, meetings, attendance. */
export async function seedDemoData(manager: EntityManager, dataset: DemoDataset): Promise<void> {
  const { registrations, meetings, attendances } = dataset.residence;
  await insertInChunks(manager, ResidenceRegistration, registrations.map((r) => ({ ...r, version: 1 })));
  await insertInChunks(manager, Meeting, meetings.map((m) => ({ ...m, version: 1 })));
  await insertInChunks(manager, MeetingAttendance, attendances);
  // The return stubs: a receipt for every letter a ward received, and for those it returned.
  const received = registrations
    .filter((r) => r.introductionLetterId !== null)
    .map((r) => ({ id: r.introductionLetterId!, memberId: r.memberId, wardId: r.wardId, status: 'RECEIVED' as const, receivedOn: r.receivedOn, returnedOn: null, returnReason: null, version: 1 }));
  const returned = dataset.workplace.introductionLetters
    .filter((l) => l.status === 'RETURNED')
    .map((l) => ({ id: l.id, memberId: l.memberId, wardId: l.toWardId, status: 'RETURNED' as const, receivedOn: null, returnedOn: l.returnedOn, returnReason: l.returnReason, version: 1 }));
  await insertInChunks(manager, LetterReceipt, [...received, ...returned]);
  // The projection of the workplace's member standing, as the workplace's events would have built it.
  await insertInChunks(manager, MemberStanding, dataset.workplace.members.map((m) => ({
    memberId: m.id, status: m.status, workplaceOrganizationId: m.workplaceOrganizationId, changedOn: dataset.today,
  })));
}
