import { addDays } from '@twoway/platform';
import { randomFor, stableId, tookPart, type DemoScenario } from '@twoway/demo-data';
import type { CommentPurpose, CommentRequestStatus, NoResidenceCommentReason, Recommendation } from '../generated/resolvers-types.js';
import { OPEN_REQUEST_STATUSES } from '../events.js';
import { recommendationOf } from '../entities/comment-form.entity.js';

/** A request still waiting on someone: what a member's leaving cancels. */
const OPEN = new Set<CommentRequestStatus>(OPEN_REQUEST_STATUSES);

/** A comment request as the evaluation subgraph keeps it (`comment_request`). */
export interface CommentRequestRecord {
  id: string;
  memberId: string;
  purpose: CommentPurpose;
  year: number | null;
  workplaceOrganizationId: string;
  workplaceCellId: string;
  wardId: string | null;
  cellId: string | null;
  requestedOn: string;
  /** When the ward received the request and assigned its cell; null while it is only sent. */
  receivedOn: string | null;
  dueOn: string;
  status: CommentRequestStatus;
}

/** The residence's signed comment form (`comment_form` and its assessments). */
export interface CommentFormRecord {
  id: string;
  requestId: string;
  memberId: string;
  year: number | null;
  /** Code of the criteria set the form was written against (reference data of this subgraph). */
  criteriaSetCode: string;
  /** Level 1..3 for each criterion, in criterion order. */
  levels: number[];
  recommendation: Recommendation;
  remarks: string | null;
  cellId: string;
  wardId: string;
  draftedOn: string;
  signedOn: string;
  signedBy: string;
  certifiedOn: string | null;
  certifiedBy: string | null;
  returnedOn: string | null;
}

export interface AnnualReviewRecord {
  id: string;
  memberId: string;
  year: number;
  score: number;
  decidedOn: string;
  workplaceCellId: string;
  commentFormId: string | null;
  /** Why there is no residence comment: set exactly when `commentFormId` is null. */
  withoutResidenceComment: NoResidenceCommentReason | null;
  withoutResidenceCommentNote: string | null;
}

const REMARKS_ENGAGED = [
  'Gương mẫu, tích cực tham gia các hoạt động của khu dân cư.',
  'Giữ mối liên hệ thường xuyên với chi ủy và tổ dân phố; có nhiều ý kiến đóng góp.',
  'Gia đình thực hiện tốt quy ước của khu dân cư.',
];
const REMARKS_DISENGAGED = [
  'Chưa tham gia đầy đủ sinh hoạt tại nơi cư trú.',
  'Ít liên hệ với chi ủy nơi cư trú; đề nghị cơ quan nhắc nhở.',
  'Tham gia sinh hoạt còn hình thức, đi muộn, về sớm.',
];

const id = (kind: string, key: string | number) => stableId(`${kind}:${key}`);
const yearOf = (date: string) => Number(date.slice(0, 4));


/**
 * The evaluation subgraph's demo rows: an annual comment request before each
 * year's review for every member assigned to a residential cell, the cell's
 * form (its participation level from the year's attendance in the story), and
 * the reviews. Each record draws from a generator of its own, so it keeps its
 * values whichever day the data is built for.
 */
