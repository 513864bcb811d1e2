import { GuardedField } from '@twoway/auth';
import { isUuid } from '@twoway/platform';
import { guardedField, listConnection, listOf, nodeById } from '@twoway/subgraph-runtime';
import { expectsIntroduction, residenceDutyOf, type Member as MemberEntity } from '../entities/member.entity.js';
import type { MemberResolvers } from '../generated/resolvers-types.js';

const ofMember = (key: keyof Pick<MemberEntity, 'citizenId' | 'birthDate' | 'partyCardNumber' | 'dossierNumber'>) => (member: MemberEntity) => ({ id: member.id, memberId: member.id, value: member[key] });

export const Member: MemberResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.memberById.load(ref.id.toLowerCase()) : null),
  workplaceCell: async (member, _args, ctx) => (await ctx.organizations.byId.load(member.workplaceCellId))!,
  workplaceOrganization: async (member, _args, ctx) => (await ctx.organizations.byId.load(member.workplaceOrganizationId))!,
  introductionLetters: (member, args, ctx) => listConnection(args, listOf(ctx.loaders.letterPagesByMember, member.id), nodeById(ctx.loaders.letterById)),
  changes: (member, _args, ctx) => ctx.loaders.changesByMember.load(member.id),
  leavingNotices: (member, _args, ctx) => ctx.loaders.leavingNoticesByMember.load(member.id),
  citizenId: guardedField(GuardedField.CITIZEN_ID, 'Member', ofMember('citizenId')) as MemberResolvers['citizenId'],
  birthDate: guardedField(GuardedField.BIRTH_DATE, 'Member', ofMember('birthDate')) as MemberResolvers['birthDate'],
  partyCardNumber: guardedField(GuardedField.PARTY_CARD_NUMBER, 'Member', ofMember('partyCardNumber')) as MemberResolvers['partyCardNumber'],
  dossierNumber: guardedField(GuardedField.DOSSIER_NUMBER, 'Member', ofMember('dossierNumber')) as MemberResolvers['dossierNumber'],
  /** Due: expected at residence and no letter in force (introduction_due_since is kept by every workflow that starts or ends a letter). */
  needsNewIntroduction: (member) => member.introductionDueSince !== null && expectsIntroduction(member),
  introductionDueSince: (member) => (expectsIntroduction(member) ? member.introductionDueSince : null),
  residenceDuty: (member) => residenceDutyOf(member),
  transfers: (member, _args, ctx) => ctx.loaders.transfersByMember.load(member.id),
};
