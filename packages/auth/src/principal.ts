/**
 * Who acts. Every request carries a principal, read from a verified bearer
 * JWT; each role is bound to one node of the organisation tree.
 */
export const Role = {
  /** The member themself (đảng viên): bound to their workplace cell, and to their member id. */
  MEMBER: 'MEMBER',
  /** A residential cell committee (chi ủy chi bộ khu dân cư). */
  CELL_COMMITTEE: 'CELL_COMMITTEE',
  /** A commune or ward Party committee (đảng ủy xã, phường). */
  WARD_COMMITTEE: 'WARD_COMMITTEE',
  /** The committee of a workplace grassroots organisation or cell (cấp ủy nơi công tác). */
  WORKPLACE_COMMITTEE: 'WORKPLACE_COMMITTEE',
  /** Oversight at a node: a district or provincial committee's organisation board (ban tổ chức). */
  OVERSIGHT: 'OVERSIGHT',
  /** A registered partner application reading through the gateway. */
  PARTNER_APP: 'PARTNER_APP',
  /** Administrators of the federation. */
  ADMINISTRATOR: 'ADMINISTRATOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLES = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value);
}

export interface Principal {
  /** Stable id of the person or client (JWT `sub`). */
  subject: string;
  role: Role;
  /** The organisation node the role is exercised for (JWT `org`). */
  organizationId: string;
  /** For the MEMBER role: the member's own id (JWT `member`). */
  memberId: string | null;
  /** Display name, for the audit log (JWT `name`). */
  name: string | null;
  /** What a partner app's client is granted beyond the minimum (JWT `grants`, e.g. PERSONAL_DATA). */
  readonly grants: readonly string[];
}

/** The claims this federation puts in its tokens, besides the registered ones. */
export interface PrincipalClaims {
  role: Role;
  org: string;
  member?: string;
  name?: string;
  grants?: string[];
}
