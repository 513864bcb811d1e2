import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the residence may expect of a member, as the workplace computes it
 * (the enum is the workplace's: ResidenceDuty in its schema).
 */
export type ResidenceDuty = 'TWO_WAY' | 'EXEMPT' | 'NOT_INTRODUCED' | 'OFFICIAL_AT_RESIDENCE' | 'NONE';

/** Duties of members never expected at meetings here: they are never counted absent. */
export const NEVER_EXPECTED_DUTIES: readonly ResidenceDuty[] = ['EXEMPT', 'NOT_INTRODUCED'];

/**
 * The residence side's projection of facts the workplace owns: whether a
 * member is still active there, where they work, and what the residence may
 * expect of them (their residence duty, docs/party-life.md). Fed by the
 * workplace's MemberStandingChanged events (outbox, at least once) and by the
 * owner's answer when a ward receives a letter, so it is stale by at most one
 * delivery interval; it lets the residence list members it still counts who
 * have left, leave exempt members out of absences, and lets a workplace cell's
 * committee reach its members here.
 */
@Entity('member_standing')
export class MemberStanding {
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('varchar', { length: 16 })
  status!: string;

  @Column('uuid', { name: 'workplace_organization_id' })
  workplaceOrganizationId!: string;

  /** The member's workplace cell; null when an old event did not say. */
  @Column('uuid', { name: 'workplace_cell_id', nullable: true })
  workplaceCellId!: string | null;

  /** TWO_WAY, EXEMPT, NOT_INTRODUCED, OFFICIAL_AT_RESIDENCE or NONE (the workplace's ResidenceDuty). */
  @Column('varchar', { name: 'residence_duty', length: 24 })
  residenceDuty!: ResidenceDuty;

  @Column('date', { name: 'changed_on' })
  changedOn!: string;
}
