import { refuse, type EventHandler } from '@twoway/subgraph-runtime';
import type { MemberStanding, ResidenceDuty } from './entities/member-standing.entity.js';
import { ResidenceRegistration } from './entities/residence-registration.entity.js';
import { findOpenRegistrationsOfMember } from './repositories/residence-registration.repository.js';
import { projectStanding } from './repositories/member-standing.repository.js';

const DUTIES: ReadonlySet<string> = new Set<ResidenceDuty>(['TWO_WAY', 'EXEMPT', 'NOT_INTRODUCED', 'OFFICIAL_AT_RESIDENCE', 'NONE']);

/**
 * The duty an event states; an event from before duties were sent (still in an
 * outbox) implies it from the status: two-way while active, nothing otherwise.
 */
function dutyOf(payload: Record<string, unknown>): ResidenceDuty {
  const stated = payload.residenceDuty;
  if (typeof stated === 'string' && DUTIES.has(stated)) return stated as ResidenceDuty;
  return payload.status === 'ACTIVE' ? 'TWO_WAY' : 'NONE';
}

export const eventHandlers: Record<string, EventHandler> = {
  /** The workplace changed a member's standing (transferred, retired, exempted, …): keep the projection current. */
  MemberStandingChanged: async (scope, { payload }) => {
    const standing: MemberStanding = {
      memberId: String(payload.memberId),
      status: String(payload.status),
      workplaceOrganizationId: String(payload.workplaceOrganizationId),
      workplaceCellId: typeof payload.workplaceCellId === 'string' ? payload.workplaceCellId : null,
      residenceDuty: dutyOf(payload),
      changedOn: String(payload.changedOn),
    };
    await projectStanding(scope, standing);
  },

  /**
   * The member retired (nghỉ hưu): their official Party activity moves to the
   * residential cell, so their open registration becomes OFFICIAL; the ward
   * keeps listing them. Refused (and left for follow-up) when they have none.
   */
  MemberRetired: async (scope, { payload }) => {
    const memberId = String(payload.memberId);
    const [open] = await findOpenRegistrationsOfMember(scope.manager, memberId);
    if (!open) {
      refuse('NO_OPEN_REGISTRATION', ['memberId'], {
        vi: 'Đảng viên nghỉ hưu không có đăng ký sinh hoạt nơi cư trú nào đang còn hiệu lực',
        en: 'The retired member has no open registration at residence',
      });
    }
    if (open.activity !== 'OFFICIAL') await scope.updateVersioned(ResidenceRegistration, open, open.version, { activity: 'OFFICIAL' });
  },
};
