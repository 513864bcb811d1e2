import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { ChangeNoticeKind, ChangeNoticeStatus, MemberChangeType } from '../generated/resolvers-types.js';

export type ChangeType = MemberChangeType;

/** Changes that take the member out of the residence's list: they end the registration and cancel open comment requests. */
export const LEAVING_CHANGES: readonly ChangeType[] = ['TRANSFERRED', 'EXPELLED', 'REMOVED', 'DECEASED'];

/** A change the workplace reports to the ward; compiled into the period's notice by the scheduler. */
@Entity('member_change')
export class MemberChange {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('uuid', { name: 'workplace_organization_id' })
  workplaceOrganizationId!: string;

  /** The ward the member was introduced to; null when the workplace never introduced them. */
  @Column('uuid', { name: 'ward_id', nullable: true })
  wardId!: string | null;

  @Column('varchar', { name: 'change_type', length: 32 })
  changeType!: ChangeType;

  @Column('date', { name: 'effective_on' })
  effectiveOn!: string;

  @Column('date', { name: 'reported_on' })
  reportedOn!: string;

  @Column('jsonb')
  details!: Record<string, unknown>;

  /** The notice it went out in; null until the period is compiled. */
  @Column('uuid', { name: 'change_notice_id', nullable: true })
  changeNoticeId!: string | null;
}

/** The periodic change notice from a workplace organisation to a ward (thông báo thay đổi). */
@Entity('change_notice')
export class ChangeNotice {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'workplace_organization_id' })
  workplaceOrganizationId!: string;

  @Column('uuid', { name: 'ward_id' })
  wardId!: string;

  /** PERIODIC (quarterly by default) or NEW_MEMBERS (monthly by default). */
  @Column('varchar', { length: 16 })
  kind!: ChangeNoticeKind;

  /** The period it covers, e.g. 2027-Q1 or 2027-03. */
  @Column('varchar', { length: 16 })
  period!: string;

  @Column('varchar', { length: 16 })
  status!: ChangeNoticeStatus;

  @Column('date', { name: 'sent_on' })
  sentOn!: string;

  @Column('date', { name: 'acknowledged_on', nullable: true })
  acknowledgedOn!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;
}

/** The ward's notice that a member or their family no longer lives there (thông báo không còn cư trú). */
@Entity('residence_leaving_notice')
export class ResidenceLeavingNotice {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('uuid', { name: 'ward_id' })
  wardId!: string;

  @Column('date', { name: 'reported_on' })
  reportedOn!: string;

  @Column('text')
  reason!: string;

  /** OPEN until the workplace introduces the member elsewhere (RESOLVED), or the member is introduced nowhere any more (CLOSED). */
  @Column('varchar', { length: 16 })
  status!: 'OPEN' | 'RESOLVED' | 'CLOSED';

  @Column('uuid', { name: 'resolved_by_letter_id', nullable: true })
  resolvedByLetterId!: string | null;

  /** The day a CLOSED notice stopped waiting for a letter (never before it was reported). */
  @Column('date', { name: 'closed_on', nullable: true })
  closedOn!: string | null;

  /** The change that closed it: the member's leaving status, or NOT_INTRODUCED (special duty). */
  @Column('varchar', { name: 'closed_reason', length: 32, nullable: true })
  closedReason!: string | null;
}
