import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { MemberTransferKind, MemberTransferStatus } from '../generated/resolvers-types.js';

/**
 * A transfer of a member's Party activity between organisations (chuyển sinh
 * hoạt đảng): the member keeps one record; this says who sent them, to whom,
 * and whether they were taken in (see docs/party-life.md).
 */
@Entity('member_transfer')
export class MemberTransfer {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('varchar', { length: 16 })
  kind!: MemberTransferKind;

  @Column('uuid', { name: 'from_organization_id' })
  fromOrganizationId!: string;

  @Column('uuid', { name: 'from_cell_id' })
  fromCellId!: string;

  /** Null: an organisation outside this federation (the member is TRANSFERRED, final here). */
  @Column('uuid', { name: 'to_organization_id', nullable: true })
  toOrganizationId!: string | null;

  @Column('date', { name: 'sent_on' })
  sentOn!: string;

  @Column('date', { name: 'effective_on' })
  effectiveOn!: string;

  /** sentOn + TRANSFER_RECEIPT_DAYS in force that day. */
  @Column('date', { name: 'due_by' })
  dueBy!: string;

  @Column('varchar', { length: 16 })
  status!: MemberTransferStatus;

  @Column('date', { name: 'received_on', nullable: true })
  receivedOn!: string | null;

  @Column('uuid', { name: 'to_cell_id', nullable: true })
  toCellId!: string | null;

  @Column('varchar', { length: 400, nullable: true })
  remarks!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;
}
