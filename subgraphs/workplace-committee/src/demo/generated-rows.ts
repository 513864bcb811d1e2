import { stableId, type CellStory, type TableRows } from '@twoway/demo-data';
import { nameKeys } from '../entities/member.entity.js';
import { workplaceRecords } from './demo-rows.js';

/** The workplace committee's data tables, emptied before a generated data set is loaded (its policy tables stay). */
export const WORKPLACE_DATA_TABLES = ['member_transfer', 'member_change', 'change_notice', 'residence_leaving_notice', 'introduction_letter', 'member'];

/**
 * Statements run once a generated data set is loaded, in its transaction: new
 * letters are numbered past every serial it holds. The sequence starts at
 * 100001, above the demo data's serials; a data set of more letters than
 * that reaches it, and the next letter issued would repeat a number.
 */
export const WORKPLACE_AFTER_LOAD: readonly string[] = [
  `SELECT setval('introduction_letter_number_seq', GREATEST(100000, (SELECT max(split_part(number, '-', 1)::bigint) FROM introduction_letter WHERE number ~ '^[0-9]+-GGT$')))`,
];

/**
 * A full name's search and sort keys, worked out once per name: a generated data set draws its million
 * names from a few thousand, and working out the keys (Unicode normalisation, a regular expression per
 * word) was a tenth of telling the story.
 */
const keysOfName = new Map<string, ReturnType<typeof nameKeys>>();
function nameKeysOnce(fullName: string): ReturnType<typeof nameKeys> {
  let keys = keysOfName.get(fullName);
  if (!keys) keysOfName.set(fullName, (keys = nameKeys(fullName)));
  return keys;
}

/** The workplace committee's rows of a generated data set (`npm run generate`), one residential cell's story at a time, in COPY column order. */
export function workplaceGeneratedRows(story: Pick<CellStory, 'today' | 'members' | 'introductions'>): TableRows[] {
  const { members, introductionLetters } = workplaceRecords(story.members, story.introductions);
  return [
    {
      table: 'member',
      columns: ['id', 'full_name', 'sex', 'birth_date', 'admission_date', 'full_membership_date', 'party_card_number', 'dossier_number', 'citizen_id', 'workplace_organization_id', 'workplace_cell_id', 'position', 'exemption_category', 'status', 'version', 'name_search', 'name_sort_key', 'introduction_due_since'],
      rows: members.map((m) => {
        const { nameSearch, nameSortKey } = nameKeysOnce(m.fullName);
        return [m.id, m.fullName, m.sex, m.birthDate, m.admissionDate, m.fullMembershipDate, m.partyCardNumber, m.dossierNumber, m.citizenId, m.workplaceOrganizationId, m.workplaceCellId,
          m.position, m.exemptionCategory, m.status, 1, nameSearch, nameSortKey, m.introductionDueSince];
      }),
    },
    {
      table: 'introduction_letter',
      columns: ['id', 'number', 'member_id', 'workplace_organization_id', 'issued_on', 'signer_name', 'to_ward_id', 'to_cell_id', 'residence_address', 'exempt', 'status', 'due_on', 'presented_on', 'received_on', 'assigned_on', 'returned_on', 'return_reason', 'end_reason', 'ended_on', 'version'],
      rows: introductionLetters.map((l) => [
        l.id, l.number, l.memberId, l.workplaceOrganizationId, l.issuedOn, l.signerName, l.toWardId, l.toCellId, l.residenceAddress, l.exempt, l.status, l.dueOn,
        l.presentedOn, l.receivedOn, l.assignedOn, l.returnedOn, l.returnReason, l.endReason, l.endedOn, 1,
      ]),
    },
    memberChangesOfLeavers(story, introductionLetters),
  ];
}

/**
 * The leaving changes the workplace recorded for the story's members who left (the day their membership ended: a
 * member change, which ends their figures then), reported to the ward of their latest letter on the data set's day:
 * not yet in a notice, as a change the residence has not heard of (the change-notice job compiles it at the end
 * of the period, not as a backlog at start).
 */
function memberChangesOfLeavers(story: Pick<CellStory, 'today' | 'members'>, letters: readonly { memberId: string; toWardId: string; issuedOn: string }[]): TableRows {
  const leavers = story.members.filter((m) => m.membershipEnded !== null && m.membershipEndedOn);
  const wardOf = new Map<string, string>();
  if (leavers.length > 0) {
    const ids = new Set(leavers.map((m) => m.id));
    for (const letter of letters.filter((l) => ids.has(l.memberId)).sort((a, b) => a.issuedOn.localeCompare(b.issuedOn))) wardOf.set(letter.memberId, letter.toWardId);
  }
  return {
    table: 'member_change',
    columns: ['id', 'member_id', 'workplace_organization_id', 'ward_id', 'change_type', 'effective_on', 'reported_on', 'details', 'change_notice_id'],
    rows: leavers.map((m) => [stableId(`generated:member-change:${m.id}`), m.id, m.workplaceOrganizationId, wardOf.get(m.id) ?? null, m.membershipEnded, m.membershipEndedOn, story.today, '{}', null]),
  };
}
