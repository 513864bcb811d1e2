import { In } from 'typeorm';
import type { EventHandler } from '@twoway/subgraph-runtime';
import { CommentRequest } from './entities/comment-request.entity.js';

/** Requests still waiting for the residence. */
export const OPEN_REQUEST_STATUSES = ['SENT', 'RECEIVED', 'DRAFTED', 'SIGNED', 'CERTIFIED'] as const;

export const eventHandlers: Record<string, EventHandler> = {
  /**
   * The member left the workplace's care: transferred out (TRANSFERRED), retired
   * into their residential cell (RETIRED), expelled, removed or deceased. Open
   * requests are cancelled; returned forms and reviews stay with the member.
   */
  MemberLeftParty: async (scope, { payload }) => {
    const open = await scope.manager.findBy(CommentRequest, { memberId: String(payload.memberId), status: In([...OPEN_REQUEST_STATUSES]) });
    for (const request of open) await scope.updateVersioned(CommentRequest, request, request.version, { status: 'CANCELLED' });
  },
};
