import { addDays } from '@twoway/platform';
import { buildOrganizationTree, organizationId, REFORM_2025 } from './organization-tree.js';
import { SeededRandom, randomFor, stableId } from './random.js';
import { CONTRIBUTIONS, FORMAL_CONTRIBUTION, POSITIONS, vietnameseName } from './names.js';
import {
  tookPart, type DemoAttendance, type DemoIntroduction, type DemoMeeting, type DemoMember, type DemoResidence, type DemoScenario,
  type Exemption, type MeetingOccasion, type Presence,
} from './scenario.js';

/** A residential cell across the 2025 reform: its node before and after, and who runs it. */
interface ResidentialCell {
  before: string;
  after: string;
  wardBefore: string;
  wardAfter: string;
  wardName: string;
  twoWayMembers: number;
  street: string;
  secretary: string;
  wardCertifier: string;
  /** Share of young members who take part; the seed article: over half of Tổ dân phố 7 inactive, mostly young. */
  youngEngaged: number;
  olderEngaged: number;
}

const CELLS: ResidentialCell[] = [
  { before: 'duc-thang/tdp-7', after: 'dong-ngac/tdp-7', wardBefore: 'duc-thang', wardAfter: 'dong-ngac', wardName: 'phường Đông Ngạc', twoWayMembers: 320, street: 'đường Đức Thắng', secretary: 'Nguyễn Mạnh Hoạt', wardCertifier: 'Phạm Quang Huy', youngEngaged: 0.25, olderEngaged: 0.6 },
  { before: 'duc-thang/tdp-5', after: 'dong-ngac/tdp-5', wardBefore: 'duc-thang', wardAfter: 'dong-ngac', wardName: 'phường Đông Ngạc', twoWayMembers: 60, street: 'ngõ 15 Đức Diễn', secretary: 'Lê Văn Thành', wardCertifier: 'Phạm Quang Huy', youngEngaged: 0.5, olderEngaged: 0.8 },
  { before: 'dich-vong/tdp-19', after: 'cau-giay/tdp-19', wardBefore: 'dich-vong', wardAfter: 'cau-giay', wardName: 'phường Cầu Giấy', twoWayMembers: 140, street: 'ngõ 130 Xuân Thủy', secretary: 'Hoàng Thanh Mai', wardCertifier: 'Đỗ Thị Thu Hà', youngEngaged: 0.5, olderEngaged: 0.8 },
  { before: 'dich-vong/tdp-21', after: 'cau-giay/tdp-21', wardBefore: 'dich-vong', wardAfter: 'cau-giay', wardName: 'phường Cầu Giấy', twoWayMembers: 70, street: 'ngõ 165 Cầu Giấy', secretary: 'Trần Văn Hưng', wardCertifier: 'Đỗ Thị Thu Hà', youngEngaged: 0.55, olderEngaged: 0.85 },
];

const AGENCIES: { key: string; cells: number; signer: string }[] = [
  { key: 'so-tai-chinh', cells: 3, signer: 'Nguyễn Văn Bình' },
  { key: 'so-giao-duc', cells: 2, signer: 'Trần Thị Lan' },
  { key: 'so-y-te', cells: 2, signer: 'Lê Quang Minh' },
  { key: 'so-xay-dung', cells: 2, signer: 'Phạm Đức Long' },
  { key: 'dien-luc-ha-noi', cells: 3, signer: 'Vũ Hữu Tiến' },
];

const EXEMPTIONS: Exemption[] = ['MOBILE_WORKER', 'FULL_YEAR_TRAINEE', 'STUDENT_AWAY'];
/** Days an introduction letter may wait to be presented (default policy: 30 days). */
const LETTER_PRESENTATION_DAYS = 30;

const id = (kind: string, key: string | number) => stableId(`${kind}:${key}`);
const org = organizationId;
const yearOf = (date: string) => Number(date.slice(0, 4));

export function semiAnnualMeetingDates(today: string, count: number): string[] {
  const dates: string[] = [];
  for (let year = yearOf(today); dates.length < count; year -= 1) {
    for (const day of [`${year}-12-15`, `${year}-06-15`]) if (day < today && dates.length < count) dates.push(day);
  }
  return dates;
}

function residentsMeetingDates(today: string, count: number): string[] {
  // 18 November: national unity day, when every residential group meets (Ngày hội Đại đoàn kết toàn dân tộc).
  const dates: string[] = [];
  for (let year = yearOf(today); dates.length < count; year -= 1) if (`${year}-11-18` < today) dates.push(`${year}-11-18`);
  return dates;
}

