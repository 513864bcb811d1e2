import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const SPECIAL = /[\\\t\n\r]/;
const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** One value in PostgreSQL's COPY text format (most values need no escaping: tested before replacing). */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return SPECIAL.test(value) ? escape(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return escape(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** Rows as COPY text, a line each. */
export function copyText(rows: Iterable<readonly unknown[]>): { text: string; count: number } {
  let text = '';
  let count = 0;
  for (const row of rows) {
    let line = field(row[0]);
    for (let i = 1; i < row.length; i += 1) line += `\t${field(row[i])}`;
    text += `${line}\n`;
    count += 1;
  }
  return { text, count };
}

/**
 * COPY text written a row at a time into a buffer outside the JavaScript heap
 * (UTF-8): a large load keeps only each row's line on the heap, briefly, so
 * the garbage collector never copies what is waiting to be sent.
 */
export class CopyTextBuffer {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private length = 0;
  rows = 0;

  append(row: readonly unknown[]): void {
    let line = field(row[0]);
    for (let i = 1; i < row.length; i += 1) line += `\t${field(row[i])}`;
    line += '\n';
    // At most 3 bytes of UTF-8 per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
    if (this.length + line.length * 3 > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + line.length * 3));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(line, this.length);
    this.rows += 1;
  }

  /** The text written so far (a view of the buffer, whose memory it shares). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Options of a COPY: FREEZE writes the rows frozen and visible to all, for a table created or emptied in the same transaction. */
export interface CopyOptions {
  freeze?: boolean;
}

const copyStatement = (table: string, columns: readonly string[], options: CopyOptions) =>
  `COPY ${table} (${columns.join(', ')}) FROM STDIN${options.freeze ? ' WITH (FREEZE)' : ''}`;

/** COPY text (see copyText), as a string or already encoded in UTF-8. */
export type CopyData = string | Uint8Array;
const sizeOf = (data: CopyData) => (typeof data === 'string' ? data.length : data.byteLength);

/** Sends COPY text into a table, inside the caller's transaction. */
export async function copyTextInto(client: pg.ClientBase, table: string, columns: readonly string[], data: readonly CopyData[], options: CopyOptions = {}): Promise<void> {
  await pipeline(Readable.from(data), client.query(copyFrom(copyStatement(table, columns, options))));
}

/**
 * Bulk load with COPY FROM STDIN (the fastest way into PostgreSQL): rows are
 * streamed as text, a chunk at a time, inside the caller's transaction.
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: string[], rows: Iterable<unknown[]>, options: CopyOptions = {}): Promise<number> {
  let count = 0;
  const lines = (function* () {
    let chunk = '';
    for (const row of rows) {
      chunk += `${row.map(field).join('\t')}\n`;
      count += 1;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  })();
  await pipeline(Readable.from(lines), client.query(copyFrom(copyStatement(table, columns, options))));
  return count;
}

/**
 * Rows for many tables fed into one connection while the caller goes on
 * producing them: each table's rows gather as COPY text, and once a table has
 * `flushSize` characters (or bytes) they go out as one COPY, behind those already sent
 * (a connection runs one statement at a time). The caller bounds its memory
 * with `below`, and ends with `finish`.
 */
export interface CopyFeed {
  add(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): void;
  /** Queues `rows` rows already written as COPY text (by copyText, perhaps on another thread). */
  addText(table: string, columns: readonly string[], data: CopyData, rows: number): void;
  /** Resolves once at most `size` characters wait to be sent; rejects once a COPY has failed. */
  below(size: number): Promise<void>;
  /** Sends what is left and waits for every COPY: the rows sent per table; rejects with the first failure. */
  finish(): Promise<Record<string, number>>;
}

export function copyFeed(client: pg.ClientBase, options: CopyOptions & { flushSize?: number } = {}): CopyFeed {
  const flushSize = options.flushSize ?? 4 << 20;
  const gathering = new Map<string, { columns: readonly string[]; parts: CopyData[]; size: number }>();
  const counts: Record<string, number> = {};
  const sent: Promise<void>[] = [];
  let waiting = 0;
  let failure: { error: unknown } | undefined;
  let last: Promise<void> = Promise.resolve();

  const send = (table: string) => {
    const gathered = gathering.get(table);
    if (!gathered || gathered.size === 0) return;
    const { parts, size } = gathered;
    gathered.parts = [];
    gathered.size = 0;
    const copy = last.then(async () => {
      if (failure) return;
      try {
        await copyTextInto(client, table, gathered.columns, parts, options);
      } catch (error) {
        failure = { error };
      } finally {
        waiting -= size;
        sent.shift();
      }
    });
    waiting += size;
    sent.push(copy);
    last = copy;
  };
  const failed = () => {
    if (failure) throw failure.error;
  };

  const addText = (table: string, columns: readonly string[], data: CopyData, rows: number) => {
    failed();
    if (rows === 0) return;
    counts[table] = (counts[table] ?? 0) + rows;
    let gathered = gathering.get(table);
    if (!gathered) gathering.set(table, (gathered = { columns, parts: [], size: 0 }));
    gathered.parts.push(data);
    gathered.size += sizeOf(data);
    if (gathered.size >= flushSize) send(table);
  };

  return {
    add(table, columns, rows) {
      const { text, count } = copyText(rows);
      addText(table, columns, text, count);
    },
    addText,
    async below(size) {
      while (waiting > size && sent.length > 0 && !failure) await sent[0];
      failed();
    },
    async finish() {
      for (const table of gathering.keys()) send(table);
      await last;
      failed();
      return counts;
    },
  };
}
