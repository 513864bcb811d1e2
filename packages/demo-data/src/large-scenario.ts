import type { OrganizationRecord } from './organization-tree.js';
import { SeededRandom, stableId } from './random.js';
import { buildGeneratedTree, type GeneratedProvince, type GeneratedTree, type GeneratedWard } from './generated-shape.js';
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

/**
 * One residential cell's share of a generated story: its meetings, the members who live there, and
 * what concerns them (letters, registrations, attendance, comment cycles). Each member's records are
 * all in the share of the cell they live in.
 */
export interface CellStory {
  today: string;
  members: DemoMember[];
  introductions: DemoIntroduction[];
  residences: DemoResidence[];
  meetings: DemoMeeting[];
  attendances: DemoAttendance[];
  commentCycles: CommentCycle[];
}

/** A generated data set: its tree, and its story told a residential cell at a time (never all in memory). */
export interface LargeScenario {
  today: string;
  seed: number;
  tree: GeneratedTree;
  /** Every node, parents first. */
  organizations: OrganizationRecord[];
  /** The days annual reviews are decided in the story. */
  reviewDays: string[];
  /** The whole story, cell by cell (each ward's as wardStories tells it). */
  cellStories(): Generator<CellStory>;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoDates = new Map<number, string>();
/** A day number as YYYY-MM-DD; the few thousand days a data set spans are formatted once each. */
function isoDate(day: number): string {
  let date = isoDates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, date);
  }
  return date;
}

/** A 32-bit integer mixer (MurmurHash3's finaliser): a bijection, so distinct inputs give distinct outputs. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
/** Two hex digits per byte value: an id's 32 hex digits are 16 look-ups, not number-to-string conversions. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex8 = (value: number) => HEX_BYTES[value >>> 24]! + HEX_BYTES[(value >>> 16) & 0xff]! + HEX_BYTES[(value >>> 8) & 0xff]! + HEX_BYTES[value & 0xff]!;
const VARIANTS = ['8', '9', 'a', 'b'];

/**
 * Ids for records numbered by a serial (a member, their letter, a year's request): stable and spread
 * like random UUIDs, unique per kind (the first 32 bits are a bijection of the serial). A SHA-1 per id
 * (stableId) was a tenth of generating a million members; this is a few integer operations.
 */
function serialIds(kind: string): (serial: number) => string {
  const salt = Number.parseInt(stableId(`generated:${kind}`).slice(0, 8), 16);
  return (serial) => {
    const a = mix32(serial + salt);
    const b = hex8(mix32(a ^ 0x9e3779b9));
    const c = mix32(a + salt);
    const cx = hex8(c);
    return `${hex8(a)}-${b.slice(0, 4)}-5${b.slice(5)}-${VARIANTS[c >>> 30]}${cx.slice(1, 4)}-${cx.slice(4)}${hex8(mix32(c ^ salt))}`;
  };
}

const IDS = { member: serialIds('member'), letter: serialIds('letter'), registration: serialIds('registration'), request: serialIds('request'), form: serialIds('form'), review: serialIds('review') };

/** The years of the story's comment cycles (last year's and this year's), with their days. */
function commentCycles(today: string) {
  const thisYear = Number(today.slice(0, 4));
  return [thisYear - 1, thisYear].map((year) => ({ year, requestedOn: `${year}-10-20`, requested: dayNumber(`${year}-10-20`), dueOn: `${year}-11-20`, decidedOn: `${year}-12-20` }));
}

/**
 * A deterministic, realistic story of any size for `npm run generate`, over the tree of
 * buildGeneratedTree (34 provinces as since the 2025 reform, Hà Nội the largest, wards directly under
 * them, the ended districts and old wards of before, blocs of agencies): in each residential cell of
 * 50 to 400 two-way members, for every member what the demo data has for a few: letters,
 * registrations, semi-annual meetings and attendance, comment requests and forms, annual reviews,
 * with the same kinds of anomalies. Every record sits on the nodes in force today (see docs/oversight.md,
 * "Data sets and load").
 */