export function evaluationDemoRows(scenario: Pick<DemoScenario, 'today' | 'members' | 'engaged' | 'residences' | 'attendances'>) {
  const { today, members, engaged: engagedMembers, residences } = scenario;
  const attendanceRate = new Map<string, { held: number; attended: number }>();
  for (const attendance of scenario.attendances) {
    const key = `${attendance.memberId}:${yearOf(attendance.heldOn)}`;
    const rate = attendanceRate.get(key) ?? { held: 0, attended: 0 };
    rate.held += 1;
    rate.attended += tookPart(attendance.presence) ? 1 : 0;
    attendanceRate.set(key, rate);
  }

  const commentRequests: CommentRequestRecord[] = [];
  const commentForms: CommentFormRecord[] = [];
  const annualReviews: AnnualReviewRecord[] = [];
  const thisYear = yearOf(today);
  for (let year = thisYear - 2; year <= thisYear; year += 1) {
    const requestedOn = `${year}-10-20`;
    const dueOn = `${year}-11-20`;
    const decidedOn = `${year}-12-20`;
    if (requestedOn > today) continue;
    const formOf = new Map<string, CommentFormRecord>();
    for (const residence of residences) {
      if (residence.assignedOn === null || residence.assignedOn > requestedOn) continue;
      if (residence.endedOn !== null && residence.endedOn <= requestedOn) continue;
      const member = members.find((m) => m.id === residence.memberId);
      if (!member) continue; // listed at the residence only
      const request: CommentRequestRecord = {
        id: id('comment-request', `${member.id}:${year}`),
        memberId: member.id,
        purpose: 'ANNUAL',
        year,
        workplaceOrganizationId: member.workplaceOrganizationId,
        workplaceCellId: member.workplaceCellId,
        wardId: residence.wardId,
        cellId: residence.cellId,
        requestedOn,
        receivedOn: null,
        dueOn,
        status: 'SENT',
      };
      commentRequests.push(request);
      if (member.exemption !== null) {
        request.status = 'WAIVED';
        continue;
      }
      const engaged = engagedMembers.get(member.id) === true;
      const draw = randomFor(`comment:${request.id}`);
      if (!engaged && draw.chance(0.1)) continue; // never answered: overdue once the due date passes
      const draftedOn = addDays(requestedOn, draw.int(5, engaged ? 25 : 40));
      const signedOn = addDays(draftedOn, draw.int(1, 4));
      const certifiedOn = addDays(signedOn, draw.int(1, 5));
      const returnedOn = addDays(certifiedOn, draw.int(1, 3));
      // The ward receives a request three days after it is sent, before any draft (drafts come five days or more after).
      const receivedOn = addDays(requestedOn, 3);
      if (receivedOn > today) continue;
      request.receivedOn = receivedOn;
      if (signedOn > today) {
        request.status = draftedOn <= today ? 'DRAFTED' : 'RECEIVED';
        continue;
      }
      const rate = attendanceRate.get(`${member.id}:${year}`);
      const share = rate && rate.held > 0 ? rate.attended / rate.held : 0;
      const participation = share >= 0.8 ? 1 : share >= 0.4 ? 2 : 3;
      const level = () => (engaged ? draw.int(1, 2) : draw.int(2, 3));
      const [example, conduct, solidarity, duties] = [level(), level(), level(), level()];
      // Drawn whatever the attendance, so the draws after it do not depend on which meetings the day's data holds.
      const roll = draw.next();
      const recommendation = engaged && roll < 0.15 ? 1 : !engaged && share === 0 && roll < 0.35 ? 3 : 2;
      const officers = residence.officers!;
      const form: CommentFormRecord = {
        id: id('comment-form', request.id),
        requestId: request.id,
        memberId: member.id,
        year,
        criteriaSetCode: 'QD213-2020-STANDARD',
        levels: [example, conduct, participation, solidarity, duties, recommendation],
        recommendation: recommendationOf(recommendation),
        remarks: draw.pick(engaged ? REMARKS_ENGAGED : REMARKS_DISENGAGED),
        cellId: residence.cellId!,
        wardId: residence.wardId,
        draftedOn,
        signedOn,
        signedBy: officers.secretary,
        certifiedOn: certifiedOn <= today ? certifiedOn : null,
        certifiedBy: certifiedOn <= today ? officers.wardCertifier : null,
        returnedOn: returnedOn <= today ? returnedOn : null,
      };
      request.status = form.returnedOn ? 'RETURNED' : form.certifiedOn ? 'CERTIFIED' : 'SIGNED';
      commentForms.push(form);
      formOf.set(member.id, form);
    }
    if (decidedOn > today) continue;
    for (const member of members) {
      if (member.admissionDate > `${year}-06-30` || member.membershipEnded !== null) continue;
      // Members the story does not follow at a residence count as engaged.
      const engaged = engagedMembers.get(member.id) !== false;
      const draw = randomFor(`review:${member.id}:${year}`);
      const score = Math.max(30, Math.min(98, engaged ? draw.int(70, 96) : draw.int(45, 85)));
      const form = formOf.get(member.id);
      const usable = form?.returnedOn != null && form.returnedOn <= decidedOn ? form : null;
      const asked = commentRequests.some((r) => r.memberId === member.id && r.year === year && r.status !== 'WAIVED');
      annualReviews.push({
        id: id('annual-review', `${member.id}:${year}`),
        memberId: member.id,
        year,
        score,
        decidedOn,
        workplaceCellId: member.workplaceCellId,
        commentFormId: usable?.id ?? null,
        withoutResidenceComment: usable ? null : member.exemption !== null ? 'EXEMPT' : asked ? 'RESIDENCE_DID_NOT_ANSWER' : 'NOT_REGISTERED_AT_RESIDENCE',
        withoutResidenceCommentNote: null,
      });
      if (usable) {
        const request = commentRequests.find((r) => r.id === usable.requestId);
        if (request) request.status = 'USED_IN_REVIEW';
      }
    }
  }
  // A member's leaving (MemberLeftParty) reaches evaluation at once and cancels their open requests: none is left open.
  const left = new Set(members.filter((m) => m.membershipEnded !== null).map((m) => m.id));
  for (const request of commentRequests) {
    if (left.has(request.memberId) && OPEN.has(request.status)) request.status = 'CANCELLED';
  }
  return { commentRequests, commentForms, annualReviews };
}
