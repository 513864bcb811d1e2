import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The level (1 to 3) a comment form gives one criterion. */
@Entity('comment_form_assessment')
export class CommentFormAssessment {
  @PrimaryColumn('uuid', { name: 'comment_form_id' })
  commentFormId!: string;

  @PrimaryColumn('uuid', { name: 'criterion_id' })
  criterionId!: string;

  @Column('smallint')
  level!: number;
}
