/**
 * A thread of `npm run generate` (see generate-data.ts): tells the wards it is
 * given, turns each cell's story into every subgraph's rows, and sends them
 * back as COPY text in UTF-8 (transferred, not copied), a ward at a time.
 * Wards are independent (each draws from a generator of its own), so the data
 * is the same whatever thread tells which ward.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { wardStories, type CellStory, type GeneratedProvince, type TableRows } from '@twoway/demo-data';
import { CopyTextBuffer } from '@twoway/dev-database';
import { workplaceGeneratedRows } from '@twoway/workplace-committee';
import { residenceGeneratedRows } from '@twoway/residence-committee';
import { evaluationGeneratedRows, type EvaluationGenerationPolicy } from '@twoway/evaluation';

/** What a thread is started with: the tree's provinces, the day and seed of the story, evaluation's policy. */
export interface StoryThreadData {
  provinces: GeneratedProvince[];
  today: string;
  seed: number;
  policy: EvaluationGenerationPolicy;
}

/** Whose rows a table's text is: the subgraph (its database) it goes to. */
export type Share = 'workplace' | 'residence' | 'evaluation';

/** A ward to tell: its province's and its own index in the tree. */
export interface WardOrder {
  province: number;
  ward: number;
}

/** A ward's rows, per subgraph and table, as COPY text. */
export interface WardRows {
  order: WardOrder;
  tables: { share: Share; table: string; columns: string[]; rows: number; data: Uint8Array }[];
}

const { provinces, today, seed, policy } = workerData as StoryThreadData;
const rowsOf: Record<Share, (story: CellStory) => TableRows[]> = {
  workplace: workplaceGeneratedRows,
  residence: residenceGeneratedRows,
  evaluation: (story) => evaluationGeneratedRows(story, policy),
};

parentPort!.on('message', (order: WardOrder) => {
  const province = provinces[order.province]!;
  const gathered = new Map<string, { share: Share; table: string; columns: string[]; text: CopyTextBuffer }>();
  for (const story of wardStories(province, province.wards[order.ward]!, today, seed)) {
    for (const share of Object.keys(rowsOf) as Share[]) {
      for (const { table, columns, rows } of rowsOf[share](story)) {
        const key = `${share}:${table}`;
        let entry = gathered.get(key);
        if (!entry) gathered.set(key, (entry = { share, table, columns, text: new CopyTextBuffer() }));
        for (const row of rows) entry.text.append(row);
      }
    }
  }
  const tables = [...gathered.values()].map(({ text, ...table }) => ({ ...table, rows: text.rows, data: text.bytes() }));
  parentPort!.postMessage({ order, tables } satisfies WardRows, tables.map((t) => t.data.buffer as ArrayBuffer));
});
