import type { Resolvers } from '../generated/resolvers-types.js';
import { IntroductionLetter } from './IntroductionLetter.js';
import { Member } from './Member.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { MemberTransfer } from './MemberTransfer.js';
import { OrganizationStatistics } from '../statistics.js';
import type { DisagreementResolvers } from '../generated/resolvers-types.js';

const Disagreement: DisagreementResolvers = {
  member: async (d, _args, ctx) => (await ctx.loaders.memberById.load(d.memberId))!,
};
import { ChangeNotice, MemberChange, ResidenceLeavingNotice } from './ChangeNotice.js';

export const resolvers: Resolvers = { Query, Mutation, Member, IntroductionLetter, Organization, ChangeNotice, MemberChange, ResidenceLeavingNotice, MemberTransfer, Disagreement, OrganizationStatistics };
