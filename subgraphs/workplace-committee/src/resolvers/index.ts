import { IntroductionLetter } from './IntroductionLetter.js';
import { Member } from './Member.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { MemberTransfer } from './MemberTransfer.js';
import { ChangeNotice, MemberChange, ResidenceLeavingNotice } from './ChangeNotice.js';
import { OrganizationStatistics } from '../statistics.js';
import type { DisagreementResolvers, Resolvers } from '../generated/resolvers-types.js';
import type { Member as MemberEntity } from '../entities/member.entity.js';

const Disagreement: DisagreementResolvers = {
  member: async (d, _args, ctx) => (await ctx.loaders.memberNamed.load(d.memberId))!,
  // Through the reach, like any member record: another agency's record in the clash stays out of sight.
  relatedMembers: async (d, _args, ctx) => (await Promise.all(d.relatedMemberIds.map((id) => ctx.loaders.memberById.load(id)))).filter((m): m is MemberEntity => m !== null),
};

export const resolvers: Resolvers = { Query, Mutation, Member, IntroductionLetter, Organization, ChangeNotice, MemberChange, ResidenceLeavingNotice, MemberTransfer, Disagreement, OrganizationStatistics };
