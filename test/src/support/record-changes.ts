/**
 * Changes of every kind to the records the projections and counts are kept
 * from, as plain statements (what any writer might do): the projections test
 * and the lists' counts test apply them one by one and check after each.
 */

import type { SubgraphKey } from './databases.js';

/** Changes of every kind (insert, update, delete) to each source table of a subgraph's figures. */
export const CHANGES: Record<SubgraphKey, string[]> = {
  workplaceCommittee: [
    `UPDATE introduction_letter SET status = 'ENDED' WHERE id IN (SELECT id FROM introduction_letter WHERE status = 'ASSIGNED' ORDER BY id LIMIT 5)`,
    `UPDATE introduction_letter SET status = 'ASSIGNED', assigned_on = received_on WHERE id IN (SELECT id FROM introduction_letter WHERE status = 'RECEIVED' ORDER BY id LIMIT 3)`,
    `UPDATE member SET status = 'TRANSFERRED' WHERE id IN (SELECT id FROM member WHERE status = 'ACTIVE' ORDER BY id LIMIT 4)`,
    `UPDATE member SET workplace_cell_id = (SELECT workplace_cell_id FROM member ORDER BY id DESC LIMIT 1) WHERE id IN (SELECT id FROM member WHERE status = 'ACTIVE' ORDER BY id LIMIT 2)`,
    `INSERT INTO introduction_letter (id, number, member_id, workplace_organization_id, issued_on, signer_name, to_ward_id, to_cell_id, residence_address, exempt, status, due_on)
     SELECT gen_random_uuid(), l.number || '-B' || floor(random() * 1e6)::int, l.member_id, l.workplace_organization_id, l.issued_on + 30, l.signer_name, l.to_ward_id, NULL, l.residence_address, l.exempt, 'ISSUED', l.due_on + 30
     FROM introduction_letter l WHERE l.status = 'ASSIGNED' ORDER BY l.id DESC LIMIT 2`,
    `DELETE FROM introduction_letter WHERE id IN (SELECT id FROM introduction_letter WHERE number LIKE '%-B%' ORDER BY id LIMIT 1)`,
    // The workplace's own disagreements (workplace_disagreement): a letter open to a second ward; a record given
    // another's citizen ID, then one of the records sharing an ID left without any.
    `INSERT INTO introduction_letter (id, number, member_id, workplace_organization_id, issued_on, signer_name, to_ward_id, to_cell_id, residence_address, exempt, status, due_on)
     SELECT gen_random_uuid(), l.number || '-W' || floor(random() * 1e6)::int, l.member_id, l.workplace_organization_id, l.issued_on + 30, l.signer_name,
       (SELECT w.id FROM organization_unit w WHERE w.kind = 'WARD' AND w.id <> l.to_ward_id ORDER BY w.id LIMIT 1), NULL, l.residence_address, l.exempt, 'ISSUED', l.due_on + 30
     FROM introduction_letter l WHERE l.status = 'ASSIGNED' ORDER BY l.id LIMIT 1`,
    `UPDATE member SET citizen_id = (SELECT citizen_id FROM member WHERE citizen_id IS NOT NULL ORDER BY id LIMIT 1)
     WHERE id IN (SELECT id FROM member WHERE citizen_id IS NOT NULL ORDER BY id DESC LIMIT 1)`,
    `UPDATE member SET citizen_id = NULL WHERE id IN (
       SELECT m.id FROM member m WHERE EXISTS (SELECT 1 FROM member o WHERE o.citizen_id = m.citizen_id AND o.id <> m.id) ORDER BY m.id LIMIT 1)`,
  ],
  residenceCommittee: [
    `UPDATE residence_registration SET status = 'ENDED', ended_on = assigned_on + 40, end_reason = 'MOVED' WHERE id IN (SELECT id FROM residence_registration WHERE status = 'ACTIVE' ORDER BY id LIMIT 5)`,
    `UPDATE meeting_attendance SET status = 'ABSENT' WHERE (meeting_id, member_id) IN (SELECT meeting_id, member_id FROM meeting_attendance WHERE status = 'PRESENT' ORDER BY 1, 2 LIMIT 7)`,
    `DELETE FROM meeting_attendance WHERE (meeting_id, member_id) IN (SELECT meeting_id, member_id FROM meeting_attendance ORDER BY 2, 1 LIMIT 3)`,
    `UPDATE meeting SET held_on = held_on + 45 WHERE id IN (SELECT id FROM meeting WHERE kind = 'SEMI_ANNUAL_TWO_WAY' ORDER BY id LIMIT 2)`,
    `INSERT INTO meeting (id, organization_id, kind, held_on) SELECT gen_random_uuid(), organization_id, 'SEMI_ANNUAL_TWO_WAY', DATE '2026-06-15' FROM meeting ORDER BY id LIMIT 1`,
    // The workplace's word on members (issue 13): exemption moves the figures, a workplace cell moves the reach.
    `UPDATE member_standing SET residence_duty = 'EXEMPT' WHERE member_id IN (SELECT member_id FROM meeting_attendance WHERE status IN ('ABSENT', 'EXCUSED') ORDER BY 1 LIMIT 6)`,
    `UPDATE member_standing SET workplace_cell_id = (SELECT workplace_cell_id FROM member_standing ORDER BY member_id DESC LIMIT 1) WHERE member_id IN (SELECT member_id FROM member_standing ORDER BY member_id LIMIT 3)`,
    `UPDATE residence_registration SET activity = 'OFFICIAL' WHERE id IN (SELECT id FROM residence_registration WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 2)`,
    `DELETE FROM member_standing WHERE member_id IN (SELECT member_id FROM member_standing WHERE residence_duty = 'EXEMPT' ORDER BY 1 LIMIT 1)`,
    // The workplace's word against the residence's (residence_disagreement): members leave, one comes back, one is unknown.
    `UPDATE member_standing SET status = 'TRANSFERRED', changed_on = DATE '2026-11-02' WHERE member_id IN (SELECT member_id FROM residence_registration WHERE status <> 'ENDED' ORDER BY member_id LIMIT 4)`,
    `UPDATE member_standing SET status = 'ACTIVE' WHERE member_id IN (SELECT member_id FROM residence_registration WHERE status <> 'ENDED' ORDER BY member_id LIMIT 1)`,
    `DELETE FROM member_standing WHERE member_id IN (SELECT member_id FROM residence_registration WHERE status <> 'ENDED' ORDER BY member_id DESC LIMIT 1)`,
  ],
  evaluation: [
    `UPDATE comment_request SET status = 'WAIVED' WHERE id IN (SELECT id FROM comment_request WHERE status = 'SENT' ORDER BY id LIMIT 4)`,
    `UPDATE comment_request SET due_on = due_on + 20 WHERE id IN (SELECT request_id FROM comment_form ORDER BY id LIMIT 3)`,
    `UPDATE annual_review SET rating = 'NOT_COMPLETED' WHERE id IN (SELECT id FROM annual_review WHERE rating = 'GOOD' ORDER BY id LIMIT 3)`,
    `DELETE FROM annual_review WHERE id IN (SELECT id FROM annual_review ORDER BY id DESC LIMIT 2)`,
    // Later comments (action_recommendation): one takes members whose latest recommends action off the list of any
    // year (not off that year's), one puts others on it; then requests that recommended action change ward.
    laterComment('COMMEND', `= 'CONSIDER_ACTION'`),
    laterComment('CONSIDER_ACTION', `<> 'CONSIDER_ACTION'`),
    `UPDATE comment_request SET cell_id = NULL, ward_id = (SELECT id FROM organization_unit WHERE kind = 'WARD' ORDER BY id DESC LIMIT 1)
     WHERE id IN (SELECT request_id FROM comment_form WHERE recommendation = 'CONSIDER_ACTION' ORDER BY id LIMIT 2)`,
  ],
};

