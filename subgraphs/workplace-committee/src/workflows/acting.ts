import type { Message } from '@twoway/platform';
import { requireActingFor } from '@twoway/subgraph-runtime';
import type { WorkplaceContext } from '../context.js';

/**
 * Letters, admission, transfers, retirement and change reports are the
 * grassroots committee's (Quy định 213): a WORKPLACE_COMMITTEE token bound to
 * an AGENCY node at or above `organizationId`. With no target (a record not
 * found or out of reach), the role and node kind are still checked, so a
 * wrong principal is FORBIDDEN rather than told what exists.
 */
export async function actAsGrassrootsCommittee(ctx: WorkplaceContext, organizationId: string | null): Promise<void> {
  await requireActingFor(ctx, ['WORKPLACE_COMMITTEE'], organizationId ?? ctx.principal.organizationId, { committeeOf: ['AGENCY'] });
}

export const MEMBER_NOT_FOUND: Message = { vi: 'Không có đảng viên với mã này', en: 'No member with this id' };
