import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Recommendation } from '../generated/resolvers-types.js';

/** The recommendation a level of the RECOMMENDATION criterion gives: 1 commend, 3 consider action, otherwise none. */
export function recommendationOf(level: number | undefined): Recommendation {
  return level === 1 ? 'COMMEND' : level === 3 ? 'CONSIDER_ACTION' : 'NONE';
}

/**
 * The residence's comment form (phiếu nhận xét): written once signed, never
 * changed afterwards (a trigger in the migration refuses updates to signed content).
 */
@Entity('comment_form')
export class CommentForm {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'request_id' })
  requestId!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('int', { nullable: true })
  year!: number | null;

  @Column('uuid', { name: 'criteria_set_id' })
  criteriaSetId!: string;

  @Column('varchar', { length: 16 })
  recommendation!: Recommendation;

  @Column('text', { nullable: true })
  remarks!: string | null;

  @Column('uuid', { name: 'cell_id' })
  cellId!: string;

  @Column('uuid', { name: 'ward_id' })
  wardId!: string;

  @Column('date', { name: 'drafted_on' })
  draftedOn!: string;

  @Column('date', { name: 'signed_on' })
  signedOn!: string;

  @Column('varchar', { name: 'signed_by', length: 200 })
  signedBy!: string;

  @Column('date', { name: 'certified_on', nullable: true })
  certifiedOn!: string | null;

  @Column('varchar', { name: 'certified_by', length: 200, nullable: true })
  certifiedBy!: string | null;

  @Column('date', { name: 'returned_on', nullable: true })
  returnedOn!: string | null;
}
