import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { LetterReceiptStatus } from '../generated/resolvers-types.js';

/** The ward's return stub of a workplace's introduction letter: received or returned. */
@Entity('letter_receipt')
export class LetterReceipt {
  /** The letter's id, owned by the workplace-committee subgraph. */
  @PrimaryColumn('uuid', { name: 'introduction_letter_id' })
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('uuid', { name: 'ward_id' })
  wardId!: string;

  @Column('varchar', { length: 16 })
  status!: LetterReceiptStatus;

  @Column('date', { name: 'received_on', nullable: true })
  receivedOn!: string | null;

  @Column('date', { name: 'returned_on', nullable: true })
  returnedOn!: string | null;

  @Column('text', { name: 'return_reason', nullable: true })
  returnReason!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;
}
