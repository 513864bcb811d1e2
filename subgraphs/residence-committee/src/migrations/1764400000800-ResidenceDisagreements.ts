import { projectionMigrationOf, type ProjectionDefinition } from '@twoway/subgraph-runtime';

/**
 * The residence's disagreements with the workplace, kept with the records (see
 * createProjection): each open registration whose member the workplace says
 * has left (a status other than ACTIVE, RETIRED or IN_TRANSIT in
 * member_standing), or of whom it has no record at all (no member_standing
 * row), with what the list shows of both sides.
 *
 * Why (issue 15): read from the records, the list joined every open
 * registration of the scope to member_standing to find the few that disagree:
 * over a million members, 41 to 53 ms for a ward and 266 to 470 ms for Hà Nội,
 * whose 500,000 registrations it read for about 2,000 disagreements. Kept
 * here, a province's list reads those rows only; a ward's, its own few.
 */
export const RESIDENCE_DISAGREEMENT: ProjectionDefinition = {
  table: 'residence_disagreement',
  key: 'registration_id',
  columns: ['registration_id', 'member_id', 'organization_id', 'received_on', 'registration_status', 'workplace_status', 'workplace_changed_on'],
  rows: `
    SELECT r.id AS registration_id, r.member_id, r.organization_id, r.received_on, r.status AS registration_status,
           s.status AS workplace_status, s.changed_on AS workplace_changed_on
    FROM residence_registration r LEFT JOIN member_standing s ON s.member_id = r.member_id
    WHERE r.status <> 'ENDED' AND (s.member_id IS NULL OR s.status NOT IN ('ACTIVE', 'RETIRED', 'IN_TRANSIT'))`,
  sources: [
    { table: 'residence_registration', affected: 'SELECT id FROM changed' },
    { table: 'member_standing', affected: 'SELECT g.id FROM residence_registration g WHERE g.member_id IN (SELECT member_id FROM changed)' },
  ],
};

export const ResidenceDisagreements1764400000800 = projectionMigrationOf('ResidenceDisagreements1764400000800', RESIDENCE_DISAGREEMENT, [
  `CREATE TABLE residence_disagreement (
     registration_id      uuid PRIMARY KEY,
     member_id            uuid NOT NULL,
     organization_id      uuid NOT NULL,
     received_on          date NOT NULL,
     registration_status  varchar(16) NOT NULL,
     workplace_status     varchar(16),
     workplace_changed_on date
   )`,
  // A scope's disagreements by node, in the list's order (the day received, then the registration).
  `CREATE INDEX residence_disagreement_organization_idx ON residence_disagreement (organization_id, received_on, registration_id)`,
]);
