import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { NoResidenceCommentReason, Rating } from '../generated/resolvers-types.js';

/** An annual review decided by the member's workplace cell. */
@Entity('annual_review')
export class AnnualReview {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('int')
  year!: number;

  @Column('smallint')
  score!: number;

  /** Derived from the score by the scale in force on `decidedOn`, and kept as decided. */
  @Column('varchar', { length: 16 })
  rating!: Rating;

  @Column('uuid', { name: 'rating_scale_id' })
  ratingScaleId!: string;

  @Column('date', { name: 'decided_on' })
  decidedOn!: string;

  @Column('uuid', { name: 'workplace_cell_id' })
  workplaceCellId!: string;

  @Column('uuid', { name: 'comment_form_id', nullable: true })
  commentFormId!: string | null;

  /** Why there is no residence comment: set exactly when `commentFormId` is null (a check in the database). */
  @Column('varchar', { name: 'without_residence_comment', length: 32, nullable: true })
  withoutResidenceComment!: NoResidenceCommentReason | null;

  @Column('text', { name: 'without_residence_comment_note', nullable: true })
  withoutResidenceCommentNote!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;
}
