import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { IntroductionLetterStatus, LetterEndReason } from '../generated/resolvers-types.js';

/** Introduction letter (giấy giới thiệu, mẫu 1-213) from the workplace to a ward. */
@Entity('introduction_letter')
export class IntroductionLetter {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 32 })
  number!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('uuid', { name: 'workplace_organization_id' })
  workplaceOrganizationId!: string;

  @Column('date', { name: 'issued_on' })
  issuedOn!: string;

  @Column('varchar', { name: 'signer_name', length: 200 })
  signerName!: string;

  @Column('uuid', { name: 'to_ward_id' })
  toWardId!: string;

  @Column('uuid', { name: 'to_cell_id', nullable: true })
  toCellId!: string | null;

  @Column('varchar', { name: 'residence_address', length: 400 })
  residenceAddress!: string;

  @Column('boolean')
  exempt!: boolean;

  @Column('varchar', { length: 16 })
  status!: IntroductionLetterStatus;

  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('date', { name: 'presented_on', nullable: true })
  presentedOn!: string | null;

  @Column('date', { name: 'received_on', nullable: true })
  receivedOn!: string | null;

  @Column('date', { name: 'assigned_on', nullable: true })
  assignedOn!: string | null;

  @Column('date', { name: 'returned_on', nullable: true })
  returnedOn!: string | null;

  @Column('varchar', { name: 'return_reason', length: 400, nullable: true })
  returnReason!: string | null;

  /** Why the letter ended; null unless ENDED. */
  @Column('varchar', { name: 'end_reason', length: 32, nullable: true })
  endReason!: LetterEndReason | null;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;
}

/** A letter's number as the form prints it: "Số 123-GGT" (mẫu 1-213). */
export function letterNumber(serial: string | number): string {
  return `${serial}-GGT`;
}
