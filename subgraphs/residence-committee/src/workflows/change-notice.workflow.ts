import { isUuid, type Message } from '@twoway/platform';
import { MutationErrorCode, Refusal, keepRefusal, refuse, requireActingFor, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { ResidenceContext } from '../context.js';
import { ChangeNoticeAcknowledgement } from '../entities/change-notice-acknowledgement.entity.js';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';
import { findOpenRegistrationsAtWard, findRegistration } from '../repositories/residence-registration.repository.js';
import { isAcknowledged } from '../repositories/change-notice-acknowledgement.repository.js';
import { findReceiptDays } from '../repositories/letter-receipt.repository.js';

export const ChangeNoticeErrorCode = {
  ALREADY_ACKNOWLEDGED: 'ALREADY_ACKNOWLEDGED',
  REGISTRATION_ENDED: 'REGISTRATION_ENDED',
  REASON_REQUIRED: 'REASON_REQUIRED',
} as const;

/**
 * Items that take a member off the ward's list. RETIRED is not one: a retired
 * member's registration becomes their official activity (MemberRetired).
 */
const ENDS_REGISTRATION = new Set(['TRANSFERRED', 'EXPELLED', 'REMOVED', 'DECEASED', 'RESIDENCE_CHANGED']);

interface NoticeItem {
  changeType: string;
  effectiveOn: string;
  member: { id: string };
}

interface OwnersNotice {
  changeNotice: { id: string; ward: { id: string }; items: NoticeItem[] } | null;
}

const NOTICE_FROM_OWNER = 'query NoticeToAcknowledge($id: ID!) { changeNotice(id: $id) { id ward { id } items { changeType effectiveOn member { id } } } }';

const NO_REGISTRATION: Message = { vi: 'Không có đăng ký sinh hoạt nơi cư trú nào với mã này', en: 'No registration with this id' };

/**
 * Changes after which the workplace introduces the member again: the letter it
 * writes then may come to this same ward (a transfer to another agency, a move
 * to another street of the ward), and receiving it re-homes the registration.
 */
const INTRODUCED_AGAIN = new Set(['TRANSFERRED', 'RESIDENCE_CHANGED']);

/**
 * Whether an item ends the member's open registration here. A transfer or a
 * change of residence does not end a registration re-homed by (or opened on)
 * a letter the ward received on or after the day the change took effect: that
 * letter is the workplace's introduction after the change, and says the member
 * lives here now.
 */
function endsRegistration(item: NoticeItem, registration: ResidenceRegistration, letterReceivedOn: ReadonlyMap<string, string>): boolean {
  if (!ENDS_REGISTRATION.has(item.changeType)) return false;
  if (!INTRODUCED_AGAIN.has(item.changeType) || !registration.introductionLetterId) return true;
  const received = letterReceivedOn.get(registration.introductionLetterId);
  return received === undefined || received < item.effectiveOn;
}

/** The ward acknowledges a change notice and ends the registrations it concerns. */
export async function acknowledgeChangeNotice(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; changeNoticeId: string },
): Promise<MutationResult<ChangeNoticeAcknowledgement>> {
  const notice = isUuid(input.changeNoticeId)
    ? await keepRefusal(ctx.federation.query<OwnersNotice>(NOTICE_FROM_OWNER, { id: input.changeNoticeId }))
    : null;
  const found = notice && !(notice instanceof Refusal) ? notice.changeNotice : null;
  if (found) await requireActingFor(ctx, ['WARD_COMMITTEE'], found.ward.id);
  return runMutation(ctx, { operation: 'acknowledgeChangeNotice', idempotencyKey: input.idempotencyKey, entity: ChangeNoticeAcknowledgement }, async (scope) => {
    if (notice instanceof Refusal) throw notice;
    if (!found) refuse(MutationErrorCode.NOT_FOUND, ['input', 'changeNoticeId'], { vi: 'Không có thông báo thay đổi nào với mã này', en: 'No change notice with this id' });
    if (await isAcknowledged(scope.manager, found.id)) {
      refuse(ChangeNoticeErrorCode.ALREADY_ACKNOWLEDGED, ['input', 'changeNoticeId'], {
        vi: 'Đảng ủy phường đã xác nhận thông báo này rồi',
        en: 'The ward has already acknowledged this notice',
      });
    }
    const leaving = found.items.filter((item) => ENDS_REGISTRATION.has(item.changeType));
    const open = leaving.length === 0 ? [] : await findOpenRegistrationsAtWard(scope.manager, leaving.map((item) => item.member.id), found.ward.id);
    const letterReceivedOn = await findReceiptDays(scope.manager, open.map((r) => r.introductionLetterId).filter((id): id is string => id !== null));
    const ended: ResidenceRegistration[] = [];
    for (const registration of open) {
      const item = leaving.find((i) => i.member.id === registration.memberId && endsRegistration(i, registration, letterReceivedOn));
      if (!item) continue;
      await scope.updateVersioned(ResidenceRegistration, registration, registration.version, { status: 'ENDED', endedOn: scope.today, endReason: item.changeType });
      ended.push(registration);
    }
    await scope.publish('ChangeNoticeAcknowledged', 'workplace-committee', { changeNoticeId: found.id, acknowledgedOn: scope.today });
    return scope.create(ChangeNoticeAcknowledgement, { id: found.id, wardId: found.ward.id, acknowledgedOn: scope.today, endedRegistrationIds: ended.map((r) => r.id) });
  });
}

/** The cell or ward reports that the member no longer lives here. */
export async function reportLeavingResidence(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; registrationId: string; version: number; reason: string },
): Promise<MutationResult<ResidenceRegistration>> {
  const registration = isUuid(input.registrationId) ? await findRegistration(ctx.dataSource, input.registrationId.toLowerCase()) : null;
  if (registration) await requireActingFor(ctx, ['CELL_COMMITTEE', 'WARD_COMMITTEE'], registration.cellId ?? registration.wardId);
  return runMutation(ctx, { operation: 'reportLeavingResidence', idempotencyKey: input.idempotencyKey, entity: ResidenceRegistration }, async (scope) => {
    if (!registration) refuse(MutationErrorCode.NOT_FOUND, ['input', 'registrationId'], NO_REGISTRATION);
    const current = await scope.current(ResidenceRegistration, registration.id, input.version);
    if (current.status === 'ENDED') {
      refuse(ChangeNoticeErrorCode.REGISTRATION_ENDED, ['input', 'registrationId'], { vi: 'Đăng ký sinh hoạt này đã kết thúc rồi', en: 'The registration has already ended' });
    }
    const reason = input.reason.trim();
    if (reason.length < 3) {
      refuse(ChangeNoticeErrorCode.REASON_REQUIRED, ['input', 'reason'], {
        vi: 'Hãy ghi rõ lý do đảng viên không còn cư trú tại đây',
        en: 'Say why the member no longer lives here',
      });
    }
    const ended = await scope.updateVersioned(ResidenceRegistration, current, input.version, { status: 'ENDED', endedOn: scope.today, endReason: 'LEFT_RESIDENCE' });
    const left = { memberId: registration.memberId, wardId: registration.wardId, reportedOn: scope.today };
    await scope.publish('MemberLeftResidence', 'workplace-committee', { noticeId: crypto.randomUUID(), ...left, reason });
    // Evaluation withdraws the ward's requests for comments not yet begun: the workplace asks where the member lives now.
    await scope.publish('MemberLeftResidence', 'evaluation', left);
    return ended;
  });
}
