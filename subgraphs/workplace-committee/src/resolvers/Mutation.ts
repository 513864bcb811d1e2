import { createOrganizationUnit, endOrganizationUnit } from '@twoway/subgraph-runtime';
import { treeKeeping } from '../../../../topology.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { issueIntroductionLetter, presentIntroductionLetter } from '../workflows/introduction-letter.workflow.js';
import { reportMemberChange } from '../workflows/member-change.workflow.js';
import { admitMember } from '../workflows/admission.workflow.js';
import { receiveTransferredMember, transferMemberOut } from '../workflows/transfer.workflow.js';
import { retireMember } from '../workflows/retirement.workflow.js';

export const Mutation: MutationResolvers = {
  createWorkplaceOrganization: async (_root, { input }, ctx) => {
    const { result, userErrors } = await createOrganizationUnit(ctx, treeKeeping('workplace-committee'), input);
    return { organization: result, userErrors };
  },
  endWorkplaceOrganization: async (_root, { input }, ctx) => {
    const { result, userErrors } = await endOrganizationUnit(ctx, treeKeeping('workplace-committee'), input);
    return { organization: result, userErrors };
  },
  issueIntroductionLetter: async (_root, { input }, ctx) => {
    const { result, userErrors } = await issueIntroductionLetter(ctx, input);
    return { introductionLetter: result, userErrors };
  },
  reportMemberChange: async (_root, { input }, ctx) => {
    const { result, userErrors } = await reportMemberChange(ctx, input);
    return { member: result, userErrors };
  },
  admitMember: async (_root, { input }, ctx) => {
    const { result, userErrors } = await admitMember(ctx, input);
    return { member: result, userErrors };
  },
  transferMemberOut: async (_root, { input }, ctx) => {
    const { result, userErrors } = await transferMemberOut(ctx, input);
    return { memberTransfer: result, userErrors };
  },
  receiveTransferredMember: async (_root, { input }, ctx) => {
    const { result, userErrors } = await receiveTransferredMember(ctx, input);
    return { memberTransfer: result, userErrors };
  },
  retireMember: async (_root, { input }, ctx) => {
    const { result, userErrors } = await retireMember(ctx, input);
    return { member: result, userErrors };
  },
  presentIntroductionLetter: async (_root, { input }, ctx) => {
    const { result, userErrors } = await presentIntroductionLetter(ctx, input);
    return { introductionLetter: result, userErrors };
  },
};
