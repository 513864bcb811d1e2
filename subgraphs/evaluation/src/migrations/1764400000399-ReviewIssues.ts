import { projectionMigrationOf, type ProjectionDefinition } from '@twoway/subgraph-runtime';

/**
 * The rating goes against the residence's recommendation: excellent or good
 * next to "consider action", not completed next to "commend". The one place
 * this judgement is written in SQL (AnnualReview.contradictsResidenceComment
 * says the same in TypeScript).
 */
const CONTRADICTS_SQL = `((v.rating IN ('EXCELLENT', 'GOOD') AND f.recommendation = 'CONSIDER_ACTION') OR (v.rating = 'NOT_COMPLETED' AND f.recommendation = 'COMMEND'))`;

/**
 * The annual reviews that contradict the residence comment they took into
 * account, or that were decided without one, kept with the records (see
 * createProjection): each with its kind, and the nodes a list is scoped by
 * (the reviewing workplace cell; the residential cell and ward asked for the
 * year's annual comment, where there was a request).
 *
 * Why (issue 15): read from the records, the list joined every review of the
 * year to its form and to the member's annual request, and the scope of
 * either side (an OR across the review and the request) left no index to
 * start from: over a million members, 0.6 s for a ward and 1.1 s for Hà Nội,
 * for 60,000 such reviews of 718,000. Kept here, a scope reads those only.
 */
export const REVIEW_ISSUE: ProjectionDefinition = {
  table: 'review_issue',
  key: 'annual_review_id',
  columns: ['annual_review_id', 'year', 'decided_on', 'kind', 'workplace_cell_id', 'cell_id', 'ward_id'],
  rows: `
    SELECT v.id AS annual_review_id, v.year, v.decided_on, i.kind, v.workplace_cell_id, r.cell_id, r.ward_id
    FROM annual_review v
    LEFT JOIN comment_form f ON f.id = v.comment_form_id
    -- At most one: a member's annual request of a year that is not cancelled is unique (comment_request_one_annual_idx).
    LEFT JOIN comment_request r ON r.member_id = v.member_id AND r.purpose = 'ANNUAL' AND r.year = v.year AND r.status <> 'CANCELLED'
    CROSS JOIN LATERAL (SELECT CASE WHEN v.comment_form_id IS NULL THEN 'WITHOUT_COMMENT' WHEN ${CONTRADICTS_SQL} THEN 'CONTRADICTS' END AS kind) i
    WHERE i.kind IS NOT NULL`,
  sources: [
    { table: 'annual_review', affected: 'SELECT id FROM changed' },
    { table: 'comment_form', affected: 'SELECT v.id FROM annual_review v WHERE v.comment_form_id IN (SELECT id FROM changed)' },
    { table: 'comment_request', affected: 'SELECT v.id FROM annual_review v WHERE v.member_id IN (SELECT member_id FROM changed)' },
  ],
};

export const ReviewIssues1764400000399 = projectionMigrationOf('ReviewIssues1764400000399', REVIEW_ISSUE, [
  `CREATE TABLE review_issue (
     annual_review_id  uuid PRIMARY KEY,
     year              integer NOT NULL,
     decided_on        date NOT NULL,
     kind              varchar(16) NOT NULL,
     workplace_cell_id uuid NOT NULL,
     cell_id           uuid,
     ward_id           uuid
   )`,
  // A small scope's reviews of a year, by each column a list is scoped by (a BitmapOr of them on either side).
  ...['workplace_cell', 'cell', 'ward'].map((column) => `CREATE INDEX review_issue_${column}_idx ON review_issue (${column}_id, year)`),
]);
