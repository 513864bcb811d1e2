import { addDays } from '@twoway/platform';
import type { OrganizationKind } from '@twoway/org-tree';
import type { OrganizationRecord } from './organization-tree.js';
import { SeededRandom, stableId } from './random.js';
import { CONTRIBUTIONS, FORMAL_CONTRIBUTION, POSITIONS, vietnameseName } from './names.js';
import { presenceAt, semiAnnualMeetingDates } from './demo-scenario.js';
import { tookPart, type DemoAttendance, type DemoIntroduction, type DemoMeeting, type DemoMember, type DemoResidence } from './scenario.js';

/** Rows for one table, in COPY column order. */
export interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

/**
 * A year's comment on a member: the workplace asks the residence (requested,
 * due), the residence answers or not, and the workplace reviews the year.
 */
export interface CommentCycle {
  requestId: string;
  memberId: string;
  year: number;
  workplaceOrganizationId: string;
  workplaceCellId: string;
  wardId: string;
  cellId: string;
  requestedOn: string;
  dueOn: string;
  exempt: boolean;
  /** The residence's answer when it came back: its dates, who signed and certified, and a level (1 to 3) per criterion, the recommendation last. */
  answer: {
    formId: string; draftedOn: string; signedOn: string; signedBy: string; certifiedOn: string; certifiedBy: string; returnedOn: string; levels: number[];
  } | null;
  /** The year's annual review, once decided (members still active only). */
  review: { id: string; score: number; decidedOn: string } | null;
}

/** The story of a generated data set: the demo scenario's kinds of facts, for any number of members. */
export interface LargeScenario {
  today: string;
  organizations: OrganizationRecord[];
  members: DemoMember[];
  introductions: DemoIntroduction[];
  residences: DemoResidence[];
  meetings: DemoMeeting[];
  attendances: DemoAttendance[];
  commentCycles: CommentCycle[];
}

const PROVINCES = [
  { key: 'ha-noi', name: 'Hà Nội', share: 0.45 },
  { key: 'ho-chi-minh', name: 'Hồ Chí Minh', share: 0.4 },
  { key: 'da-nang', name: 'Đà Nẵng', share: 0.15 },
];
const WARD_NAMES = ['Ba Đình', 'Hoàn Kiếm', 'Đống Đa', 'Tây Hồ', 'Long Biên', 'Hai Bà Trưng', 'Thanh Xuân', 'Hoàng Mai', 'Cầu Giấy', 'Đông Ngạc',
  'Bến Thành', 'Sài Gòn', 'Tân Định', 'Bàn Cờ', 'Xóm Chiếu', 'Chợ Lớn', 'An Đông', 'Phú Nhuận', 'Gia Định', 'Thạnh Mỹ Tây',
  'Hải Châu', 'Thanh Khê', 'Sơn Trà', 'Ngũ Hành Sơn', 'Hòa Khánh', 'An Hải', 'Cẩm Lệ', 'Hòa Cường', 'Thạc Gián', 'Phước Mỹ'];
const AGENCY_NAMES = ['Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Xây dựng', 'Sở Nội vụ', 'Sở Công Thương', 'Sở Tư pháp', 'Sở Văn hóa và Thể thao',
  'Bệnh viện Đa khoa', 'Trường Đại học', 'Công ty Điện lực', 'Công ty Cấp nước', 'Ban Quản lý dự án', 'Kho bạc Nhà nước', 'Cục Thuế', 'Báo'];

/**
 * A deterministic, realistic story of any size for `npm run generate`:
 * three provinces with districts of about six wards (the shape of a period
 * that has a district level), blocs of agencies, residential cells of 50 to 400 two-way members, agencies with
 * their cells, and for every member what the demo data has for a few: letters,
 * registrations, semi-annual meetings and attendance, comment requests and
 * forms, annual reviews, with the same kinds of anomalies.
 */
