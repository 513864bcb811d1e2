import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { In, type DataSource } from 'typeorm';
import { OrganizationUnit, findOrganizationUnits } from '@twoway/org-tree';
import { inKeyOrder } from '@twoway/persistence';
import { Member } from '../../../subgraphs/workplace-committee/src/entities/member.entity.js';
import { findMembers } from '../../../subgraphs/workplace-committee/src/repositories/member.repository.js';
import { findLetters } from '../../../subgraphs/workplace-committee/src/repositories/introduction-letter.repository.js';
import { IntroductionLetter } from '../../../subgraphs/workplace-committee/src/entities/introduction-letter.entity.js';
import { findRequests } from '../../../subgraphs/evaluation/src/repositories/comment-request.repository.js';
import { CommentRequest } from '../../../subgraphs/evaluation/src/entities/comment-request.entity.js';
import { ResidenceRegistration } from '../../../subgraphs/residence-committee/src/entities/residence-registration.entity.js';
import { MeetingAttendance } from '../../../subgraphs/residence-committee/src/entities/meeting-attendance.entity.js';
import { MemberStanding } from '../../../subgraphs/residence-committee/src/entities/member-standing.entity.js';
import { findRegistrations, findRegistrationsOfLetters, findRegistrationsOfMembers } from '../../../subgraphs/residence-committee/src/repositories/residence-registration.repository.js';
import { findAttendanceByMemberAndPeriod, periodKey } from '../../../subgraphs/residence-committee/src/repositories/attendance.repository.js';
import { findStandings } from '../../../subgraphs/residence-committee/src/repositories/member-standing.repository.js';
import { AnnualReview } from '../../../subgraphs/evaluation/src/entities/annual-review.entity.js';
import { CommentForm } from '../../../subgraphs/evaluation/src/entities/comment-form.entity.js';
import { CommentFormAssessment } from '../../../subgraphs/evaluation/src/entities/comment-form-assessment.entity.js';
import { Criterion } from '../../../subgraphs/evaluation/src/entities/criterion.entity.js';
import { findReviews, findReviewsOfMembers } from '../../../subgraphs/evaluation/src/repositories/annual-review.repository.js';
import { findAssessmentsOfForms, findForms, findFormsOfMembers, findFormsOfRequests } from '../../../subgraphs/evaluation/src/repositories/comment-form.repository.js';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';

/**
 * The hot loaders read with hand-written SQL rather than TypeORM's repositories (whose query building was
 * most of their CPU): each must give exactly the entities TypeORM gives for the same keys, as instances of
 * the entity with the same properties in the same order (dates as 'YYYY-MM-DD' text, nulls as null), in the
 * order asked, a key not found as null or an empty list. TypeORM's reads, as the loaders did them before,
 * are the reference; the whole demo data set is compared, so every kind of row and every null it has.
 */
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Same entities, same order, and each with its properties in TypeORM's order. */
function expectSameEntities(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  const keysOf = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(keysOf) : value !== null && typeof value === 'object' ? Object.keys(value) : value;
  expect(keysOf(actual)).toEqual(keysOf(expected));
}

/**
 * Whether some rows have the property null and some not: the comparison sees both. (A misnamed column fails the
 * comparison even where the demo data has only nulls or only values: its property would have another name.)
 */
function expectNullsAndValues<T>(rows: T[], property: keyof T): void {
  expect(rows.some((row) => row[property] === null)).toBe(true);
  expect(rows.some((row) => row[property] !== null)).toBe(true);
}

const grouped = <T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string) => keys.map((key) => rows.filter((row) => keyOf(row) === key));

