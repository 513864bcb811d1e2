import type { Principal, Role } from '@twoway/auth';
import type { OrganizationKind, OrganizationLoaders } from '@twoway/org-tree';
import type { Language } from '@twoway/platform';
import { ORGANIZATION_KIND_WORDS } from '../vocabulary.js';
import { forbidden } from './mutation.js';

/**
 * The kinds of node each committee role is the committee of (Quy định 213):
 * a ward committee is bound to a ward, a cell committee to a residential cell,
 * a workplace committee to an agency's grassroots organisation or a workplace
 * cell. A committee token bound to any other node (a province, a bloc) acts for
 * nothing: oversight is its own role.
 */
export const COMMITTEE_NODE_KINDS: Partial<Record<Role, readonly OrganizationKind[]>> = {
  WARD_COMMITTEE: ['WARD'],
  CELL_COMMITTEE: ['RESIDENTIAL_CELL'],
  WORKPLACE_COMMITTEE: ['AGENCY', 'WORKPLACE_CELL'],
};

/** What deciding who acts needs from a request's context. */
export interface ActingContext {
  principal: Principal;
  organizations: OrganizationLoaders;
  language?: Language;
}

const ROLE_LABEL: Record<Role, string> = {
  MEMBER: 'đảng viên',
  CELL_COMMITTEE: 'chi ủy chi bộ khu dân cư',
  WARD_COMMITTEE: 'đảng ủy xã, phường',
  WORKPLACE_COMMITTEE: 'cấp ủy nơi công tác',
  OVERSIGHT: 'ban tổ chức (giám sát)',
  PARTNER_APP: 'ứng dụng đối tác',
  ADMINISTRATOR: 'quản trị viên',
};

/**
 * A principal acts only for its own organisation, on its own side, as the
 * committee the regulation names: its role must be one of `roles`; a committee
 * role must be bound to a node of its own kind (`COMMITTEE_NODE_KINDS`,
 * narrowed by `committeeOf`, e.g. only the grassroots committee issues
 * letters); and `organizationId` must lie in that node's subtree. Throws
 * FORBIDDEN otherwise, in the caller's language.
 */
export async function requireActingFor(
  ctx: ActingContext,
  roles: readonly Role[],
  organizationId: string,
  options: { committeeOf?: readonly OrganizationKind[] } = {},
): Promise<void> {
  const { principal, organizations, language } = ctx;
  if (!roles.includes(principal.role)) {
    throw forbidden({
      vi: `Vai trò ${ROLE_LABEL[principal.role]} không được làm việc này; việc này do ${roles.map((r) => ROLE_LABEL[r]).join(' hoặc ')} làm`,
      en: `The ${principal.role} role cannot do this; it is done by ${roles.join(' or ')}`,
    }, language);
  }
  const [own, target] = await Promise.all([organizations.byId.load(principal.organizationId), organizations.byId.load(organizationId)]);
  const kinds = options.committeeOf ?? COMMITTEE_NODE_KINDS[principal.role];
  if (own && kinds && !kinds.includes(own.kind)) {
    throw forbidden({
      vi: `Việc này do cấp ủy của ${kinds.map((k) => ORGANIZATION_KIND_WORDS[k]).join(' hoặc ')} làm; mã truy cập của bạn gắn với ${ORGANIZATION_KIND_WORDS[own.kind]}`,
      en: `This is done by the committee of a ${kinds.join(' or ')} node; your token is bound to a ${own.kind} node`,
    }, language);
  }
  if (!own || !target || !target.path.startsWith(own.path)) {
    throw forbidden({
      vi: 'Tổ chức này nằm ngoài tổ chức mà bạn được thay mặt',
      en: 'This organisation is outside the one you act for',
    }, language);
  }
}

/** The member acts for themself only: the MEMBER role, bound to this member's id. Throws FORBIDDEN otherwise. */
export function requireMemberThemself(ctx: Pick<ActingContext, 'principal' | 'language'>, memberId: string): void {
  const { principal, language } = ctx;
  if (principal.role !== 'MEMBER' || principal.memberId?.toLowerCase() !== memberId.toLowerCase()) {
    throw forbidden({ vi: 'Chỉ chính đảng viên đó được làm việc này', en: 'Only the member themself can do this' }, language);
  }
}