export function buildLargeScenario(options: { members: number; today: string; seed?: number }): LargeScenario {
  const { today } = options;
  const random = new SeededRandom(options.seed ?? 213);
  const id = (kind: string, key: string | number) => stableId(`generated:${kind}:${key}`);
  const organizations: OrganizationRecord[] = [];
  const node = (key: string, parent: OrganizationRecord | null, kind: OrganizationKind, name: string) => {
    const nodeId = id('organization', key);
    const record: OrganizationRecord = {
      id: nodeId, parentId: parent?.id ?? null, kind, name, path: `${parent?.path ?? '/'}${nodeId}/`, depth: parent ? parent.depth + 1 : 0,
      validFrom: kind === 'WARD' || kind === 'RESIDENTIAL_CELL' ? '2025-07-01' : '2010-01-01', validTo: null, successorId: null,
    };
    organizations.push(record);
    return record;
  };

  const members: DemoMember[] = [];
  const introductions: DemoIntroduction[] = [];
  const residences: DemoResidence[] = [];
  const meetings: DemoMeeting[] = [];
  const attendances: DemoAttendance[] = [];
  const commentCycles: CommentCycle[] = [];

  const meetingDays = semiAnnualMeetingDates(today, 4);
  const thisYear = Number(today.slice(0, 4));
  let serial = 0;
  let letterSerial = 0;

  for (const province of PROVINCES) {
    const target = Math.round(options.members * province.share);
    const provinceNode = node(province.key, null, 'PROVINCE', `Đảng bộ Thành phố ${province.name}`);
    const blocs = [
      node(`${province.key}/khoi-co-quan`, provinceNode, 'BLOC', `Đảng bộ các cơ quan Đảng Thành phố ${province.name}`),
      node(`${province.key}/khoi-doanh-nghiep`, provinceNode, 'BLOC', `Đảng bộ Khối Doanh nghiệp Thành phố ${province.name}`),
    ];
    const agencyCells: { agency: OrganizationRecord; cell: OrganizationRecord }[] = [];
    const agencies = Math.max(1, Math.ceil(target / 150));
    for (let a = 0; a < agencies; a += 1) {
      const agency = node(`${province.key}/agency-${a}`, blocs[a % 2]!, 'AGENCY', `Đảng bộ ${AGENCY_NAMES[a % AGENCY_NAMES.length]} số ${Math.floor(a / AGENCY_NAMES.length) + 1}`);
      for (let c = 0, cells = random.int(3, 6); c < cells; c += 1) {
        agencyCells.push({ agency, cell: node(`${province.key}/agency-${a}/cell-${c}`, agency, 'WORKPLACE_CELL', `Chi bộ ${c + 1}`) });
      }
    }

    let placed = 0;
    let district: OrganizationRecord = provinceNode;
    for (let w = 0; placed < target; w += 1) {
      // An intermediate level of about six wards: oversight "at a district", for the periods that have one.
      if (w % 6 === 0) district = node(`${province.key}/district-${w / 6}`, provinceNode, 'DISTRICT', `Đảng bộ quận ${w / 6 + 1}`);
      const ward = node(`${province.key}/ward-${w}`, district, 'WARD', `Đảng bộ phường ${WARD_NAMES[w % WARD_NAMES.length]}${w >= WARD_NAMES.length ? ` ${Math.floor(w / WARD_NAMES.length) + 1}` : ''}`);
      for (let c = 0, cells = random.int(6, 14); c < cells && placed < target; c += 1) {
        const cell = node(`${province.key}/ward-${w}/cell-${c}`, ward, 'RESIDENTIAL_CELL', `Chi bộ Tổ dân phố số ${c + 1}`);
        const size = Math.min(random.int(50, 400), target - placed);
        placed += size;
        const cellMeetings = meetingDays.map((day) => {
          const meetingId = id('meeting', `${cell.id}:${day}`);
          meetings.push({ id: meetingId, organizationId: cell.id, occasion: 'SEMI_ANNUAL_TWO_WAY', heldOn: day, agenda: 'Sinh hoạt định kỳ 6 tháng với đảng viên đang công tác' });
          return { id: meetingId, day };
        });
        for (let i = 0; i < size; i += 1) {
          serial += 1;
          const female = random.chance(0.45);
          const age = random.int(23, 59);
          const birth = addDays(today, -(age * 365 + random.int(0, 364)));
          const admitted = addDays(birth, random.int(20, Math.max(21, age - 1)) * 365);
          const admission = admitted < addDays(today, -400) ? admitted : addDays(today, -random.int(400, 2000));
          const full = addDays(admission, 365);
          const { agency, cell: workplaceCell } = random.pick(agencyCells);
          const fullName = vietnameseName(random, female);
          const memberId = id('member', serial);
          const roll = random.next();
          const transferred = roll < 0.005;
          const exempt = random.chance(0.03) ? 'MOBILE_WORKER' : null;
          const citizenId = `0${String(1 + (serial % 96)).padStart(2, '0')}${female ? 1 : 0}${birth.slice(2, 4)}${String(serial).padStart(6, '0')}`;
          members.push({
            id: memberId, fullName, female, birthDate: birth, admissionDate: admission, fullMembershipDate: full, partyCardNumber: `${String(serial).padStart(8, '0')}`,
            dossierNumber: `HS-${serial}`, citizenId, workplaceOrganizationId: agency.id, workplaceCellId: workplaceCell.id, position: random.pick(POSITIONS),
            exemption: exempt, membershipEnded: transferred ? 'TRANSFERRED' : null,
          });

          // Where the member stands between the two sides.
          const stage = random.next();
          const received = addDays(today, -random.int(45, 1500));
          const issued = addDays(received, -random.int(3, 25));
          const letterId = id('letter', serial);
          letterSerial += 1;
          const address = `Số ${random.int(1, 200)}, ${ward.name.replace('Đảng bộ ', '')}, ${province.name}`;
          const introduction = {
            id: letterId, number: `G-${letterSerial}`, memberId, workplaceOrganizationId: agency.id, signerName: 'Bí thư', toWardId: ward.id, residenceAddress: address,
            exempt: exempt !== null, returnedOn: null, returnReason: null, superseded: false,
          };
          if (stage < 0.02) {
            const lostIssued = addDays(today, -random.int(40, 200));
            introductions.push({ ...introduction, issuedOn: lostIssued, toCellId: null, dueOn: addDays(lostIssued, 30), presentedOn: null, receivedOn: null, assignedOn: null });
            continue;
          }
          const assigned = stage >= 0.03;
          const assignedOn = assigned ? addDays(received, random.int(1, 10)) : null;
          introductions.push({ ...introduction, issuedOn: issued, toCellId: assigned ? cell.id : null, dueOn: addDays(issued, 30), presentedOn: received, receivedOn: received, assignedOn });
          residences.push({
            id: id('registration', serial), memberId, introductionId: letterId, wardId: ward.id, cellId: assigned ? cell.id : null, address, receivedOn: received, assignedOn,
            endedOn: null, endReason: null, officers: null,
          });
          if (!assigned) continue;

          const engaged = random.chance(age < 35 ? 0.35 : 0.7);
          let attended = 0;
          let expected = 0;
          for (const m of cellMeetings) {
            if (m.day < assignedOn!) continue;
            const presence = presenceAt(random, engaged);
            const came = tookPart(presence);
            expected += 1;
            attended += came ? 1 : 0;
            attendances.push({
              meetingId: m.id, memberId, organizationId: cell.id, heldOn: m.day, presence,
              contribution: came ? (engaged ? (random.chance(0.2) ? random.pick(CONTRIBUTIONS) : null) : FORMAL_CONTRIBUTION) : null,
            });
          }
          for (const year of [thisYear - 1, thisYear]) {
            const requestedOn = `${year}-10-20`;
            const dueOn = `${year}-11-20`;
            if (requestedOn > today || assignedOn! > requestedOn) continue;
            const requestId = id('request', `${serial}:${year}`);
            const draftedOn = addDays(requestedOn, random.int(5, engaged ? 25 : 45));
            const returnedOn = addDays(draftedOn, random.int(3, 10));
            const answered = exempt === null && !(!engaged && random.chance(0.1)) && returnedOn <= today;
            const decidedOn = `${year}-12-20`;
            const reviewed = decidedOn <= today && !transferred;
            const certifiedOn = addDays(draftedOn, 2);
            const returnedAfterCertifying = returnedOn < certifiedOn ? certifiedOn : returnedOn;
            let answer: CommentCycle['answer'] = null;
            if (answered) {
              const share = expected ? attended / expected : 0;
              const levels = [engaged ? random.int(1, 2) : random.int(2, 3), engaged ? random.int(1, 2) : random.int(2, 3), share >= 0.8 ? 1 : share >= 0.4 ? 2 : 3,
                engaged ? random.int(1, 2) : random.int(2, 3), engaged ? random.int(1, 2) : random.int(2, 3), engaged && random.chance(0.15) ? 1 : !engaged && share === 0 && random.chance(0.35) ? 3 : 2];
              answer = {
                formId: id('form', `${serial}:${year}`), draftedOn, signedOn: addDays(draftedOn, 1), signedBy: 'Bí thư chi bộ',
                certifiedOn, certifiedBy: 'Phó Bí thư Đảng ủy', returnedOn: returnedAfterCertifying, levels,
              };
            }
            const review = reviewed ? { id: id('review', `${serial}:${year}`), score: Math.max(30, Math.min(98, engaged ? random.int(70, 96) : random.int(45, 85))), decidedOn } : null;
            commentCycles.push({
              requestId, memberId, year, workplaceOrganizationId: agency.id, workplaceCellId: workplaceCell.id, wardId: ward.id, cellId: cell.id,
              requestedOn, dueOn, exempt: exempt !== null, answer, review,
            });
          }
        }
      }
    }
  }

  return { today, organizations, members, introductions, residences, meetings, attendances, commentCycles };
}
