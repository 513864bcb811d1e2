import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CriteriaVariant } from '../generated/resolvers-types.js';

/** A versioned set of comment criteria: policy as data, with the dates it is in force. */
@Entity('criteria_set')
export class CriteriaSet {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 64 })
  code!: string;

  @Column('varchar', { length: 400 })
  title!: string;

  @Column('varchar', { length: 16 })
  variant!: CriteriaVariant;

  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('date', { name: 'effective_to', nullable: true })
  effectiveTo!: string | null;

  @Column('text')
  source!: string;
}
