import type { DataSource } from 'typeorm';
import { groupedBy } from '@twoway/persistence';
import { Criterion } from './entities/criterion.entity.js';
import { CriteriaSet } from './entities/criteria-set.entity.js';
import { RatingScale } from './entities/rating-scale.entity.js';
import { RatingBand } from './entities/rating-band.entity.js';

/** The policy reference data: comment-form criteria and their sets, rating scales and their bands. */
export interface ReferenceData {
  criterionById: Map<string, Criterion>;
  criteriaSetById: Map<string, CriteriaSet>;
  criteriaBySet: Map<string, Criterion[]>;
  ratingScaleById: Map<string, RatingScale>;
  bandsByScale: Map<string, RatingBand[]>;
}

const loaded = new WeakMap<DataSource, Promise<ReferenceData>>();

/**
 * The reference data, read once per process and kept. It is versioned policy
 * (Quy định 213 and 366) that only migrations write, and migrations run before
 * a service listens; a new version is a new migration and a restart. Reading
 * it per request cost every member profile a statement for a few constant
 * rows. A failed read is not kept: the next request tries again.
 */
export function referenceData(dataSource: DataSource): Promise<ReferenceData> {
  let data = loaded.get(dataSource);
  if (!data) {
    data = (async () => {
      const [criteria, sets, scales, bands] = await Promise.all([
        dataSource.getRepository(Criterion).find({ order: { ordinal: 'ASC' } }),
        dataSource.getRepository(CriteriaSet).find(),
        dataSource.getRepository(RatingScale).find(),
        dataSource.getRepository(RatingBand).find({ order: { minScore: 'DESC' } }),
      ]);
      return {
        criterionById: new Map(criteria.map((c) => [c.id, c])),
        criteriaSetById: new Map(sets.map((s) => [s.id, s])),
        criteriaBySet: groupedBy(criteria, (c) => c.criteriaSetId),
        ratingScaleById: new Map(scales.map((s) => [s.id, s])),
        bandsByScale: groupedBy(bands, (b) => b.ratingScaleId),
      };
    })();
    loaded.set(dataSource, data);
    data.catch(() => loaded.delete(dataSource));
  }
  return data;
}
