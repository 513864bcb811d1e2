import { isUuid } from '@twoway/platform';
import { inForceOn } from '@twoway/org-tree';
import {
  MutationErrorCode, Refusal, refuse, refuseTooLong, requireActingFor, requireMemberThemself, runMutation, tooLong, type MutationResult, type RefusedRule,
} from '@twoway/subgraph-runtime';
import type { AttendanceStatus, MeetingKind } from '../generated/resolvers-types.js';
import type { ResidenceContext } from '../context.js';
import { Meeting } from '../entities/meeting.entity.js';
import { MeetingAttendance } from '../entities/meeting-attendance.entity.js';
import { lockMeeting, membersRegisteredOn } from '../repositories/meeting.repository.js';

export const MeetingErrorCode = {
  NOT_A_RESIDENCE_ORGANIZATION: 'NOT_A_RESIDENCE_ORGANIZATION',
  MEETING_NOT_HELD_YET: 'MEETING_NOT_HELD_YET',
  NOT_REGISTERED_HERE: 'NOT_REGISTERED_HERE',
  DUPLICATE_MEMBER: 'DUPLICATE_MEMBER',
  CONTRIBUTION_TOO_LONG: 'CONTRIBUTION_TOO_LONG',
  NO_ENTRIES: 'NO_ENTRIES',
  MEETING_ALREADY_HELD: 'MEETING_ALREADY_HELD',
  REASON_REQUIRED: 'REASON_REQUIRED',
  AGENDA_TOO_LONG: 'AGENDA_TOO_LONG',
  HELD_BY_THE_CELL: 'HELD_BY_THE_CELL',
} as const;

const NO_MEETING = { vi: 'Không có buổi sinh hoạt nào với mã này', en: 'No meeting with this id' };

/** How long a member's excuse may be (sendMeetingExcuse). */
const EXCUSE_LENGTH = { min: 3, max: 500 };

/**
 * How long a meeting's agenda, and a member's contribution at it, may be: a
 * few pages of a cell's plan (the columns are `text`, so this is the only
 * bound), in characters (code points, as PostgreSQL counts them).
 */
const TEXT_MAX_LENGTH = 2000;

const HOLDERS = ['CELL_COMMITTEE', 'WARD_COMMITTEE'] as const;

const NOT_REGISTERED_ON_THE_DAY = {
  vi: 'Đảng viên không đăng ký sinh hoạt tại chi bộ, đảng bộ này vào ngày họp',
  en: 'The member was not registered here on the day of the meeting',
};

/** A cell or ward schedules a meeting, on the node in force on the day it is held. */
export async function scheduleMeeting(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; organizationId: string; kind: MeetingKind; heldOn: string; agenda?: string | null },
): Promise<MutationResult<Meeting>> {
  const organization = isUuid(input.organizationId) ? await ctx.organizations.byId.load(input.organizationId.toLowerCase()) : null;
  if (organization) await requireActingFor(ctx, HOLDERS, organization.id);
  return runMutation(ctx, { operation: 'scheduleMeeting', idempotencyKey: input.idempotencyKey, entity: Meeting }, async (scope) => {
    if (!organization) refuse(MutationErrorCode.NOT_FOUND, ['input', 'organizationId'], { vi: 'Không có tổ chức nào với mã này', en: 'No organisation with this id' });
    if (!['RESIDENTIAL_CELL', 'WARD'].includes(organization.kind) || !inForceOn(organization, input.heldOn)) {
      refuse(MeetingErrorCode.NOT_A_RESIDENCE_ORGANIZATION, ['input', 'organizationId'], {
        vi: 'Buổi sinh hoạt do chi bộ khu dân cư hoặc đảng ủy phường đang hoạt động vào ngày họp tổ chức',
        en: 'Meetings are held by a residential cell or a ward in force on the day',
      });
    }
    // Quy định 213, Art. 4: the residential cell meets its two-way members every six months; the ward holds other meetings.
    if (input.kind === 'SEMI_ANNUAL_TWO_WAY' && organization.kind !== 'RESIDENTIAL_CELL') {
      refuse(MeetingErrorCode.HELD_BY_THE_CELL, ['input', 'kind'], {
        vi: 'Buổi sinh hoạt định kỳ 6 tháng với đảng viên sinh hoạt hai chiều do chi bộ khu dân cư tổ chức, không do đảng ủy phường',
        en: 'The six-monthly meeting with two-way members is held by the residential cell, not by the ward',
      });
    }
    const agenda = input.agenda?.trim() || null;
    refuseTooLong(agenda, TEXT_MAX_LENGTH, MeetingErrorCode.AGENDA_TOO_LONG, ['input', 'agenda'], { vi: 'Nội dung sinh hoạt', en: 'The agenda' });
    return scope.create(Meeting, {
      id: crypto.randomUUID(),
      organizationId: organization.id,
      kind: input.kind,
      heldOn: input.heldOn,
      agenda,
      version: 1,
    });
  });
}

