import writeXlsxFile from 'write-excel-file/universal';
import { request } from './api';
import type { ListAnswer, OversightList, Row } from './pages/lists';

/** The largest page the gateway serves (docs/security.md): the export pages through the whole list with it. */
const EXPORT_PAGE = 100;

/** Every row of a list, page after page through the API, not only the page on screen. */
export async function wholeList(list: OversightList, variables: { organizationId: string; order?: 'ASC' | 'DESC'; asOf?: string }, token: string, progress: (done: number, total: number) => void): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const page: string | null = after;
    const answer: { data: ListAnswer } = await request(list.document, { ...variables, first: EXPORT_PAGE, after: page }, token);
    const connection: NonNullable<ListAnswer['organization']>['list'] | undefined = answer.data.organization?.list;
    if (!connection) return rows;
    rows.push(...connection.edges.map((edge) => list.row(edge as never)));
    progress(rows.length, connection.totalCount);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return rows;
    after = connection.pageInfo.endCursor;
  }
}

const csvField = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** CSV as Excel opens it in Vietnamese: UTF-8 with a byte-order mark, commas, CRLF, the same texts as on screen. */
export function toCsv(list: OversightList, rows: Row[]): Blob {
  const lines = [list.columns.map((c) => csvField(c.header)).join(','), ...rows.map((row) => list.columns.map((c) => csvField(c.text(row))).join(','))];
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** An Excel workbook (.xlsx) of one sheet: a bold header row, then the rows as on screen. */
export async function toXlsx(list: OversightList, rows: Row[]): Promise<Blob> {
  const data = [list.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const })), ...rows.map((row) => list.columns.map((c) => ({ value: c.text(row) })))];
  return writeXlsxFile(data, { sheet: list.title.slice(0, 31), columns: list.columns.map(() => ({ width: 28 })) }).toBlob();
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
