import { createOrganizationUnit, endOrganizationUnit } from '@twoway/subgraph-runtime';
import { treeKeeping } from '../../../../topology.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { assignToResidentialCell, receiveIntroductionLetter, returnIntroductionLetter } from '../workflows/introduction.workflow.js';
import { recordAttendance, scheduleMeeting, sendMeetingExcuse } from '../workflows/meeting.workflow.js';
import { acknowledgeChangeNotice, reportLeavingResidence } from '../workflows/change-notice.workflow.js';

export const Mutation: MutationResolvers = {
  createResidenceOrganization: async (_root, { input }, ctx) => {
    const { result, userErrors } = await createOrganizationUnit(ctx, treeKeeping('residence-committee'), input);
    return { organization: result, userErrors };
  },
  endResidenceOrganization: async (_root, { input }, ctx) => {
    const { result, userErrors } = await endOrganizationUnit(ctx, treeKeeping('residence-committee'), input);
    return { organization: result, userErrors };
  },
  receiveIntroductionLetter: async (_root, { input }, ctx) => {
    const { result, userErrors } = await receiveIntroductionLetter(ctx, input);
    return { residenceRegistration: result, userErrors };
  },
  returnIntroductionLetter: async (_root, { input }, ctx) => {
    const { result, userErrors } = await returnIntroductionLetter(ctx, input);
    return { letterReceipt: result, userErrors };
  },
  assignToResidentialCell: async (_root, { input }, ctx) => {
    const { result, userErrors } = await assignToResidentialCell(ctx, input);
    return { residenceRegistration: result, userErrors };
  },
  scheduleMeeting: async (_root, { input }, ctx) => {
    const { result, userErrors } = await scheduleMeeting(ctx, input);
    return { meeting: result, userErrors };
  },
  recordAttendance: async (_root, { input }, ctx) => {
    const { result, userErrors } = await recordAttendance(ctx, input);
    return { meeting: result, userErrors };
  },
  acknowledgeChangeNotice: async (_root, { input }, ctx) => {
    const { result, userErrors } = await acknowledgeChangeNotice(ctx, input);
    return { changeNoticeAcknowledgement: result, userErrors };
  },
  reportLeavingResidence: async (_root, { input }, ctx) => {
    const { result, userErrors } = await reportLeavingResidence(ctx, input);
    return { residenceRegistration: result, userErrors };
  },
  sendMeetingExcuse: async (_root, { input }, ctx) => {
    const { result, userErrors } = await sendMeetingExcuse(ctx, input);
    return { meetingAttendance: result, userErrors };
  },
};
