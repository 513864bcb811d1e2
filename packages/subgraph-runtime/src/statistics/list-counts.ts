/**
 * The oversight lists' totals kept as counts (issue 15): a province's list of
 * absentees holds tens of thousands of rows, and counting them for every page
 * cost more than the page. A list that keeps its total this way adds a fact
 * per listed record to its subgraph's statistics facts, under a measure named
 * `list_…`: a stock fact standing from the day the record enters the list to
 * the day it leaves it (or open). The rollups count those facts by day, at
 * every ancestor, so a list's total on a day is the sum of a handful of its
 * node's rows, whatever the size of its subtree.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { coversOutsideSubtreeSql } from '@twoway/org-tree';
import { isListMeasure, rollupStartFunctionSql, rollupTriggerFunctionSql } from './rollup.migration.js';
import { SPREAD_TO_ANCESTORS } from './subtree-rollup.migration.js';

/**
 * SQL: the total on `day` of the list counted under `measures` (SQL literals),
 * at the node `node` whose path is `path` (SQL expressions), its whole subtree
 * counted; plus `plus` (a SELECT of one number: what the counts leave to the
 * records, such as a list's rows judged as of a past day), if given. NULL where
 * the node's scope covers a node outside its subtree (a district abolished in
 * 2025, as of a day before: see coversOutsideSubtreeSql), which the counts at
 * the node do not hold: the caller reads the list from its records then.
 */
export function countedListTotalSql(options: { node: string; path: string; day: string; measures: string[]; plus?: string }): string {
  const { node, path, day, measures, plus } = options;
  return `SELECT CASE WHEN ${coversOutsideSubtreeSql(path)} THEN NULL ELSE (
      SELECT COALESCE(sum(r.n), 0) FROM statistics_subtree_rollup r
      WHERE r.node_id = ${node} AND r.measure IN (${measures.join(', ')}) AND r.stock
        AND r.starts_month <= ${day} AND (r.ends_month IS NULL OR r.ends_month > ${day}))${plus ? ` + (${plus})` : ''} END::int AS total_count`;
}

/**
 * The rollups count the lists' facts by day: `statistics_rollup_start` is the
 * first day of a fact's group, its month for a figure and its day for a list
 * (the columns keep their names, `starts_month` and `ends_month`; the
 * dashboards' periods are whole months, so a day's row is counted as its
 * month's was); the lists' counts are kept in the subtree rollup only (a
 * list's total is its node's subtree rows, and a scope the subtree rows cannot
 * answer reads the list from its records). Facts of the lists counted by month
 * before (a subgraph's migration that added them ran before this one) are
 * taken out under the old triggers and put back under the new.
 */
export class ListCountsByDay1764400000950 implements MigrationInterface {
  name = 'ListCountsByDay1764400000950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rollupStartFunctionSql(`date_trunc('month', day)::date`));
    await this.regroupLists(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.regroupLists(queryRunner, false);
    await queryRunner.query(`DROP FUNCTION statistics_rollup_start(text, date)`);
  }

  private async regroupLists(queryRunner: QueryRunner, listsByDay: boolean): Promise<void> {
    await queryRunner.query(`CREATE TEMPORARY TABLE list_fact AS SELECT * FROM statistics_fact WHERE ${isListMeasure('measure')}`);
    await queryRunner.query(`DELETE FROM statistics_fact WHERE ${isListMeasure('measure')}`);
    for (const [event, sign] of [['INSERT', 1], ['DELETE', -1]] as const) {
      await queryRunner.query(rollupTriggerFunctionSql(event, sign, SPREAD_TO_ANCESTORS, listsByDay));
    }
    await queryRunner.query(`INSERT INTO statistics_fact SELECT * FROM list_fact`);
    await queryRunner.query(`DROP TABLE list_fact`);
  }
}
