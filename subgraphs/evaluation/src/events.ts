import { In } from 'typeorm';
import type { EventHandler } from '@twoway/subgraph-runtime';
import { CommentRequest } from './entities/comment-request.entity.js';

/** Requests still waiting for the residence. */
export const OPEN_REQUEST_STATUSES = ['SENT', 'RECEIVED', 'DRAFTED', 'SIGNED', 'CERTIFIED'] as const;
/** Open requests whose comments the residence has not begun to write. */
const NOT_BEGUN_STATUSES = ['SENT', 'RECEIVED'] as const;

/** Cancels the member's open requests; returned forms and reviews stay with the member. */
const cancelOpenRequests: EventHandler = async (scope, { payload }) => {
  const open = await scope.manager.findBy(CommentRequest, { memberId: String(payload.memberId), status: In([...OPEN_REQUEST_STATUSES]) });
  for (const request of open) await scope.updateVersioned(CommentRequest, request, request.version, { status: 'CANCELLED' });
};

export const eventHandlers: Record<string, EventHandler> = {
  /**
   * The member left the workplace's care: transferred out (TRANSFERRED), retired
   * into their residential cell (RETIRED), expelled, removed or deceased.
   */
  MemberLeftParty: cancelOpenRequests,
  /** The member went on special duty: introduced nowhere, no residence comments on them (Hướng dẫn 33). */
  MemberNotIntroduced: cancelOpenRequests,
  /**
   * The member no longer lives in the ward (the ward reported them gone, or
   * another ward received them): its requests for comments on them that no
   * cell has begun to write are cancelled, so the workplace can ask the
   * residence where they live now (one annual request per year). Comments a
   * cell has drafted go on: they speak of the member's time there.
   */
  MemberLeftResidence: async (scope, { payload }) => {
    const open = await scope.manager.findBy(CommentRequest, { memberId: String(payload.memberId), wardId: String(payload.wardId), status: In([...NOT_BEGUN_STATUSES]) });
    for (const request of open) await scope.updateVersioned(CommentRequest, request, request.version, { status: 'CANCELLED' });
  },
};