describe('hand-written reads give the entities TypeORM gives', () => {
  const services: Partial<Record<'workplace' | 'residence' | 'evaluation', TestSubgraph>> = {};
  const dataSourceOf = (name: keyof typeof services): DataSource => services[name]!.subgraph.dataSource;
  beforeAll(async () => {
    [services.workplace, services.residence, services.evaluation] = await Promise.all([
      startTestSubgraph('workplaceCommittee'), startTestSubgraph('residenceCommittee'), startTestSubgraph('evaluation'),
    ]);
  });
  afterAll(async () => {
    await Promise.all(Object.values(services).map((service) => service?.close()));
  });

  it('organisation nodes by id, in every subgraph', async () => {
    for (const name of ['workplace', 'residence', 'evaluation'] as const) {
      const dataSource = dataSourceOf(name);
      const units = await dataSource.getRepository(OrganizationUnit).find();
      expectNullsAndValues(units, 'validTo');
      expectNullsAndValues(units, 'successorId');
      const ids = [MISSING, ...units.map((u) => u.id).reverse()];
      expectSameEntities(await findOrganizationUnits(dataSource, ids), inKeyOrder(ids, units, (u) => u.id));
    }
  });

  it('members by id', async () => {
    const dataSource = dataSourceOf('workplace');
    const members = await dataSource.getRepository(Member).find();
    expect(members.length).toBeGreaterThan(10);
    for (const column of ['fullMembershipDate', 'exemptionCategory', 'introductionDueSince'] as const) expectNullsAndValues(members, column);
    const ids = [members[3]!.id, MISSING, ...members.map((m) => m.id)];
    expectSameEntities(await findMembers(dataSource, ids), inKeyOrder(ids, await dataSource.getRepository(Member).findBy({ id: In(ids) }), (m) => m.id));
  });

  it('introduction letters by id', async () => {
    const dataSource = dataSourceOf('workplace');
    const letters = await dataSource.getRepository(IntroductionLetter).find();
    for (const column of ['toCellId', 'presentedOn', 'receivedOn', 'assignedOn', 'returnedOn', 'returnReason', 'endReason', 'endedOn'] as const) {
      expectNullsAndValues(letters, column);
    }
    const ids = [MISSING, ...letters.map((l) => l.id).reverse()];
    expectSameEntities(await findLetters(dataSource, ids), inKeyOrder(ids, letters, (l) => l.id));
  });

  it('comment requests by id', async () => {
    const dataSource = dataSourceOf('evaluation');
    const requests = await dataSource.getRepository(CommentRequest).find();
    // The demo's requests all have a ward and a cell, and none is reminded or overdue yet: a date column with both is enough.
    expectNullsAndValues(requests, 'receivedOn');
    const ids = [MISSING, ...requests.map((r) => r.id).reverse()];
    expectSameEntities(await findRequests(dataSource, ids), inKeyOrder(ids, requests, (r) => r.id));
  });

  it('residence registrations by id, by letter and by member; standings; attendance over a period', async () => {
    const dataSource = dataSourceOf('residence');
    const registrations = dataSource.getRepository(ResidenceRegistration);
    const all = await registrations.find();
    for (const column of ['introductionLetterId', 'cellId', 'assignedOn', 'endedOn', 'endReason'] as const) expectNullsAndValues(all, column);
    const ids = [MISSING, ...all.map((r) => r.id)];
    expectSameEntities(await findRegistrations(dataSource, ids), inKeyOrder(ids, await registrations.findBy({ id: In(ids) }), (r) => r.id));
    const letterIds = [MISSING, ...all.flatMap((r) => (r.introductionLetterId ? [r.introductionLetterId] : []))];
    expectSameEntities(await findRegistrationsOfLetters(dataSource, letterIds),
      inKeyOrder(letterIds, await registrations.findBy({ introductionLetterId: In(letterIds) }), (r) => r.introductionLetterId!));
    const memberIds = [MISSING, ...new Set(all.map((r) => r.memberId))];
    expect(all.length).toBeGreaterThan(memberIds.length - 1); // some members have had more than one registration: their order counts
    expectSameEntities(await findRegistrationsOfMembers(dataSource, memberIds),
      grouped(memberIds, await registrations.find({ where: { memberId: In(memberIds) }, order: { receivedOn: 'DESC', id: 'ASC' } }), (r) => r.memberId));

    const standings = await dataSource.getRepository(MemberStanding).find();
    const standingIds = [MISSING, ...standings.map((s) => s.memberId)];
    expectSameEntities(await findStandings(dataSource, standingIds), inKeyOrder(standingIds, standings, (s) => s.memberId));

    const attendance = await dataSource.getRepository(MeetingAttendance).find();
    expectNullsAndValues(attendance, 'contribution');
    const heldOn = attendance.map((a) => a.heldOn).sort();
    const attendees = [...new Set(attendance.map((a) => a.memberId))];
    // Two periods (one statement each): the whole of the record, and its second half.
    const periods = [[heldOn[0]!, heldOn.at(-1)!], [heldOn[Math.floor(heldOn.length / 2)]!, heldOn.at(-1)!]] as const;
    const keys = [...periods.flatMap(([from, to]) => attendees.map((member) => periodKey(member, from, to))), periodKey(MISSING, periods[0][0], periods[0][1])];
    const expected = await Promise.all(keys.map(async (key) => {
      const [memberId, from, to] = key.split('|') as [string, string, string];
      return dataSource.getRepository(MeetingAttendance).createQueryBuilder('a')
        .where('a.member_id = ANY(:memberIds)', { memberIds: [memberId] }).andWhere('a.held_on BETWEEN :from AND :to', { from, to })
        .orderBy('a.held_on', 'DESC').getMany();
    }));
    expect(expected.flat().length).toBeGreaterThan(attendees.length);
    expectSameEntities(await findAttendanceByMemberAndPeriod(dataSource, keys), expected);
  });

  it('annual reviews, signed comment forms and their assessments', async () => {
    const dataSource = dataSourceOf('evaluation');
    const reviews = await dataSource.getRepository(AnnualReview).find();
    for (const column of ['commentFormId', 'withoutResidenceComment'] as const) expectNullsAndValues(reviews, column);
    const reviewIds = [MISSING, ...reviews.map((r) => r.id)];
    expectSameEntities(await findReviews(dataSource, reviewIds), inKeyOrder(reviewIds, reviews, (r) => r.id));
    const reviewed = [MISSING, ...new Set(reviews.map((r) => r.memberId))];
    expect(reviews.length).toBeGreaterThan(reviewed.length - 1); // some members have reviews of several years: their order counts
    expectSameEntities(await findReviewsOfMembers(dataSource, reviewed),
      grouped(reviewed, await dataSource.getRepository(AnnualReview).find({ where: { memberId: In(reviewed) }, order: { year: 'DESC' } }), (r) => r.memberId));

    const forms = dataSource.getRepository(CommentForm);
    const all = await forms.find();
    for (const column of ['certifiedOn', 'certifiedBy', 'returnedOn'] as const) expectNullsAndValues(all, column);
    const formIds = [MISSING, ...all.map((f) => f.id)];
    expectSameEntities(await findForms(dataSource, formIds), inKeyOrder(formIds, await forms.findBy({ id: In(formIds) }), (f) => f.id));
    const requestIds = [MISSING, ...all.map((f) => f.requestId)];
    expectSameEntities(await findFormsOfRequests(dataSource, requestIds), inKeyOrder(requestIds, await forms.findBy({ requestId: In(requestIds) }), (f) => f.requestId));
    const memberIds = [MISSING, ...new Set(all.map((f) => f.memberId))];
    expectSameEntities(await findFormsOfMembers(dataSource, memberIds),
      grouped(memberIds, await forms.find({ where: { memberId: In(memberIds) }, order: { signedOn: 'DESC', id: 'ASC' } }), (f) => f.memberId));

    const assessments = await dataSource.getRepository(CommentFormAssessment).createQueryBuilder('a')
      .innerJoin(Criterion, 'c', 'c.id = a.criterion_id').where('a.comment_form_id = ANY(:formIds)', { formIds })
      .orderBy('c.ordinal', 'ASC').getMany();
    expect(assessments.length).toBeGreaterThan(all.length);
    expectSameEntities(await findAssessmentsOfForms(dataSource, formIds), grouped(formIds, assessments, (a) => a.commentFormId));
  });
});
