import { addDays, foldVietnamese, vietnameseNameSortKey } from '@twoway/platform';
import type { OrganizationRecord } from './organization-tree.js';
import { SeededRandom, stableId } from './random.js';
import { CONTRIBUTIONS, FORMAL_CONTRIBUTION, POSITIONS, vietnameseName } from './names.js';
import { attendanceStatus, semiAnnualMeetingDates } from './demo-dataset.js';
import type { Sex } from './records.js';

/** Rows for one table, in COPY column order. */
export interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

/** What the evaluation subgraph's reference data says (read from its database by the caller). */
export interface EvaluationReference {
  criteriaSetId: string;
  /** Criterion ids of the standard set, in order. */
  criterionIds: string[];
  /** The rating scale in force on a day, with its bands (highest minimum first). */
  scaleOn(day: string): { id: string; bands: { rating: string; minScore: number }[] };
}

export interface LargeDataset {
  organizations: OrganizationRecord[];
  workplace: TableRows[];
  residence: TableRows[];
  evaluation: TableRows[];
  counts: Record<string, number>;
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
 * A deterministic, realistic data set of any size for `npm run generate`:
 * three provinces with districts of about six wards (the shape of a period
 * that has a district level), blocs of agencies, residential cells of 50 to 400 two-way members, agencies with
 * their cells, and for every member what the demo data has for a few: letters,
 * registrations, semi-annual meetings and attendance, comment requests and
 * forms, annual reviews, with the same kinds of anomalies.
 */
export function buildLargeDataset(options: { members: number; today: string; seed?: number; reference: EvaluationReference }): LargeDataset {
  const { today, reference } = options;
  const random = new SeededRandom(options.seed ?? 213);
  const id = (kind: string, key: string | number) => stableId(`generated:${kind}:${key}`);
  const organizations: OrganizationRecord[] = [];
  const node = (key: string, parent: OrganizationRecord | null, kind: OrganizationRecord['kind'], name: string, owner: OrganizationRecord['owner']) => {
    const nodeId = id('organization', key);
    const record: OrganizationRecord = {
      id: nodeId, parentId: parent?.id ?? null, kind, name, path: `${parent?.path ?? '/'}${nodeId}/`, depth: parent ? parent.depth + 1 : 0,
      validFrom: kind === 'WARD' || kind === 'RESIDENTIAL_CELL' ? '2025-07-01' : '2010-01-01', validTo: null, successorId: null, owner,
    };
    organizations.push(record);
    return record;
  };

  const member: unknown[][] = [];
  const letter: unknown[][] = [];
  const registration: unknown[][] = [];
  const receipt: unknown[][] = [];
  const standing: unknown[][] = [];
  const meeting: unknown[][] = [];
  const attendance: unknown[][] = [];
  const request: unknown[][] = [];
  const form: unknown[][] = [];
  const assessment: unknown[][] = [];
  const review: unknown[][] = [];

  const meetingDays = semiAnnualMeetingDates(today, 4);
  const thisYear = Number(today.slice(0, 4));
  let serial = 0;
  let letterSerial = 0;

  for (const province of PROVINCES) {
    const target = Math.round(options.members * province.share);
    const provinceNode = node(province.key, null, 'PROVINCE', `Đảng bộ Thành phố ${province.name}`, 'residence-committee');
    const blocs = [
      node(`${province.key}/khoi-co-quan`, provinceNode, 'BLOC', `Đảng bộ các cơ quan Đảng Thành phố ${province.name}`, 'workplace-committee'),
      node(`${province.key}/khoi-doanh-nghiep`, provinceNode, 'BLOC', `Đảng bộ Khối Doanh nghiệp Thành phố ${province.name}`, 'workplace-committee'),
    ];
    const agencyCells: { agency: OrganizationRecord; cell: OrganizationRecord }[] = [];
    const agencies = Math.max(1, Math.ceil(target / 150));
    for (let a = 0; a < agencies; a += 1) {
      const agency = node(`${province.key}/agency-${a}`, blocs[a % 2]!, 'AGENCY', `Đảng bộ ${AGENCY_NAMES[a % AGENCY_NAMES.length]} số ${Math.floor(a / AGENCY_NAMES.length) + 1}`, 'workplace-committee');
      for (let c = 0, cells = random.int(3, 6); c < cells; c += 1) {
        agencyCells.push({ agency, cell: node(`${province.key}/agency-${a}/cell-${c}`, agency, 'WORKPLACE_CELL', `Chi bộ ${c + 1}`, 'workplace-committee') });
      }
    }

    let placed = 0;
    let district: OrganizationRecord = provinceNode;
    for (let w = 0; placed < target; w += 1) {
      // An intermediate level of about six wards: oversight "at a district", for the periods that have one.
      if (w % 6 === 0) district = node(`${province.key}/district-${w / 6}`, provinceNode, 'DISTRICT', `Đảng bộ quận ${w / 6 + 1}`, 'residence-committee');
      const ward = node(`${province.key}/ward-${w}`, district, 'WARD', `Đảng bộ phường ${WARD_NAMES[w % WARD_NAMES.length]}${w >= WARD_NAMES.length ? ` ${Math.floor(w / WARD_NAMES.length) + 1}` : ''}`, 'residence-committee');
      for (let c = 0, cells = random.int(6, 14); c < cells && placed < target; c += 1) {
        const cell = node(`${province.key}/ward-${w}/cell-${c}`, ward, 'RESIDENTIAL_CELL', `Chi bộ Tổ dân phố số ${c + 1}`, 'residence-committee');
        const size = Math.min(random.int(50, 400), target - placed);
        placed += size;
        const cellMeetings = meetingDays.map((day) => {
          const meetingId = id('meeting', `${cell.id}:${day}`);
          meeting.push([meetingId, cell.id, 'SEMI_ANNUAL_TWO_WAY', day, 'Sinh hoạt định kỳ 6 tháng với đảng viên đang công tác', 1]);
          return { id: meetingId, day };
        });
        for (let i = 0; i < size; i += 1) {
          serial += 1;
          const sex: Sex = random.chance(0.45) ? 'FEMALE' : 'MALE';
          const age = random.int(23, 59);
          const birth = addDays(today, -(age * 365 + random.int(0, 364)));
          const admitted = addDays(birth, random.int(20, Math.max(21, age - 1)) * 365);
          const admission = admitted < addDays(today, -400) ? admitted : addDays(today, -random.int(400, 2000));
          const full = addDays(admission, 365);
          const { agency, cell: workplaceCell } = random.pick(agencyCells);
          const fullName = vietnameseName(random, sex);
          const memberId = id('member', serial);
          const roll = random.next();
          const status = roll < 0.005 ? 'TRANSFERRED' : 'ACTIVE';
          const exempt = random.chance(0.03) ? 'MOBILE_WORKER' : null;
          const citizenId = `0${String(1 + (serial % 96)).padStart(2, '0')}${sex === 'FEMALE' ? 1 : 0}${birth.slice(2, 4)}${String(serial).padStart(6, '0')}`;
          member.push([memberId, fullName, sex, birth, admission, full, `${String(serial).padStart(8, '0')}`, `HS-${serial}`, citizenId, agency.id, workplaceCell.id,
            random.pick(POSITIONS), exempt, status, 1, foldVietnamese(fullName), vietnameseNameSortKey(fullName)]);
          standing.push([memberId, status, agency.id, today]);

          // Where the member stands between the two sides.
          const stage = random.next();
          const received = addDays(today, -random.int(45, 1500));
          const issued = addDays(received, -random.int(3, 25));
          const letterId = id('letter', serial);
          letterSerial += 1;
          const address = `Số ${random.int(1, 200)}, ${ward.name.replace('Đảng bộ ', '')}, ${province.name}`;
          if (stage < 0.02) {
            const lostIssued = addDays(today, -random.int(40, 200));
            letter.push([letterId, `G-${letterSerial}`, memberId, agency.id, lostIssued, 'Bí thư', ward.id, null, address, exempt !== null, 'ISSUED', addDays(lostIssued, 30), null, null, null, null, null, 1]);
            continue;
          }
          const assigned = stage >= 0.03;
          const assignedOn = assigned ? addDays(received, random.int(1, 10)) : null;
          letter.push([letterId, `G-${letterSerial}`, memberId, agency.id, issued, 'Bí thư', ward.id, assigned ? cell.id : null, address, exempt !== null,
            assigned ? 'ASSIGNED' : 'RECEIVED', addDays(issued, 30), received, received, assignedOn, null, null, 1]);
          const registrationId = id('registration', serial);
          registration.push([registrationId, memberId, letterId, ward.id, assigned ? cell.id : null, address, received, assignedOn, assigned ? 'ACTIVE' : 'RECEIVED', null, null, 1]);
          receipt.push([letterId, memberId, ward.id, 'RECEIVED', received, null, null, 1]);
          if (!assigned) continue;

          const engaged = random.chance(age < 35 ? 0.35 : 0.7);
          let attended = 0;
          let expected = 0;
          for (const m of cellMeetings) {
            if (m.day < assignedOn!) continue;
            const statusAt = attendanceStatus(random, engaged);
            const came = statusAt === 'PRESENT' || statusAt === 'LATE' || statusAt === 'LEFT_EARLY';
            expected += 1;
            attended += came ? 1 : 0;
            attendance.push([m.id, memberId, cell.id, m.day, statusAt, came ? (engaged ? (random.chance(0.2) ? random.pick(CONTRIBUTIONS) : null) : FORMAL_CONTRIBUTION) : null]);
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
            const reviewed = decidedOn <= today && status === 'ACTIVE';
            const requestStatus = exempt !== null ? 'WAIVED' : !answered ? 'SENT' : reviewed ? 'USED_IN_REVIEW' : 'RETURNED';
            const certifiedOn = addDays(draftedOn, 2);
            const returnedAfterCertifying = returnedOn < certifiedOn ? certifiedOn : returnedOn;
            request.push([requestId, memberId, 'ANNUAL', year, agency.id, workplaceCell.id, ward.id, cell.id, requestedOn, dueOn, requestStatus, 1, exempt !== null, null, null, answered ? returnedAfterCertifying : null]);
            let formId: string | null = null;
            if (answered) {
              formId = id('form', `${serial}:${year}`);
              const share = expected ? attended / expected : 0;
              const levels = [engaged ? random.int(1, 2) : random.int(2, 3), engaged ? random.int(1, 2) : random.int(2, 3), share >= 0.8 ? 1 : share >= 0.4 ? 2 : 3,
                engaged ? random.int(1, 2) : random.int(2, 3), engaged ? random.int(1, 2) : random.int(2, 3), engaged && random.chance(0.15) ? 1 : !engaged && share === 0 && random.chance(0.35) ? 3 : 2];
              const recommendation = levels[5] === 1 ? 'COMMEND' : levels[5] === 3 ? 'CONSIDER_ACTION' : 'NONE';
              const signedOn = addDays(draftedOn, 1);
              form.push([formId, requestId, memberId, year, reference.criteriaSetId, recommendation, null, cell.id, ward.id, draftedOn, signedOn, 'Bí thư chi bộ', certifiedOn, 'Phó Bí thư Đảng ủy', returnedAfterCertifying]);
              levels.forEach((level, k) => assessment.push([formId, reference.criterionIds[k], level]));
            }
            if (reviewed) {
              const score = Math.max(30, Math.min(98, engaged ? random.int(70, 96) : random.int(45, 85)));
              const scale = reference.scaleOn(decidedOn);
              const rating = scale.bands.find((b) => score >= b.minScore)!.rating;
              review.push([id('review', `${serial}:${year}`), memberId, year, score, rating, scale.id, decidedOn, workplaceCell.id, formId, 1]);
            }
          }
        }
      }
    }
  }

  const tree: TableRows = {
    table: 'organization_unit',
    columns: ['id', 'parent_id', 'kind', 'name', 'path', 'depth', 'valid_from', 'valid_to', 'successor_id', 'owner'],
    rows: organizations.map((o) => [o.id, o.parentId, o.kind, o.name, o.path, o.depth, o.validFrom, o.validTo, o.successorId, o.owner]),
  };
  return {
    organizations,
    workplace: [
      tree,
      { table: 'member', columns: ['id', 'full_name', 'sex', 'birth_date', 'admission_date', 'full_membership_date', 'party_card_number', 'dossier_number', 'citizen_id', 'workplace_organization_id', 'workplace_cell_id', 'position', 'exemption_category', 'status', 'version', 'name_search', 'name_sort_key'], rows: member },
      { table: 'introduction_letter', columns: ['id', 'number', 'member_id', 'workplace_organization_id', 'issued_on', 'signer_name', 'to_ward_id', 'to_cell_id', 'residence_address', 'exempt', 'status', 'due_on', 'presented_on', 'received_on', 'assigned_on', 'returned_on', 'return_reason', 'version'], rows: letter },
    ],
    residence: [
      tree,
      { table: 'residence_registration', columns: ['id', 'member_id', 'introduction_letter_id', 'ward_id', 'cell_id', 'address', 'received_on', 'assigned_on', 'status', 'ended_on', 'end_reason', 'version'], rows: registration },
      { table: 'letter_receipt', columns: ['introduction_letter_id', 'member_id', 'ward_id', 'status', 'received_on', 'returned_on', 'return_reason', 'version'], rows: receipt },
      { table: 'member_standing', columns: ['member_id', 'status', 'workplace_organization_id', 'changed_on'], rows: standing },
      { table: 'meeting', columns: ['id', 'organization_id', 'kind', 'held_on', 'agenda', 'version'], rows: meeting },
      { table: 'meeting_attendance', columns: ['meeting_id', 'member_id', 'organization_id', 'held_on', 'status', 'contribution'], rows: attendance },
    ],
    evaluation: [
      tree,
      { table: 'comment_request', columns: ['id', 'member_id', 'purpose', 'year', 'workplace_organization_id', 'workplace_cell_id', 'ward_id', 'cell_id', 'requested_on', 'due_on', 'status', 'version', 'exempt', 'reminded_on', 'overdue_since', 'returned_on'], rows: request },
      { table: 'comment_form', columns: ['id', 'request_id', 'member_id', 'year', 'criteria_set_id', 'recommendation', 'remarks', 'cell_id', 'ward_id', 'drafted_on', 'signed_on', 'signed_by', 'certified_on', 'certified_by', 'returned_on'], rows: form },
      { table: 'comment_form_assessment', columns: ['comment_form_id', 'criterion_id', 'level'], rows: assessment },
      { table: 'annual_review', columns: ['id', 'member_id', 'year', 'score', 'rating', 'rating_scale_id', 'decided_on', 'workplace_cell_id', 'comment_form_id', 'version'], rows: review },
    ],
    counts: {
      organizations: organizations.length, members: member.length, letters: letter.length, registrations: registration.length, meetings: meeting.length,
      attendances: attendance.length, commentRequests: request.length, commentForms: form.length, assessments: assessment.length, reviews: review.length,
    },
  };
}