/**
 * Records attendance at a held meeting. Each member must be registered
 * (active) in the meeting's cell or ward on the day; recording a member again
 * corrects their entry. One transaction for the whole list.
 */
export async function recordAttendance(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; meetingId: string; version: number; entries: { memberId: string; status: AttendanceStatus; contribution?: string | null }[] },
): Promise<MutationResult<Meeting>> {
  const meeting = isUuid(input.meetingId) ? await ctx.loaders.meetingById.load(input.meetingId.toLowerCase()) : null;
  if (meeting) await requireActingFor(ctx, HOLDERS, meeting.organizationId);
  return runMutation(ctx, { operation: 'recordAttendance', idempotencyKey: input.idempotencyKey, entity: Meeting }, async (scope) => {
    if (!meeting) refuse(MutationErrorCode.NOT_FOUND, ['input', 'meetingId'], NO_MEETING);
    // Locked as sendMeetingExcuse locks it: an excuse sent meanwhile waits, then finds the attendance recorded.
    const current = await scope.current(Meeting, meeting.id, input.version, { lock: true });
    if (current.heldOn > scope.today) {
      refuse(MeetingErrorCode.MEETING_NOT_HELD_YET, ['input', 'meetingId'], {
        vi: 'Chỉ điểm danh sau khi buổi sinh hoạt đã diễn ra',
        en: 'Attendance is recorded once the meeting has been held',
      });
    }
    if (input.entries.length === 0) refuse(MeetingErrorCode.NO_ENTRIES, ['input', 'entries'], { vi: 'Hãy ghi ít nhất một đảng viên', en: 'Record at least one member' });
    const organization = (await ctx.organizations.byId.load(meeting.organizationId))!;
    const memberIds = input.entries.map((entry) => (isUuid(entry.memberId) ? entry.memberId.toLowerCase() : entry.memberId));
    const registered = await membersRegisteredOn(scope.manager, memberIds, organization.path, meeting.heldOn);
    const errors: RefusedRule[] = [];
    const seen = new Set<string>();
    input.entries.forEach((entry, i) => {
      const id = memberIds[i]!;
      const field = (name: string) => ['input', 'entries', String(i), name];
      if (seen.has(id)) errors.push({ code: MeetingErrorCode.DUPLICATE_MEMBER, field: field('memberId'), message: { vi: 'Đảng viên này được ghi hai lần', en: 'This member is listed twice' } });
      seen.add(id);
      if (!registered.has(id)) {
        errors.push({ code: MeetingErrorCode.NOT_REGISTERED_HERE, field: field('memberId'), message: NOT_REGISTERED_ON_THE_DAY });
      }
      const contribution = tooLong(entry.contribution?.trim(), TEXT_MAX_LENGTH, MeetingErrorCode.CONTRIBUTION_TOO_LONG, field('contribution'), { vi: 'Ý kiến đóng góp', en: 'The contribution' });
      if (contribution) errors.push(contribution);
    });
    if (errors.length > 0) throw new Refusal(errors);
    // The cell's word is the record: a member's excuse stays with an entry the cell keeps EXCUSED, and goes otherwise.
    await scope.manager.query(
      `INSERT INTO meeting_attendance (meeting_id, member_id, organization_id, held_on, status, contribution)
       SELECT $1, e.member_id, $2, $3, e.status, e.contribution FROM unnest($4::uuid[], $5::text[], $6::text[]) AS e(member_id, status, contribution)
       ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = EXCLUDED.status, contribution = EXCLUDED.contribution,
         excuse_reason = CASE WHEN EXCLUDED.status = 'EXCUSED' THEN meeting_attendance.excuse_reason END`,
      [meeting.id, meeting.organizationId, meeting.heldOn, memberIds, input.entries.map((e) => e.status), input.entries.map((e) => e.contribution?.trim() || null)],
    );
    await scope.audit('RECORD_ATTENDANCE', 'Meeting', meeting.id, null, input.entries);
    // The first recording makes the meeting held in the figures; a correction keeps that day.
    return scope.updateVersioned(Meeting, current, input.version, { attendanceRecordedOn: current.attendanceRecordedOn ?? scope.today });
  });
}