/**
 * A discipline request and its form recommending `recommendation`, signed ten days after the latest form of two
 * members whose latest form's recommendation is `latest` (an SQL condition); of no year, as such requests are.
 */
function laterComment(recommendation: string, latest: string): string {
  return `WITH latest AS (
      SELECT * FROM (SELECT DISTINCT ON (member_id) * FROM comment_form ORDER BY member_id, signed_on DESC) f
      WHERE f.recommendation ${latest} ORDER BY f.member_id LIMIT 2),
    request AS (
      INSERT INTO comment_request (id, member_id, purpose, year, workplace_organization_id, workplace_cell_id, ward_id, cell_id, requested_on, due_on, status)
      SELECT gen_random_uuid(), q.member_id, 'DISCIPLINE', NULL, q.workplace_organization_id, q.workplace_cell_id, l.ward_id, l.cell_id, l.signed_on + 5, l.signed_on + 35, 'SIGNED'
      FROM latest l JOIN comment_request q ON q.id = l.request_id RETURNING id, member_id, ward_id, cell_id, requested_on)
    INSERT INTO comment_form (id, request_id, member_id, year, criteria_set_id, recommendation, cell_id, ward_id, drafted_on, signed_on, signed_by)
    SELECT gen_random_uuid(), r.id, r.member_id, NULL, l.criteria_set_id, '${recommendation}', r.cell_id, r.ward_id, r.requested_on + 2, r.requested_on + 5, 'Bí thư chi bộ'
    FROM request r JOIN latest l ON l.member_id = r.member_id`;
}

