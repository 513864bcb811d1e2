/**
 * What the workflows about a member accept of their input, beyond its types: the day a change took effect, and
 * the length of the texts the workplace keeps. One rule each, however many workflows take the input.
 */
import type { Message } from '@twoway/platform';
import { refuse } from '@twoway/subgraph-runtime';
import type { Member } from '../entities/member.entity.js';

export const EffectiveDateErrorCode = {
  EFFECTIVE_DATE_IN_FUTURE: 'EFFECTIVE_DATE_IN_FUTURE',
  EFFECTIVE_DATE_BEFORE_ADMISSION: 'EFFECTIVE_DATE_BEFORE_ADMISSION',
} as const;

/**
 * The day a change about a member took effect (a change reported, a transfer,
 * a retirement): one that has come (a change is reported once it has taken
 * effect), and not before the member was admitted (a record of their Party
 * life cannot begin before it).
 */
export function refuseEffectiveDateOutOfRange(member: Pick<Member, 'admissionDate'>, effectiveOn: string, today: string): void {
  if (effectiveOn > today) {
    refuse(EffectiveDateErrorCode.EFFECTIVE_DATE_IN_FUTURE, ['input', 'effectiveOn'], {
      vi: 'Chỉ ghi thay đổi khi đã có hiệu lực: ngày hiệu lực không được sau hôm nay',
      en: 'Record a change once it has taken effect: the effective date cannot be after today',
    });
  }
  if (effectiveOn < member.admissionDate) {
    refuse(EffectiveDateErrorCode.EFFECTIVE_DATE_BEFORE_ADMISSION, ['input', 'effectiveOn'], {
      vi: `Ngày hiệu lực không được trước ngày vào Đảng của đảng viên (${member.admissionDate})`,
      en: `The effective date cannot be before the member's admission (${member.admissionDate})`,
    });
  }
}

/** The longest texts the workplace keeps, as its columns hold them (characters). */
export const TEXT_LIMITS = { position: 200, dossierNumber: 32, remarks: 400 } as const;
export const TextErrorCode = { POSITION_TOO_LONG: 'POSITION_TOO_LONG', DOSSIER_NUMBER_TOO_LONG: 'DOSSIER_NUMBER_TOO_LONG', REMARKS_TOO_LONG: 'REMARKS_TOO_LONG' } as const;
export const POSITION_WORDS: Message = { vi: 'Chức vụ', en: 'The position' };
export const REMARKS_WORDS: Message = { vi: 'Ghi chú', en: 'The remarks' };
