import { isUuid } from '@twoway/platform';
import { inForceOn } from '@twoway/org-tree';
import { MutationErrorCode, Refusal, refuse, requireActingFor, runMutation, type MutationResult, type UserError } from '@twoway/subgraph-runtime';
import type { AttendanceStatus, MeetingKind } from '../generated/resolvers-types.js';
import type { ResidenceContext } from '../context.js';
import { Meeting } from '../entities/meeting.entity.js';
import { MeetingAttendance } from '../entities/meeting-attendance.entity.js';
import { membersRegisteredOn } from '../repositories/meeting.repository.js';

export const MeetingErrorCode = {
  NOT_A_RESIDENCE_ORGANIZATION: 'NOT_A_RESIDENCE_ORGANIZATION',
  MEETING_NOT_HELD_YET: 'MEETING_NOT_HELD_YET',
  NOT_REGISTERED_HERE: 'NOT_REGISTERED_HERE',
  DUPLICATE_MEMBER: 'DUPLICATE_MEMBER',
  CONTRIBUTION_TOO_LONG: 'CONTRIBUTION_TOO_LONG',
  NO_ENTRIES: 'NO_ENTRIES',
} as const;

const HOLDERS = ['CELL_COMMITTEE', 'WARD_COMMITTEE'] as const;

/** A cell or ward schedules a meeting, on the node in force on the day it is held. */
export async function scheduleMeeting(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; organizationId: string; kind: MeetingKind; heldOn: string; agenda?: string | null },
): Promise<MutationResult<Meeting>> {
  const organization = isUuid(input.organizationId) ? await ctx.organizations.byId.load(input.organizationId.toLowerCase()) : null;
  if (organization) await requireActingFor(ctx.principal, ctx.organizations, HOLDERS, organization.id);
  return runMutation(ctx, { operation: 'scheduleMeeting', idempotencyKey: input.idempotencyKey, entity: Meeting }, async (scope) => {
    if (!organization) refuse(MutationErrorCode.NOT_FOUND, ['input', 'organizationId'], 'No organisation with this id');
    if (!['RESIDENTIAL_CELL', 'WARD'].includes(organization.kind) || !inForceOn(organization, input.heldOn)) {
      refuse(MeetingErrorCode.NOT_A_RESIDENCE_ORGANIZATION, ['input', 'organizationId'], 'Meetings are held by a residential cell or a ward in force on the day');
    }
    return scope.create(Meeting, {
      id: crypto.randomUUID(),
      organizationId: organization.id,
      kind: input.kind,
      heldOn: input.heldOn,
      agenda: input.agenda?.trim() || null,
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
  if (meeting) await requireActingFor(ctx.principal, ctx.organizations, HOLDERS, meeting.organizationId);
  return runMutation(ctx, { operation: 'recordAttendance', idempotencyKey: input.idempotencyKey, entity: Meeting }, async (scope) => {
    if (!meeting) refuse(MutationErrorCode.NOT_FOUND, ['input', 'meetingId'], 'No meeting with this id');
    await scope.current(Meeting, meeting.id, input.version);
    if (meeting.heldOn > scope.today) refuse(MeetingErrorCode.MEETING_NOT_HELD_YET, ['input', 'meetingId'], 'Attendance is recorded once the meeting has been held');
    if (input.entries.length === 0) refuse(MeetingErrorCode.NO_ENTRIES, ['input', 'entries'], 'Record at least one member');
    const organization = (await ctx.organizations.byId.load(meeting.organizationId))!;
    const memberIds = input.entries.map((entry) => (isUuid(entry.memberId) ? entry.memberId.toLowerCase() : entry.memberId));
    const registered = await membersRegisteredOn(scope.manager, memberIds, organization.path, meeting.heldOn);
    const errors: UserError[] = [];
    const seen = new Set<string>();
    input.entries.forEach((entry, i) => {
      const id = memberIds[i]!;
      if (seen.has(id)) errors.push({ code: MeetingErrorCode.DUPLICATE_MEMBER, field: ['input', 'entries', String(i), 'memberId'], message: 'This member is listed twice' });
      seen.add(id);
      if (!registered.has(id)) errors.push({ code: MeetingErrorCode.NOT_REGISTERED_HERE, field: ['input', 'entries', String(i), 'memberId'], message: 'The member was not registered here on the day of the meeting' });
      if ((entry.contribution?.length ?? 0) > 2000) errors.push({ code: MeetingErrorCode.CONTRIBUTION_TOO_LONG, field: ['input', 'entries', String(i), 'contribution'], message: 'At most 2000 characters' });
    });
    if (errors.length > 0) throw new Refusal(errors);
    await scope.manager
      .createQueryBuilder()
      .insert()
      .into(MeetingAttendance)
      .values(input.entries.map((entry, i) => ({
        meetingId: meeting.id,
        memberId: memberIds[i]!,
        organizationId: meeting.organizationId,
        heldOn: meeting.heldOn,
        status: entry.status,
        contribution: entry.contribution?.trim() || null,
      })))
      .orUpdate(['status', 'contribution'], ['meeting_id', 'member_id'])
      .execute();
    await scope.audit('RECORD_ATTENDANCE', 'Meeting', meeting.id, null, input.entries);
    return scope.updateVersioned(Meeting, meeting, input.version, { agenda: meeting.agenda });
  });
}
