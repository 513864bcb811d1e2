import type { EntityManager } from 'typeorm';
import type { DemoDataset } from '@twoway/demo-data';
import { insertInChunks } from '@twoway/subgraph-runtime';
import { ResidenceRegistration } from './entities/residence-registration.entity.js';
import { Meeting } from './entities/meeting.entity.js';
import { MeetingAttendance } from './entities/meeting-attendance.entity.js';

/** The residence committee's share of the demo data: registrations, meetings, attendance. */
export async function seedDemoData(manager: EntityManager, dataset: DemoDataset): Promise<void> {
  const { registrations, meetings, attendances } = dataset.residence;
  await insertInChunks(manager, ResidenceRegistration, registrations.map((r) => ({ ...r, version: 1 })));
  await insertInChunks(manager, Meeting, meetings.map((m) => ({ ...m, version: 1 })));
  await insertInChunks(manager, MeetingAttendance, attendances);
}
