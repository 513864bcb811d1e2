import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The residence side's projection of a fact the workplace owns: whether a
 * member is still active there. Fed by the workplace's MemberStandingChanged
 * events (outbox, at least once), so it is stale by at most one delivery
 * interval; it lets the residence list members it still counts who have left.
 */
@Entity('member_standing')
export class MemberStanding {
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('varchar', { length: 16 })
  status!: string;

  @Column('uuid', { name: 'workplace_organization_id' })
  workplaceOrganizationId!: string;

  @Column('date', { name: 'changed_on' })
  changedOn!: string;
}
