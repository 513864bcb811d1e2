import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One criterion of a criteria set, with the labels of its three levels. */
@Entity('criterion')
export class Criterion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'criteria_set_id' })
  criteriaSetId!: string;

  @Column('int')
  ordinal!: number;

  @Column('varchar', { length: 64 })
  code!: string;

  @Column('varchar', { length: 400 })
  label!: string;

  /** Labels of levels 1, 2 and 3, in Vietnamese. */
  @Column('jsonb', { name: 'level_labels' })
  levels!: string[];
}
