import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { CommentPurpose, CommentRequestStatus } from '../generated/resolvers-types.js';

/** A workplace committee's request for the residence's comments (phiếu xin ý kiến, mẫu 3-213). */
@Entity('comment_request')
export class CommentRequest {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('varchar', { length: 16 })
  purpose!: CommentPurpose;

  @Column('int', { nullable: true })
  year!: number | null;

  @Column('uuid', { name: 'workplace_organization_id' })
  workplaceOrganizationId!: string;

  @Column('uuid', { name: 'workplace_cell_id' })
  workplaceCellId!: string;

  @Column('uuid', { name: 'ward_id', nullable: true })
  wardId!: string | null;

  @Column('uuid', { name: 'cell_id', nullable: true })
  cellId!: string | null;

  @Column('date', { name: 'requested_on' })
  requestedOn!: string;

  /** When the ward committee received the request and assigned its cell. */
  @Column('date', { name: 'received_on', nullable: true })
  receivedOn!: string | null;

  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('varchar', { length: 16 })
  status!: CommentRequestStatus;

  /** Exempt from residence activity: annual requests are waived, ad hoc ones use the short form. */
  @Column('boolean')
  exempt!: boolean;

  @Column('date', { name: 'reminded_on', nullable: true })
  remindedOn!: string | null;

  @Column('date', { name: 'overdue_since', nullable: true })
  overdueSince!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;
}