/**
 * Changes of the tree, in every subgraph's copy: a residential cell ends and
 * names a successor in another ward, so its ward's scope covers a node outside
 * its subtree (answered from the per-node rollup, not the subtree's counts).
 */
export const TREE_CHANGES = [
  `UPDATE organization_unit c SET valid_to = c.valid_from + 1, successor_id = (
     SELECT o.id FROM organization_unit o WHERE o.kind = 'RESIDENTIAL_CELL' AND o.valid_to IS NULL AND o.parent_id <> c.parent_id ORDER BY o.id LIMIT 1)
   WHERE c.id = (SELECT id FROM organization_unit WHERE kind = 'RESIDENTIAL_CELL' AND valid_to IS NULL AND successor_id IS NULL ORDER BY id DESC LIMIT 1)`,
];


/** Registrations the absentees list holds (absent or excused at their last two meetings), the first `n` after skipping `offset`. */
const ABSENTEES = (n: number, offset = 0) => `SELECT registration_id FROM registration_attendance
  WHERE last_status IN ('ABSENT', 'EXCUSED') AND previous_status IN ('ABSENT', 'EXCUSED') ORDER BY registration_id OFFSET ${offset} LIMIT ${n}`;
/** Comment requests still open, the first `n` after skipping `offset`. */
const OPEN_REQUESTS = (n: number, offset = 0) => `SELECT id FROM comment_request WHERE status = 'SENT' ORDER BY id OFFSET ${offset} LIMIT ${n}`;

/**
 * Changes that move the oversight lists kept as counts (issue 15), besides
 * CHANGES: a meeting everybody missed, a registration moved, ending on a day
 * to come or assigned later, a duty given back; a request returned late,
 * cancelled, due later. Each is dated around the test day, so that the lists
 * as of days before and after it differ.
 */
export const LIST_CHANGES: Partial<Record<SubgraphKey, string[]>> = {
  residenceCommittee: [
    `WITH m AS (
       INSERT INTO meeting (id, organization_id, kind, held_on)
       SELECT gen_random_uuid(), organization_id, 'SEMI_ANNUAL_TWO_WAY', DATE '2026-11-20' FROM residence_registration
       WHERE status = 'ACTIVE' GROUP BY organization_id ORDER BY count(*) DESC, organization_id LIMIT 1
       RETURNING id, organization_id, held_on)
     INSERT INTO meeting_attendance (meeting_id, member_id, organization_id, held_on, status)
     SELECT DISTINCT ON (r.member_id) m.id, r.member_id, m.organization_id, m.held_on, 'ABSENT'
     FROM m JOIN residence_registration r ON r.organization_id = m.organization_id AND r.status = 'ACTIVE'`,
    `UPDATE residence_registration r SET cell_id = c.id, ward_id = c.parent_id
     FROM (SELECT id, parent_id FROM organization_unit WHERE kind = 'RESIDENTIAL_CELL' AND valid_to IS NULL ORDER BY id DESC LIMIT 1) c
     WHERE r.id IN (${ABSENTEES(2)})`,
    `UPDATE residence_registration SET status = 'ENDED', ended_on = DATE '2026-12-20', end_reason = 'MOVED' WHERE id IN (${ABSENTEES(2, 2)})`,
    `UPDATE residence_registration SET assigned_on = DATE '2026-11-25' WHERE id IN (${ABSENTEES(2, 4)})`,
    `UPDATE member_standing SET residence_duty = 'TWO_WAY' WHERE member_id IN (SELECT member_id FROM member_standing WHERE residence_duty = 'EXEMPT' ORDER BY member_id LIMIT 3)`,
  ],
  evaluation: [
    `UPDATE comment_request SET status = 'RETURNED', returned_on = due_on + 10 WHERE id IN (${OPEN_REQUESTS(3)})`,
    `UPDATE comment_request SET status = 'CANCELLED' WHERE id IN (${OPEN_REQUESTS(2)})`,
    `UPDATE comment_request SET due_on = DATE '2026-12-15' WHERE id IN (${OPEN_REQUESTS(2, 2)})`,
    `UPDATE comment_request SET status = 'RETURNED', returned_on = DATE '2026-11-25' WHERE id IN (SELECT id FROM comment_request WHERE status = 'SENT' AND due_on < DATE '2026-11-01' ORDER BY id LIMIT 2)`,
  ],
};
