import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The residential cell's draft of its comments; replaced until the cell signs it. */
@Entity('comment_draft')
export class CommentDraft {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId!: string;

  @Column('uuid', { name: 'criteria_set_id' })
  criteriaSetId!: string;

  @Column('jsonb')
  levels!: number[];

  @Column('text', { nullable: true })
  remarks!: string | null;

  @Column('date', { name: 'drafted_on' })
  draftedOn!: string;
}
