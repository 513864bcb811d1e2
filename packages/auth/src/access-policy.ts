import type { Principal, Role } from './principal.js';

/**
 * Who may read what: the one policy every subgraph enforces (see
 * @twoway/subgraph-runtime's access module for how) and docs/security.md
 * describes.
 *
 * Records: a principal reads the records of a member whose workplace or
 * residence node lies in the subtree of its own node (its "reach"); a member
 * reads only their own. Organisation-level data (oversight lists, figures,
 * search) is read for nodes in the subtree of one's own node, by every role
 * but MEMBER.
 *
 * Fields: besides, some fields are withheld from roles that do not need them.
 * Personal data (Decree 13/2023/ND-CP) goes only to the member themself and to
 * the officials who work with the member, and to a partner app whose client is
 * granted PERSONAL_DATA; every official's or partner's read of it is audited.
 */
export const GuardedField = {
  CITIZEN_ID: 'Member.citizenId',
  BIRTH_DATE: 'Member.birthDate',
  PARTY_CARD_NUMBER: 'Member.partyCardNumber',
  DOSSIER_NUMBER: 'Member.dossierNumber',
  REGISTRATION_ADDRESS: 'ResidenceRegistration.address',
  LETTER_ADDRESS: 'IntroductionLetter.residenceAddress',
} as const;
export type GuardedField = (typeof GuardedField)[keyof typeof GuardedField];

/** What a partner app's client may be granted beyond the minimum (JWT `grants`). */
export const Grant = { PERSONAL_DATA: 'PERSONAL_DATA' } as const;
export type Grant = (typeof Grant)[keyof typeof Grant];

interface FieldRule {
  /** Personal data: reads by anyone but the member are audited. */
  personal: boolean;
  /** Roles that may read it (the member always may read their own). */
  roles: readonly Role[];
  /** Granted to a partner app's client by this grant. */
  grant?: Grant;
}

const OFFICIALS_OF_BOTH_SIDES: readonly Role[] = ['CELL_COMMITTEE', 'WARD_COMMITTEE', 'WORKPLACE_COMMITTEE', 'OVERSIGHT'];

export const FIELD_POLICY: Record<GuardedField, FieldRule> = {
  // Identity and home: both committees identify the member and the place; oversight reconciles duplicates.
  [GuardedField.CITIZEN_ID]: { personal: true, roles: OFFICIALS_OF_BOTH_SIDES, grant: Grant.PERSONAL_DATA },
  [GuardedField.BIRTH_DATE]: { personal: true, roles: OFFICIALS_OF_BOTH_SIDES, grant: Grant.PERSONAL_DATA },
  [GuardedField.REGISTRATION_ADDRESS]: { personal: true, roles: OFFICIALS_OF_BOTH_SIDES, grant: Grant.PERSONAL_DATA },
  [GuardedField.LETTER_ADDRESS]: { personal: true, roles: OFFICIALS_OF_BOTH_SIDES, grant: Grant.PERSONAL_DATA },
  // Party records: the card is checked when a letter is presented; the dossier number is the workplace's own file.
  [GuardedField.PARTY_CARD_NUMBER]: { personal: false, roles: OFFICIALS_OF_BOTH_SIDES },
  [GuardedField.DOSSIER_NUMBER]: { personal: false, roles: ['WORKPLACE_COMMITTEE', 'OVERSIGHT'] },
};

/** Whether the principal may read a guarded field of a record of `memberId` (a record it already may read). */
export function mayReadField(principal: Principal, field: GuardedField, memberId: string | null): boolean {
  if (principal.role === 'MEMBER') return memberId !== null && principal.memberId === memberId;
  const rule = FIELD_POLICY[field];
  if (rule.roles.includes(principal.role)) return true;
  return principal.role === 'PARTNER_APP' && rule.grant !== undefined && principal.grants.includes(rule.grant);
}

/** Whether reading the field is to be written to the audit log (personal data read by someone other than the member). */
export function isAuditedRead(principal: Principal, field: GuardedField): boolean {
  return FIELD_POLICY[field].personal && principal.role !== 'MEMBER';
}

/** Whether the role reads organisation-level data (oversight lists, figures, search) for nodes in its subtree. */
export function readsOrganizationData(role: Role): boolean {
  return role !== 'MEMBER';
}
