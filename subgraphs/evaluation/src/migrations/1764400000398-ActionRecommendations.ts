import { projectionMigrationOf, type ProjectionDefinition } from '@twoway/subgraph-runtime';

/**
 * The comment forms recommending that action be considered (xem xét xử lý)
 * that a list of them may show, kept with the records (see createProjection):
 * each such form that is its member's latest of its year, marked when it is
 * also their latest of any year, with the nodes its request is scoped by
 * (requestInScope). The list of a year reads its forms of that year; the list
 * of any year, those marked.
 *
 * Why (issue 15): read from the records, the list joined every form of the
 * scope to its request and looked for a later form of its member: over a
 * million members, 26 ms for a ward and 474 ms for Hà Nội, whose 765,000 forms
 * it read for 23,000 listed. Kept here, a scope reads its listed forms only,
 * about 3 % of the forms.
 */
export const ACTION_RECOMMENDATION: ProjectionDefinition = {
  table: 'action_recommendation',
  key: 'comment_form_id',
  columns: ['comment_form_id', 'member_id', 'year', 'signed_on', 'latest_of_member', 'workplace_cell_id', 'cell_id', 'ward_id'],
  rows: `
    SELECT f.id AS comment_form_id, f.member_id, f.year, f.signed_on,
           NOT EXISTS (SELECT 1 FROM comment_form later WHERE later.member_id = f.member_id AND later.signed_on > f.signed_on) AS latest_of_member,
           r.workplace_cell_id, r.cell_id, r.ward_id
    FROM comment_form f JOIN comment_request r ON r.id = f.request_id
    WHERE f.recommendation = 'CONSIDER_ACTION'
      AND NOT EXISTS (SELECT 1 FROM comment_form later WHERE later.member_id = f.member_id AND later.signed_on > f.signed_on AND later.year = f.year)`,
  sources: [
    // A member's new form may make their earlier ones no longer the latest.
    { table: 'comment_form', affected: 'SELECT f.id FROM comment_form f WHERE f.member_id IN (SELECT member_id FROM changed) UNION ALL SELECT id FROM changed' },
    { table: 'comment_request', affected: 'SELECT f.id FROM comment_form f WHERE f.request_id IN (SELECT id FROM changed)' },
  ],
};

export const ActionRecommendations1764400000398 = projectionMigrationOf('ActionRecommendations1764400000398', ACTION_RECOMMENDATION, [
  `CREATE TABLE action_recommendation (
     comment_form_id   uuid PRIMARY KEY,
     member_id         uuid NOT NULL,
     year              integer,
     signed_on         date NOT NULL,
     latest_of_member  boolean NOT NULL,
     workplace_cell_id uuid NOT NULL,
     cell_id           uuid,
     ward_id           uuid
   )`,
  // A small scope's forms, by each column a request is scoped by (a BitmapOr of them, as on comment_request).
  ...['workplace_cell', 'cell', 'ward'].map((column) => `CREATE INDEX action_recommendation_${column}_idx ON action_recommendation (${column}_id)`),
]);