/**
 * A member excuses themself from a meeting of their cell or ward before it is
 * held (the member-handbook app's "xin vắng"): an EXCUSED entry with their
 * reason. Up to the meeting day itself, unless the cell has already recorded
 * attendance; the cell may still correct the entry when it records
 * attendance. Sent again, the excuse replaces the earlier one.
 */
export async function sendMeetingExcuse(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; meetingId: string; reason: string },
): Promise<MutationResult<MeetingAttendance>> {
  requireMemberThemself(ctx, ctx.principal.memberId ?? '');
  const memberId = ctx.principal.memberId!.toLowerCase();
  const meeting = isUuid(input.meetingId) ? await ctx.loaders.meetingReached.load(input.meetingId.toLowerCase()) : null;
  return runMutation(ctx, { operation: 'sendMeetingExcuse', idempotencyKey: input.idempotencyKey, entity: MeetingAttendance }, async (scope) => {
    if (!meeting) refuse(MutationErrorCode.NOT_FOUND, ['input', 'meetingId'], NO_MEETING);
    // An excuse sent while the cell records attendance waits for it, and then finds it recorded.
    const { attendanceRecorded } = await lockMeeting(scope.manager, meeting.id);
    if (meeting.heldOn < scope.today || (meeting.heldOn === scope.today && attendanceRecorded)) {
      refuse(MeetingErrorCode.MEETING_ALREADY_HELD, ['input', 'meetingId'], {
        vi: 'Buổi sinh hoạt đã diễn ra; chỉ xin vắng trước khi họp',
        en: 'The meeting has already been held; excuses are sent before it',
      });
    }
    const organization = (await ctx.organizations.byId.load(meeting.organizationId))!;
    if (!(await membersRegisteredOn(scope.manager, [memberId], organization.path, scope.today)).has(memberId)) {
      refuse(MeetingErrorCode.NOT_REGISTERED_HERE, ['input', 'meetingId'], {
        vi: 'Đồng chí không đăng ký sinh hoạt tại chi bộ, đảng bộ tổ chức buổi họp này',
        en: 'You are not registered in the cell or ward holding this meeting',
      });
    }
    const reason = input.reason.trim();
    if (reason.length < EXCUSE_LENGTH.min || reason.length > EXCUSE_LENGTH.max) {
      refuse(MeetingErrorCode.REASON_REQUIRED, ['input', 'reason'], {
        vi: `Hãy ghi lý do xin vắng, từ ${EXCUSE_LENGTH.min} đến ${EXCUSE_LENGTH.max} ký tự`,
        en: `Give the reason for the excuse, ${EXCUSE_LENGTH.min} to ${EXCUSE_LENGTH.max} characters`,
      });
    }
    const entry = { meetingId: meeting.id, memberId, organizationId: meeting.organizationId, heldOn: meeting.heldOn, status: 'EXCUSED' as const, contribution: null, excuseReason: reason };
    await scope.manager.upsert(MeetingAttendance, entry, ['meetingId', 'memberId']);
    await scope.audit('SEND_EXCUSE', 'Meeting', meeting.id, null, { memberId, reason });
    return scope.manager.findOneByOrFail(MeetingAttendance, { meetingId: meeting.id, memberId });
  });
}
