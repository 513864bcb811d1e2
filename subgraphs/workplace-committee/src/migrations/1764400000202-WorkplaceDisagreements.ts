import { projectionMigrationOf, type ProjectionDefinition } from '@twoway/subgraph-runtime';

/**
 * The workplace's disagreements within its own records, kept with them (see
 * createProjection): a member with letters open to two wards at once
 * (OPEN_TO_TWO_WARDS), and a member record that shares its citizen ID with
 * another (SHARED_CITIZEN_ID), one row per member and kind, with what the list
 * shows: its sort key (the member's name; for a shared ID the least id of the
 * records sharing it, so that they sort together), the Vietnamese detail,
 * which never carries the number, and the other records sharing the ID.
 *
 * Why (issue 15): read from the records, the list looked at every member of
 * the scope (their open letters grouped, their citizen ID looked up): 2.4 s for
 * Hà Nội's 500,000 members over a million, for a handful of rows. Kept here, a
 * scope reads its rows only.
 */
/** The statuses of a letter still open, as this migration was written. */
const OPEN = `('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')`;

export const WORKPLACE_DISAGREEMENT: ProjectionDefinition = {
  table: 'workplace_disagreement',
  key: 'member_id',
  columns: ['member_id', 'kind', 'workplace_cell_id', 'workplace_organization_id', 'sort_key', 'detail', 'related_member_ids'],
  rows: `
    SELECT x.member_id, 'OPEN_TO_TWO_WARDS'::varchar(24) AS kind, m.workplace_cell_id, m.workplace_organization_id, m.full_name::text AS sort_key,
           'Giấy giới thiệu còn hiệu lực tới ' || d.wards || ' phường, xã: ' || d.numbers AS detail,
           ARRAY[]::text[] AS related_member_ids
    -- The members with open letters to more than one ward, told by a hash of the letters (the key asked for, a
    -- member, is the grouping column, so a refresh reads that member's letters only); then each one's record and
    -- letters read by key (fenced by OFFSET 0: joined, the planner sorted the million letters to merge them).
    FROM (SELECT l.member_id FROM introduction_letter l WHERE l.status IN ${OPEN} GROUP BY l.member_id
          HAVING min(l.to_ward_id::text) <> max(l.to_ward_id::text)) x
    CROSS JOIN LATERAL (SELECT m.workplace_cell_id, m.workplace_organization_id, m.full_name FROM member m WHERE m.id = x.member_id OFFSET 0) m
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT l.to_ward_id) AS wards, string_agg(l.number, ', ' ORDER BY l.issued_on) AS numbers
      FROM introduction_letter l WHERE l.member_id = x.member_id AND l.status IN ${OPEN}) d
    UNION ALL
    SELECT m.id, 'SHARED_CITIZEN_ID', m.workplace_cell_id, m.workplace_organization_id, shared.first_id,
           'Số định danh cá nhân trùng với ' || cardinality(shared.others) || ' hồ sơ đảng viên khác',
           shared.others
    FROM member m
    CROSS JOIN LATERAL (
      SELECT min(o.id::text) AS first_id, array_agg(o.id::text ORDER BY o.id) FILTER (WHERE o.id <> m.id) AS others
      FROM member o WHERE o.citizen_id = m.citizen_id
    ) shared
    -- A scalar count, not EXISTS: a semi-join let the planner work out every member's lateral before the test.
    WHERE m.citizen_id IS NOT NULL AND (SELECT count(*) FROM member o WHERE o.citizen_id = m.citizen_id) > 1`,
  sources: [
    // A record's citizen ID taken, given or changed moves the rows of every record sharing the old or the new one.
    { table: 'member', affected: 'SELECT id FROM changed UNION ALL SELECT o.id FROM member o WHERE o.citizen_id IN (SELECT citizen_id FROM changed)' },
    { table: 'introduction_letter', affected: 'SELECT member_id FROM changed' },
  ],
};

export const WorkplaceDisagreements1764400000202 = projectionMigrationOf('WorkplaceDisagreements1764400000202', WORKPLACE_DISAGREEMENT, [
  `CREATE TABLE workplace_disagreement (
     member_id                 uuid NOT NULL,
     kind                      varchar(24) NOT NULL,
     workplace_cell_id         uuid NOT NULL,
     workplace_organization_id uuid NOT NULL,
     sort_key                  text NOT NULL,
     detail                    text NOT NULL,
     related_member_ids        text[] NOT NULL,
     PRIMARY KEY (member_id, kind)
   )`,
  `CREATE INDEX workplace_disagreement_cell_idx ON workplace_disagreement (workplace_cell_id)`,
]);
