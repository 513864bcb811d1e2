import type { EventHandler } from '@twoway/subgraph-runtime';
import { MemberStanding } from './entities/member-standing.entity.js';

export const eventHandlers: Record<string, EventHandler> = {
  /** The workplace changed a member's standing (transferred, expelled, …): keep the projection current. */
  MemberStandingChanged: async (scope, { payload }) => {
    const standing = {
      memberId: String(payload.memberId),
      status: String(payload.status),
      workplaceOrganizationId: String(payload.workplaceOrganizationId),
      changedOn: String(payload.changedOn),
    };
    await scope.manager.upsert(MemberStanding, standing, ['memberId']);
    await scope.audit('PROJECT', 'MemberStanding', standing.memberId, null, standing);
  },
};
