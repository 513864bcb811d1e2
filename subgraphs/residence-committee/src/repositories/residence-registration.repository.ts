import type { DataSource } from 'typeorm';
import { subtreePattern } from '@twoway/org-tree';
import type { Page } from '@twoway/platform';
import type { RegistrationStatus } from '@twoway/demo-data';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';

/** Sort key of registration lists: day received, then id. */
export type RegistrationListKey = [receivedOn: string, id: string];

export const isRegistrationListKey = (value: unknown): value is RegistrationListKey =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');

export const registrationListKey = (r: ResidenceRegistration): RegistrationListKey => [r.receivedOn, r.id];

/**
 * Registrations scoped by a node in the subtree at `path` (its cell once
 * assigned, its ward before): one indexed condition on the local tree copy.
 */
export async function findRegistrationsInSubtree(
  dataSource: DataSource,
  path: string,
  status: RegistrationStatus | null | undefined,
  page: Page<RegistrationListKey>,
): Promise<{ rows: ResidenceRegistration[]; totalCount: number }> {
  const inSubtree = dataSource
    .getRepository(ResidenceRegistration)
    .createQueryBuilder('r')
    .innerJoin('organization_unit', 'scope', 'scope.id = r.organization_id')
    .where('scope.path LIKE :pattern', { pattern: subtreePattern(path) });
  if (status) inSubtree.andWhere('r.status = :status', { status });
  const pageQuery = inSubtree.clone().orderBy('r.received_on', 'ASC').addOrderBy('r.id', 'ASC').limit(page.limit + 1);
  if (page.after) pageQuery.andWhere('(r.received_on, r.id) > (:receivedOn, :id)', { receivedOn: page.after[0], id: page.after[1] });
  const [rows, totalCount] = await Promise.all([pageQuery.getMany(), inSubtree.getCount()]);
  return { rows, totalCount };
}
