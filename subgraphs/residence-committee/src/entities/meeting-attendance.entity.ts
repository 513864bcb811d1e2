import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus } from '../generated/resolvers-types.js';

/**
 * One member's attendance at one meeting. The meeting's day and organisation
 * are copied here so a member's record over a period, or a subtree's, is one
 * indexed range scan.
 */
@Entity('meeting_attendance')
export class MeetingAttendance {
  @PrimaryColumn('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('date', { name: 'held_on' })
  heldOn!: string;

  @Column('varchar', { length: 16 })
  status!: AttendanceStatus;

  @Column('text', { nullable: true })
  contribution!: string | null;

  /** The reason the member gave when they excused themself before the meeting (sendMeetingExcuse). */
  @Column('varchar', { name: 'excuse_reason', length: 500, nullable: true })
  excuseReason!: string | null;
}
