import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { MeetingKind } from '../generated/resolvers-types.js';

/** A meeting held by a residential cell or a ward. */
@Entity('meeting')
export class Meeting {
  @PrimaryColumn('uuid')
  id!: string;

  /** The cell or ward holding the meeting: the node valid on the day it was held. */
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('varchar', { length: 32 })
  kind!: MeetingKind;

  @Column('date', { name: 'held_on' })
  heldOn!: string;

  @Column('text', { nullable: true })
  agenda!: string | null;

  /**
   * The day the cell (or ward) first recorded the meeting's attendance (recordAttendance); null until then. Only a
   * recorded meeting counts as held in the figures and in a member's last two meetings (migration 299).
   */
  @Column('date', { name: 'attendance_recorded_on', nullable: true })
  attendanceRecordedOn!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;
}
