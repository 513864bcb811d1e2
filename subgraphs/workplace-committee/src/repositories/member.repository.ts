import type { DataSource } from 'typeorm';
import { subtreePattern } from '@twoway/org-tree';
import type { Page } from '@twoway/platform';
import { Member } from '../entities/member.entity.js';

/** Sort key of the workplace member list: full name, then id. */
export type MemberListKey = [fullName: string, id: string];

export const isMemberListKey = (value: unknown): value is MemberListKey =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');

export const memberListKey = (member: Member): MemberListKey => [member.fullName, member.id];

/**
 * Members whose workplace cell lies under the node with `path`: one indexed
 * condition on the local copy of the tree. Fetches `limit + 1` rows so the
 * caller can tell whether a next page exists.
 */
export async function findMembersInWorkplaceSubtree(
  dataSource: DataSource,
  path: string,
  page: Page<MemberListKey>,
): Promise<{ rows: Member[]; totalCount: number }> {
  const inSubtree = dataSource
    .getRepository(Member)
    .createQueryBuilder('member')
    .innerJoin('organization_unit', 'cell', 'cell.id = member.workplace_cell_id')
    .where('cell.path LIKE :pattern', { pattern: subtreePattern(path) });
  const pageQuery = inSubtree.clone().orderBy('member.full_name', 'ASC').addOrderBy('member.id', 'ASC').limit(page.limit + 1);
  if (page.after) pageQuery.andWhere('(member.full_name, member.id) > (:name, :id)', { name: page.after[0], id: page.after[1] });
  const [rows, totalCount] = await Promise.all([pageQuery.getMany(), inSubtree.getCount()]);
  return { rows, totalCount };
}
