import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { RegistrationStatus, ResidenceActivity } from '../generated/resolvers-types.js';

/** A member's registration at the ward and residential cell where they live. */
@Entity('residence_registration')
export class ResidenceRegistration {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  /** The workplace's letter this registration answers (owned by the workplace-committee subgraph). */
  @Column('uuid', { name: 'introduction_letter_id', nullable: true })
  introductionLetterId!: string | null;

  @Column('uuid', { name: 'ward_id' })
  wardId!: string;

  @Column('uuid', { name: 'cell_id', nullable: true })
  cellId!: string | null;

  @Column('varchar', { length: 400 })
  address!: string;

  @Column('date', { name: 'received_on' })
  receivedOn!: string;

  @Column('date', { name: 'assigned_on', nullable: true })
  assignedOn!: string | null;

  @Column('varchar', { length: 16 })
  status!: RegistrationStatus;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('varchar', { name: 'end_reason', length: 64, nullable: true })
  endReason!: string | null;

  /** TWO_WAY while the member works elsewhere; OFFICIAL once they retired and this cell became their own. */
  @Column('varchar', { length: 16, default: 'TWO_WAY' })
  activity!: ResidenceActivity;

  /** COALESCE(cell, ward), computed by PostgreSQL: the node a subtree filter matches. */
  @Column({ type: 'uuid', name: 'organization_id', insert: false, update: false })
  organizationId!: string;

  @VersionColumn({ type: 'int' })
  version!: number;
}