/**
 * The demo data's story for the given day: deterministic (same ids and
 * values for the same day) and realistic, after the seed article: Tổ dân phố
 * số 7 with over 300 two-way members, more than half of them inactive;
 * members introduced but never presented, received but not assigned, never
 * introduced, moved on at the workplace while the residence still lists them.
 * Each subgraph's demo rows are drawn from it (its comments and reviews too,
 * from what the story says of attendance and engagement).
 */
export function buildDemoScenario(today: string): DemoScenario {
  const random = new SeededRandom(213_2020);
  const organizations = buildOrganizationTree();
  const members: DemoMember[] = [];
  const introductions: DemoIntroduction[] = [];
  const residences: DemoResidence[] = [];
  const engaged = new Map<string, boolean>();
  let serial = 0;

  const newMember = (): DemoMember => {
    serial += 1;
    const female = random.chance(0.45);
    const age = random.int(23, 59);
    const birthDate = addDays(today, -(age * 365 + random.int(0, 364)));
    const admissionDate = addDays(birthDate, random.int(20, Math.max(21, age - 1)) * 365 + random.int(0, 300));
    const recentAdmission = addDays(today, -random.int(30, 300)); // drawn always, so the sequence never depends on the day
    const admitted = admissionDate < addDays(today, -30) ? admissionDate : recentAdmission;
    const fullMembershipDate = addDays(admitted, 365) <= today ? addDays(admitted, 365) : null;
    const agency = random.pick(AGENCIES);
    const cellNumber = random.int(1, agency.cells);
    const birthYear = Number(birthDate.slice(2, 4));
    const centuryAndSex = (Number(birthDate.slice(0, 4)) >= 2000 ? 2 : 0) + (female ? 1 : 0);
    const member: DemoMember = {
      id: id('member', serial),
      fullName: vietnameseName(random, female),
      female,
      birthDate,
      admissionDate: admitted,
      fullMembershipDate,
      partyCardNumber: fullMembershipDate ? `${random.digits(4)}${String(serial).padStart(4, '0')}` : null,
      dossierNumber: `HN-${random.digits(2)}${String(serial).padStart(5, '0')}`,
      citizenId: `001${centuryAndSex}${String(birthYear).padStart(2, '0')}${random.digits(2)}${String(serial).padStart(4, '0')}`,
      workplaceOrganizationId: org(agency.key),
      workplaceCellId: org(`${agency.key}/cell-${cellNumber}`),
      position: random.pick(POSITIONS),
      exemption: random.chance(0.03) ? random.pick(EXEMPTIONS) : null,
      membershipEnded: null,
    };
    members.push(member);
    return member;
  };

  const signerOf = (member: DemoMember) =>
    AGENCIES.find((a) => org(a.key) === member.workplaceOrganizationId)?.signer ?? 'Nguyễn Văn Bình';

  const newLetter = (member: DemoMember, toWard: string, address: string, issuedOn: string, n: number): DemoIntroduction => {
    const letter: DemoIntroduction = {
      id: id('introduction-letter', `${member.id}:${n}`),
      number: `${yearOf(issuedOn)}/GGT-${String(introductions.length + 1).padStart(5, '0')}`,
      memberId: member.id,
      workplaceOrganizationId: member.workplaceOrganizationId,
      issuedOn,
      signerName: signerOf(member),
      toWardId: org(toWard),
      toCellId: null,
      residenceAddress: address,
      exempt: member.exemption !== null,
      dueOn: addDays(issuedOn, LETTER_PRESENTATION_DAYS),
      presentedOn: null,
      receivedOn: null,
      assignedOn: null,
      returnedOn: null,
      returnReason: null,
      superseded: false,
    };
    introductions.push(letter);
    return letter;
  };

  const register = (member: DemoMember, cell: ResidentialCell, receivedOn: string, n: number, assigned = true): DemoResidence => {
    const address = `Số ${random.int(1, 120)}, ${cell.street}, ${cell.wardName}, Hà Nội`;
    const letter = newLetter(member, cell.wardAfter, address, addDays(receivedOn, -random.int(3, 25)), n);
    const assignedOn = assigned ? addDays(receivedOn, random.int(1, 10)) : null;
    letter.presentedOn = receivedOn;
    letter.receivedOn = receivedOn;
    letter.assignedOn = assignedOn;
    letter.toCellId = assigned ? org(cell.after) : null;
    const registration: DemoResidence = {
      id: id('residence-registration', `${member.id}:${n}`),
      memberId: member.id,
      introductionId: letter.id,
      // Open registrations follow their nodes' successors at a reorganisation.
      wardId: org(cell.wardAfter),
      cellId: assigned ? org(cell.after) : null,
      address,
      receivedOn,
      assignedOn,
      endedOn: null,
      endReason: null,
      officers: { secretary: cell.secretary, wardCertifier: cell.wardCertifier },
    };
    residences.push(registration);
    return registration;
  };

  // Two-way members registered in each residential cell.
  const cellOf = new Map<string, ResidentialCell>();
  for (const cell of CELLS) {
    for (let i = 0; i < cell.twoWayMembers; i += 1) {
      const member = newMember();
      const young = yearOf(today) - yearOf(member.birthDate) < 35;
      engaged.set(member.id, random.chance(young ? cell.youngEngaged : cell.olderEngaged));
      const receivedOn = addDays(today, -random.int(45, 2200));
      register(member, cell, receivedOn > member.admissionDate ? receivedOn : addDays(member.admissionDate, 20), 1);
      cellOf.set(member.id, cell);
    }
  }

  // A namesake of the cell secretary in the seed article, to find by name typed without diacritics.
  members[1]!.fullName = 'Nguyễn Văn Hoạt';

  // Some members of Tổ dân phố 19 moved there from Tổ dân phố 21: the old registration ended.
  const tdp19 = CELLS[2]!;
  const tdp21 = CELLS[3]!;
  for (const registration of residences.filter((r) => r.cellId === org(tdp19.after)).slice(0, 8)) {
    const member = members.find((m) => m.id === registration.memberId)!;
    const movedOn = registration.receivedOn;
    const earlierReceived = addDays(movedOn, -random.int(400, 900));
    const earlier = register(member, tdp21, earlierReceived, 0);
    earlier.endedOn = addDays(movedOn, -5);
    earlier.endReason = 'MOVED';
    const earlierLetter = introductions.find((l) => l.id === earlier.introductionId)!;
    earlierLetter.superseded = true;
    // Closed records keep their node: a registration and the letter it answered, closed before the reform
    // (the registration ended, or the letter ended as the next one was issued), stay with the ward and cell of
    // then; records still open on the reform's day moved to the successors. One decision for both, so the
    // letter and the ward's receipt of it name one ward.
    const closedOn = [earlier.endedOn, introductions.find((l) => l.id === registration.introductionId)!.issuedOn].sort()[0]!;
    if (closedOn < REFORM_2025) {
      earlier.wardId = org(tdp21.wardBefore);
      earlier.cellId = org(tdp21.before);
      earlierLetter.toWardId = earlier.wardId;
      earlierLetter.toCellId = earlier.cellId;
    }
    cellOf.set(`${member.id}:earlier`, tdp21);
  }

  // Members the two sides lost track of.
  const wards = ['dong-ngac', 'cau-giay'];
  for (let i = 0; i < 14; i += 1) {
    // Introduced, never presented to the ward: overdue.
    const member = newMember();
    const ward = random.pick(wards);
    newLetter(member, ward, `Số ${random.int(1, 90)}, ${ward === 'dong-ngac' ? 'đường Đông Ngạc' : 'đường Trần Thái Tông'}, Hà Nội`, addDays(today, -random.int(45, 200)), 1);
  }
  for (let i = 0; i < 5; i += 1) {
    // Introduced recently, still within the deadline.
    const member = newMember();
    newLetter(member, 'cau-giay', `Số ${random.int(1, 90)}, ngõ 68 Cầu Giấy, Hà Nội`, addDays(today, -random.int(2, 20)), 1);
  }
  for (let i = 0; i < 8; i += 1) {
    // Received by the ward but never assigned to a cell.
    const member = newMember();
    register(member, random.pick([CELLS[0]!, CELLS[2]!]), addDays(today, -random.int(40, 160)), 1, false);
  }
  for (let i = 0; i < 2; i += 1) {
    // Returned by the ward: the member does not live there.
    const member = newMember();
    const letter = newLetter(member, 'dong-ngac', `Số ${random.int(1, 60)}, phố Trần Cung, Hà Nội`, addDays(today, -random.int(60, 120)), 1);
    letter.presentedOn = addDays(letter.issuedOn, 5);
    letter.returnedOn = addDays(letter.issuedOn, 9);
    letter.returnReason = 'Địa chỉ không thuộc địa bàn phường';
  }
  for (let i = 0; i < 10; i += 1) newMember(); // never introduced at all

  // The workplace recorded changes the residence has not heard of.
  const activeRegistered = residences.filter((r) => r.assignedOn !== null && r.endedOn === null);
  for (const registration of activeRegistered.slice(40, 43)) {
    members.find((m) => m.id === registration.memberId)!.membershipEnded = 'TRANSFERRED';
  }
  members.find((m) => m.id === activeRegistered[43]!.memberId)!.membershipEnded = 'DECEASED';
  // A ward listed someone the workplace side has no record of (a data-entry slip, or a member never introduced).
  residences.push({
    id: id('residence-registration', 'unknown-at-workplace'),
    memberId: id('member', 'unknown-at-workplace'),
    introductionId: null,
    wardId: org('cau-giay'),
    cellId: org('cau-giay/tdp-19'),
    address: 'Số 3, ngõ 130 Xuân Thủy, phường Cầu Giấy, Hà Nội',
    receivedOn: addDays(today, -200),
    assignedOn: addDays(today, -195),
    endedOn: null,
    endReason: null,
    officers: null,
  });
  // The workplace introduced members to a new ward without ending the letter to the old one: open to two wards.
  for (const registration of activeRegistered.filter((r) => r.wardId === org('dong-ngac')).slice(50, 52)) {
    const member = members.find((m) => m.id === registration.memberId)!;
    newLetter(member, 'cau-giay', `Số ${random.int(1, 90)}, ngõ 68 Cầu Giấy, Hà Nội`, addDays(today, -random.int(5, 25)), 2);
  }
  // Two member records carry one citizen ID (the same person entered twice, or a typing error).
  for (const [first, second] of [[5, 400], [77, 510]] as const) {
    members[second]!.citizenId = members[first]!.citizenId;
  }

  // Meetings and attendance, per residential cell, on the node valid on the day.
  const meetings: DemoMeeting[] = [];
  const attendances: DemoAttendance[] = [];
  const meetingPlan: { occasion: MeetingOccasion; date: string; agenda: string }[] = [
    ...semiAnnualMeetingDates(today, 6).map((date) => ({ occasion: 'SEMI_ANNUAL_TWO_WAY' as const, date, agenda: 'Sinh hoạt định kỳ 6 tháng với đảng viên đang công tác; thông báo tình hình kinh tế - xã hội, quốc phòng - an ninh của địa phương' })),
    ...residentsMeetingDates(today, 3).map((date) => ({ occasion: 'RESIDENTS' as const, date, agenda: 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư' })),
  ];
  for (const cell of CELLS) {
    for (const plan of meetingPlan) {
      const nodeKey = plan.date < REFORM_2025 ? cell.before : cell.after;
      const meeting: DemoMeeting = { id: id('meeting', `${cell.after}:${plan.occasion}:${plan.date}`), organizationId: org(nodeKey), occasion: plan.occasion, heldOn: plan.date, agenda: plan.agenda };
      meetings.push(meeting);
      const expected = residences.filter((r) => {
        const regCell = r.endedOn !== null ? cellOf.get(`${r.memberId}:earlier`) : cellOf.get(r.memberId);
        return regCell === cell && r.assignedOn !== null && r.assignedOn <= plan.date && (r.endedOn === null || r.endedOn > plan.date);
      });
      for (const registration of expected) {
        // Which meetings a day's data set holds depends on the day; each entry's draws do not.
        const draw = randomFor(`attendance:${meeting.id}:${registration.memberId}`);
        const takesPart = engaged.get(registration.memberId) === true;
        const presence = presenceAt(draw, takesPart);
        attendances.push({
          meetingId: meeting.id,
          memberId: registration.memberId,
          organizationId: meeting.organizationId,
          heldOn: plan.date,
          presence,
          contribution: !tookPart(presence) ? null : takesPart ? (draw.chance(0.3) ? draw.pick(CONTRIBUTIONS) : null) : draw.chance(0.6) ? FORMAL_CONTRIBUTION : null,
        });
      }
    }
  }

  return { today, organizations, members, engaged, introductions, residences, meetings, attendances };
}

/** How a member took part in a meeting: mostly present when engaged, mostly absent or excused when not. */
export function presenceAt(random: SeededRandom, engaged: boolean): Presence {
  const roll = random.next();
  if (engaged) return roll < 0.75 ? 'PRESENT' : roll < 0.87 ? 'LATE' : roll < 0.92 ? 'LEFT_EARLY' : 'EXCUSED';
  return roll < 0.5 ? 'ABSENT' : roll < 0.68 ? 'EXCUSED' : roll < 0.8 ? 'LATE' : roll < 0.9 ? 'LEFT_EARLY' : 'PRESENT';
}
