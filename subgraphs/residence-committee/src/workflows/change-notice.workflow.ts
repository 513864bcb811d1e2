import { isUuid } from '@twoway/platform';
import { MutationErrorCode, Refusal, keepRefusal, refuse, requireActingFor, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { ResidenceContext } from '../context.js';
import { ChangeNoticeAcknowledgement } from '../entities/change-notice-acknowledgement.entity.js';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';
import { findOpenRegistrationsAtWard, findRegistration } from '../repositories/residence-registration.repository.js';
import { isAcknowledged } from '../repositories/change-notice-acknowledgement.repository.js';

export const ChangeNoticeErrorCode = {
  ALREADY_ACKNOWLEDGED: 'ALREADY_ACKNOWLEDGED',
  REGISTRATION_ENDED: 'REGISTRATION_ENDED',
  REASON_REQUIRED: 'REASON_REQUIRED',
} as const;

/** Items that take a member off the ward's list. */
const ENDS_REGISTRATION = new Set(['TRANSFERRED', 'EXPELLED', 'REMOVED', 'DECEASED', 'RESIDENCE_CHANGED']);

interface OwnersNotice {
  changeNotice: { id: string; ward: { id: string }; items: { changeType: string; member: { id: string } }[] } | null;
}

/** The ward acknowledges a change notice and ends the registrations it concerns. */
export async function acknowledgeChangeNotice(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; changeNoticeId: string },
): Promise<MutationResult<ChangeNoticeAcknowledgement>> {
  const notice = isUuid(input.changeNoticeId)
    ? await keepRefusal(ctx.federation.query<OwnersNotice>(
        'query NoticeToAcknowledge($id: ID!) { changeNotice(id: $id) { id ward { id } items { changeType member { id } } } }', { id: input.changeNoticeId }))
    : null;
  const found = notice && !(notice instanceof Refusal) ? notice.changeNotice : null;
  if (found) await requireActingFor(ctx.principal, ctx.organizations, ['WARD_COMMITTEE'], found.ward.id);
  return runMutation(ctx, { operation: 'acknowledgeChangeNotice', idempotencyKey: input.idempotencyKey, entity: ChangeNoticeAcknowledgement }, async (scope) => {
    if (notice instanceof Refusal) throw notice;
    if (!found) refuse(MutationErrorCode.NOT_FOUND, ['input', 'changeNoticeId'], 'No change notice with this id');
    if (await isAcknowledged(scope.manager, found.id)) {
      refuse(ChangeNoticeErrorCode.ALREADY_ACKNOWLEDGED, ['input', 'changeNoticeId'], 'The ward has already acknowledged this notice');
    }
    const leaving = new Map(found.items.filter((item) => ENDS_REGISTRATION.has(item.changeType)).map((item) => [item.member.id, item.changeType]));
    const open = leaving.size === 0 ? [] : await findOpenRegistrationsAtWard(scope.manager, [...leaving.keys()], found.ward.id);
    for (const registration of open) {
      await scope.updateVersioned(ResidenceRegistration, registration, registration.version, { status: 'ENDED', endedOn: scope.today, endReason: leaving.get(registration.memberId)! });
    }
    await scope.publish('ChangeNoticeAcknowledged', 'workplace-committee', { changeNoticeId: found.id, acknowledgedOn: scope.today });
    return scope.create(ChangeNoticeAcknowledgement, { id: found.id, wardId: found.ward.id, acknowledgedOn: scope.today, endedRegistrationIds: open.map((r) => r.id) });
  });
}

/** The cell or ward reports that the member no longer lives here. */
export async function reportLeavingResidence(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; registrationId: string; version: number; reason: string },
): Promise<MutationResult<ResidenceRegistration>> {
  const registration = isUuid(input.registrationId) ? await findRegistration(ctx.dataSource, input.registrationId.toLowerCase()) : null;
  if (registration) await requireActingFor(ctx.principal, ctx.organizations, ['CELL_COMMITTEE', 'WARD_COMMITTEE'], registration.cellId ?? registration.wardId);
  return runMutation(ctx, { operation: 'reportLeavingResidence', idempotencyKey: input.idempotencyKey, entity: ResidenceRegistration }, async (scope) => {
    if (!registration) refuse(MutationErrorCode.NOT_FOUND, ['input', 'registrationId'], 'No registration with this id');
    const current = await scope.current(ResidenceRegistration, registration.id, input.version);
    if (current.status === 'ENDED') refuse(ChangeNoticeErrorCode.REGISTRATION_ENDED, ['input', 'registrationId'], 'The registration has already ended');
    const reason = input.reason.trim();
    if (reason.length < 3) refuse(ChangeNoticeErrorCode.REASON_REQUIRED, ['input', 'reason'], 'Say why the member no longer lives here');
    const ended = await scope.updateVersioned(ResidenceRegistration, current, input.version, { status: 'ENDED', endedOn: scope.today, endReason: 'LEFT_RESIDENCE' });
    await scope.publish('MemberLeftResidence', 'workplace-committee', {
      noticeId: crypto.randomUUID(), memberId: registration.memberId, wardId: registration.wardId, reportedOn: scope.today, reason,
    });
    return ended;
  });
}
