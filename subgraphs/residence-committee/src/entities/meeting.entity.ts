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

  @VersionColumn({ type: 'int' })
  version!: number;
}