export function largeScenario(options: { members: number; today: string; seed?: number }): LargeScenario {
  const { today } = options;
  const seed = options.seed ?? 213;
  const tree = buildGeneratedTree(options.members, seed);
  return {
    today, seed, tree, organizations: tree.organizations, reviewDays: commentCycles(today).map((c) => c.decidedOn),
    *cellStories() {
      for (const province of tree.provinces) for (const ward of province.wards) yield* wardStories(province, ward, today, seed);
    },
  };
}

/**
 * One ward's story, cell by cell. Each ward draws from a generator of its own and its members' serial
 * numbers are fixed by the tree, so wards can be told in any order, or at once on several threads,
 * and give the same data.
 */
export function* wardStories(province: GeneratedProvince, ward: GeneratedWard, today: string, seed: number): Generator<CellStory> {
  const random = new SeededRandom(Number.parseInt(stableId(`generated:story:${seed}:${ward.node.id}`).slice(0, 8), 16));
  const todayNumber = dayNumber(today);
  const daysAgo = (days: number) => todayNumber - days;
  const meetingDays = semiAnnualMeetingDates(today, 4);
  const cycles = commentCycles(today);
  const place = `${ward.node.name.replace('Đảng bộ ', '')}, ${province.profile.name}`;

  for (const { node: cell, members: size, firstSerial } of ward.cells) {
    const story: CellStory = { today, members: [], introductions: [], residences: [], meetings: [], attendances: [], commentCycles: [] };
    const cellMeetings = meetingDays.map((day) => {
      const meetingId = stableId(`generated:meeting:${cell.id}:${day}`);
      story.meetings.push({ id: meetingId, organizationId: cell.id, occasion: 'SEMI_ANNUAL_TWO_WAY', heldOn: day, agenda: 'Sinh hoạt định kỳ 6 tháng với đảng viên đang công tác' });
      return { id: meetingId, day };
    });
    for (let serial = firstSerial; serial < firstSerial + size; serial += 1) {
      const female = random.chance(0.45);
      const age = random.int(23, 59);
      const birth = daysAgo(age * 365 + random.int(0, 364));
      const admitted = birth + random.int(20, Math.max(21, age - 1)) * 365;
      const admission = admitted < daysAgo(400) ? admitted : daysAgo(random.int(400, 2000));
      const { agency, cell: workplaceCell } = random.pick(province.workplaceCells);
      const fullName = vietnameseName(random, female);
      const memberId = IDS.member(serial);
      const transferred = random.next() < 0.005;
      const exempt = random.chance(0.03) ? 'MOBILE_WORKER' : null;
      const birthDate = isoDate(birth);
      // Twelve digits, as a citizen's id: a 3-digit code, sex, year of birth, six digits (the code and the six digits tell the serial).
      const citizenId = `${String(1 + (serial % 16) + 16 * Math.floor(serial / 1_000_000)).padStart(3, '0')}${female ? 1 : 0}${birthDate.slice(2, 4)}${String(serial % 1_000_000).padStart(6, '0')}`;
      story.members.push({
        id: memberId, fullName, female, birthDate, admissionDate: isoDate(admission), fullMembershipDate: isoDate(admission + 365), partyCardNumber: String(serial).padStart(8, '0'),
        dossierNumber: `HS-${serial}`, citizenId, workplaceOrganizationId: agency.id, workplaceCellId: workplaceCell.id, position: random.pick(POSITIONS),
        exemption: exempt, membershipEnded: transferred ? 'TRANSFERRED' : null,
        // Drawn from the serial, not the random source, so that the rest of the story stays as it was.
        membershipEndedOn: transferred ? isoDate(daysAgo(5 + (serial % 360))) : null,
      });

      // Where the member stands between the two sides.
      const stage = random.next();
      const received = daysAgo(random.int(45, 1500));
      const issued = received - random.int(3, 25);
      const letterId = IDS.letter(serial);
      const address = `Số ${random.int(1, 200)}, ${place}`;
      const introduction = {
        id: letterId, number: `G-${serial}`, memberId, workplaceOrganizationId: agency.id, signerName: 'Bí thư', toWardId: ward.node.id, residenceAddress: address,
        exempt: exempt !== null, returnedOn: null, returnReason: null, superseded: false,
      };
      if (stage < 0.02) {
        const lostIssued = daysAgo(random.int(40, 200));
        story.introductions.push({ ...introduction, issuedOn: isoDate(lostIssued), toCellId: null, dueOn: isoDate(lostIssued + 30), presentedOn: null, receivedOn: null, assignedOn: null });
        continue;
      }
      const assigned = stage >= 0.03;
      const assignedDay = assigned ? received + random.int(1, 10) : null;
      const assignedOn = assignedDay === null ? null : isoDate(assignedDay);
      const receivedOn = isoDate(received);
      story.introductions.push({ ...introduction, issuedOn: isoDate(issued), toCellId: assigned ? cell.id : null, dueOn: isoDate(issued + 30), presentedOn: receivedOn, receivedOn, assignedOn });
      story.residences.push({
        id: IDS.registration(serial), memberId, introductionId: letterId, wardId: ward.node.id, cellId: assigned ? cell.id : null, address, receivedOn, assignedOn,
        endedOn: null, endReason: null, officers: null,
      });
      if (assignedOn === null || assignedDay === null) continue;

      const engaged = random.chance(age < 35 ? 0.35 : 0.7);
      let attended = 0;
      let expected = 0;
      for (const m of cellMeetings) {
        if (m.day < assignedOn) continue;
        const presence = presenceAt(random, engaged);
        const came = tookPart(presence);
        expected += 1;
        attended += came ? 1 : 0;
        story.attendances.push({
          meetingId: m.id, memberId, organizationId: cell.id, heldOn: m.day, presence,
          contribution: came ? (engaged ? (random.chance(0.2) ? random.pick(CONTRIBUTIONS) : null) : FORMAL_CONTRIBUTION) : null,
        });
      }
      for (const { year, requestedOn, requested, dueOn, decidedOn } of cycles) {
        if (requested > todayNumber || assignedDay > requested) continue;
        const drafted = requested + random.int(5, engaged ? 25 : 45);
        const returned = drafted + random.int(3, 10);
        const answered = exempt === null && !(!engaged && random.chance(0.1)) && returned <= todayNumber;
        const reviewed = decidedOn <= today && !transferred;
        const certified = drafted + 2;
        const cycleSerial = serial * 4 + (year & 3);
        let answer: CommentCycle['answer'] = null;
        if (answered) {
          const share = expected ? attended / expected : 0;
          const levels = [engaged ? random.int(1, 2) : random.int(2, 3), engaged ? random.int(1, 2) : random.int(2, 3), share >= 0.8 ? 1 : share >= 0.4 ? 2 : 3,
            engaged ? random.int(1, 2) : random.int(2, 3), engaged ? random.int(1, 2) : random.int(2, 3), engaged && random.chance(0.15) ? 1 : !engaged && share === 0 && random.chance(0.35) ? 3 : 2];
          answer = {
            formId: IDS.form(cycleSerial), draftedOn: isoDate(drafted), signedOn: isoDate(drafted + 1), signedBy: 'Bí thư chi bộ',
            certifiedOn: isoDate(certified), certifiedBy: 'Phó Bí thư Đảng ủy', returnedOn: isoDate(Math.max(returned, certified)), levels,
          };
        }
        const review = reviewed ? { id: IDS.review(cycleSerial), score: Math.max(30, Math.min(98, engaged ? random.int(70, 96) : random.int(45, 85))), decidedOn } : null;
        story.commentCycles.push({
          requestId: IDS.request(cycleSerial), memberId, year, workplaceOrganizationId: agency.id, workplaceCellId: workplaceCell.id, wardId: ward.node.id, cellId: cell.id,
          requestedOn, dueOn, exempt: exempt !== null, answer, review,
        });
      }
    }
    yield story;
  }
}
