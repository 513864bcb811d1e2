import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A versioned rating scale (Quy định 366-QĐ/TW and its predecessors). */
@Entity('rating_scale')
export class RatingScale {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 64 })
  code!: string;

  @Column('varchar', { length: 400 })
  title!: string;

  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('date', { name: 'effective_to', nullable: true })
  effectiveTo!: string | null;

  @Column('text')
  source!: string;
}
