import { inForceOn, type OrganizationUnit } from '@twoway/org-tree';
import { isUuid, type Message } from '@twoway/platform';
import { refuse, refuseTooLong, runMutation, type MutationResult, type MutationScope } from '@twoway/subgraph-runtime';
import type { ExemptionCategory, Sex } from '../generated/resolvers-types.js';
import type { WorkplaceContext } from '../context.js';
import { CITIZEN_ID_PATTERN, Member } from '../entities/member.entity.js';
import { actAsGrassrootsCommittee } from './acting.js';
import { POSITION_WORDS, TEXT_LIMITS, TextErrorCode } from './member-input.js';
import { publishStanding } from './residence-standing.js';

export const AdmissionErrorCode = {
  DOSSIER_NUMBER_TOO_LONG: TextErrorCode.DOSSIER_NUMBER_TOO_LONG,
  POSITION_TOO_LONG: TextErrorCode.POSITION_TOO_LONG,
  NAME_REQUIRED: 'NAME_REQUIRED',
  UNDER_AGE: 'UNDER_AGE',
  EFFECTIVE_DATE_IN_FUTURE: 'EFFECTIVE_DATE_IN_FUTURE',
  NOT_A_WORKPLACE_CELL: 'NOT_A_WORKPLACE_CELL',
  CITIZEN_ID_INVALID: 'CITIZEN_ID_INVALID',
  CITIZEN_ID_TAKEN: 'CITIZEN_ID_TAKEN',
  DOSSIER_NUMBER_TAKEN: 'DOSSIER_NUMBER_TAKEN',
} as const;

/** Điều lệ Đảng, Điều 1: a citizen of eighteen or more is admitted. */
const ADMISSION_AGE = 18;

export interface AdmitMemberInput {
  idempotencyKey: string;
  fullName: string;
  sex: Sex;
  birthDate: string;
  admissionDate: string;
  workplaceCellId: string;
  citizenId?: string | null;
  dossierNumber?: string | null;
  position?: string | null;
  exemptionCategory?: ExemptionCategory | null;
}

const NOT_OUR_CELL: Message = {
  vi: 'Chi bộ phải là chi bộ nơi công tác đang hoạt động, trực thuộc đảng bộ cơ sở của bạn',
  en: 'The cell must be a workplace cell in force under your grassroots organisation',
};

/**
 * A workplace cell in force today under the grassroots organisation the
 * principal acts for (its own AGENCY node, checked by actAsGrassrootsCommittee).
 */
export async function workplaceCellUnder(ctx: WorkplaceContext, scope: MutationScope, agencyId: string, cellId: string, field: string[]): Promise<OrganizationUnit> {
  const [agency, cell] = await Promise.all([ctx.organizations.byId.load(agencyId), isUuid(cellId) ? ctx.organizations.byId.load(cellId.toLowerCase()) : null]);
  if (!agency || !cell || cell.kind !== 'WORKPLACE_CELL' || !inForceOn(cell, scope.today) || !cell.path.startsWith(agency.path)) {
    refuse(AdmissionErrorCode.NOT_A_WORKPLACE_CELL, field, NOT_OUR_CELL);
  }
  return cell;
}

/**
 * The grassroots committee admits a member (kết nạp) into one of its workplace
 * cells: ACTIVE and probationary (no full membership, no card yet) from the
 * admission day, and due for introduction from that day. The first letter
 * records NEWLY_ADMITTED for the ward's monthly new-members notice.
 */
export async function admitMember(ctx: WorkplaceContext, input: AdmitMemberInput): Promise<MutationResult<Member>> {
  await actAsGrassrootsCommittee(ctx, null);
  const agencyId = ctx.principal.organizationId;
  return runMutation(ctx, { operation: 'admitMember', idempotencyKey: input.idempotencyKey, entity: Member }, async (scope) => {
    const fullName = input.fullName.trim().replace(/\s+/g, ' ');
    if (fullName.length < 2 || fullName.length > 200) {
      refuse(AdmissionErrorCode.NAME_REQUIRED, ['input', 'fullName'], { vi: 'Hãy ghi đầy đủ họ và tên (từ 2 đến 200 ký tự)', en: 'Give the full name (2 to 200 characters)' });
    }
    if (input.admissionDate > scope.today) {
      refuse(AdmissionErrorCode.EFFECTIVE_DATE_IN_FUTURE, ['input', 'admissionDate'], { vi: 'Ngày kết nạp không được sau hôm nay', en: 'The admission date cannot be after today' });
    }
    const adultOn = `${Number(input.birthDate.slice(0, 4)) + ADMISSION_AGE}${input.birthDate.slice(4)}`;
    if (adultOn > input.admissionDate) {
      refuse(AdmissionErrorCode.UNDER_AGE, ['input', 'birthDate'], {
        vi: `Người được kết nạp phải đủ ${ADMISSION_AGE} tuổi vào ngày kết nạp (Điều lệ Đảng, Điều 1)`,
        en: `A member must be at least ${ADMISSION_AGE} on the admission day (Party Charter, Article 1)`,
      });
    }
    const cell = await workplaceCellUnder(ctx, scope, agencyId, input.workplaceCellId, ['input', 'workplaceCellId']);
    const citizenId = input.citizenId?.trim() || null;
    if (citizenId !== null) {
      if (!CITIZEN_ID_PATTERN.test(citizenId)) {
        refuse(AdmissionErrorCode.CITIZEN_ID_INVALID, ['input', 'citizenId'], { vi: 'Số căn cước công dân gồm đúng 12 chữ số', en: 'A citizen ID is exactly 12 digits' });
      }
      if (await scope.manager.existsBy(Member, { citizenId })) {
        refuse(AdmissionErrorCode.CITIZEN_ID_TAKEN, ['input', 'citizenId'], { vi: 'Số căn cước công dân này đã có trong hồ sơ một đảng viên khác', en: 'This citizen ID is already on another member\'s record' });
      }
    }
    const dossierNumber = input.dossierNumber?.trim() || null;
    refuseTooLong(dossierNumber, TEXT_LIMITS.dossierNumber, TextErrorCode.DOSSIER_NUMBER_TOO_LONG, ['input', 'dossierNumber'], { vi: 'Số lý lịch', en: 'The dossier number' });
    const position = input.position?.trim() || null;
    refuseTooLong(position, TEXT_LIMITS.position, TextErrorCode.POSITION_TOO_LONG, ['input', 'position'], POSITION_WORDS);
    if (dossierNumber !== null && (await scope.manager.existsBy(Member, { dossierNumber }))) {
      refuse(AdmissionErrorCode.DOSSIER_NUMBER_TAKEN, ['input', 'dossierNumber'], { vi: 'Số lý lịch này đã có trong hồ sơ một đảng viên khác', en: 'This dossier number is already on another member\'s record' });
    }
    const exemptionCategory = input.exemptionCategory ?? null;
    const member = await scope.create(Member, {
      id: crypto.randomUUID(),
      fullName,
      sex: input.sex,
      birthDate: input.birthDate,
      admissionDate: input.admissionDate,
      fullMembershipDate: null,
      partyCardNumber: null,
      dossierNumber,
      citizenId,
      workplaceOrganizationId: agencyId,
      workplaceCellId: cell.id,
      position,
      exemptionCategory,
      status: 'ACTIVE',
      // Special duty: never introduced, so never due.
      introductionDueSince: exemptionCategory === 'SPECIAL_DUTY' ? null : input.admissionDate,
      version: 1,
    });
    await publishStanding(scope, member, input.admissionDate);
    return member;
  });
}
