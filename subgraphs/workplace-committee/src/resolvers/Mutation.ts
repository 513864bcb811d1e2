import { createOrganizationUnit, endOrganizationUnit } from '@twoway/subgraph-runtime';
import { treeKeeping } from '../../../../topology.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { issueIntroductionLetter } from '../workflows/introduction-letter.workflow.js';
import { reportMemberChange } from '../workflows/member-change.workflow.js';

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
};
