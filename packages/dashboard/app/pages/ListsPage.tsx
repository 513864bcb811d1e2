import { useState } from 'react';
import { ActingAsDocument } from '../generated/graphql';
import { ApiError } from '../api';
import { download, toCsv, toXlsx, wholeList } from '../export';
import { formatDate, formatNumber } from '../format';
import { useOperation } from '../hooks';
import type { Session } from '../session';
import { Breadcrumbs, Failure, Link, Loading, Pager, PartialErrors, Section } from '../components/ui';
import { LISTS, type OversightList } from './lists';

const PAGE_SIZES = [20, 50, 100];

function ListTable({ session, day, organizationId, list }: { session: Session; day: string; organizationId: string; list: OversightList }) {
  const [order, setOrder] = useState<'ASC' | 'DESC'>('ASC');
  const [year, setYear] = useState(Number(day.slice(0, 4)) - 1);
  const [size, setSize] = useState(PAGE_SIZES[0]!);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const variables = { organizationId, ...(list.sortedBy ? { order } : {}), ...(list.asOf ? { asOf: day } : {}), ...(list.byYear ? { year } : {}) };
  const page = useOperation(list.document, { ...variables, first: size, after: cursors[cursors.length - 1] ?? null }, session.token);
  const restart = () => setCursors([null]);

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExportError(null);
    setExporting('Đang lấy dữ liệu…');
    try {
      const rows = await wholeList(list, variables, session.token, (done, total) => setExporting(`Đã lấy ${formatNumber(done)}/${formatNumber(total)} dòng…`));
      const name = `${list.slug}-${organizationId.slice(0, 8)}-${day}.${format}`;
      download(format === 'csv' ? toCsv(list, rows) : await toXlsx(list, rows), name);
      setExporting(`Đã xuất ${formatNumber(rows.length)} dòng (${name}).`);
    } catch (error) {
      setExporting(null);
      setExportError(error instanceof ApiError ? error : new ApiError('EXPORT_FAILED', String(error), 0));
    }
  };

  return (
    <Section
      title={list.title}
      actions={
        <div className="actions">
          <button type="button" onClick={() => void exportAs('csv')} data-testid="export-csv">
            Xuất CSV
          </button>
          <button type="button" onClick={() => void exportAs('xlsx')} data-testid="export-xlsx">
            Xuất Excel
          </button>
        </div>
      }
    >
      <p className="muted">
        {list.about}
        {list.asOf ? ` Tính đến ngày ${formatDate(day)}.` : ''}
      </p>
      {exporting ? (
        <p role="status" data-testid="export-status">
          {exporting}
        </p>
      ) : null}
      {exportError ? <Failure error={exportError} /> : null}
      <div className="toolbar">
        {list.byYear ? (
          <label>
            Năm đánh giá{' '}
            <select
              value={year}
              onChange={(e) => {
                setYear(Number(e.target.value));
                restart();
              }}
              data-testid="list-year"
            >
              {Array.from({ length: 5 }, (_, i) => Number(day.slice(0, 4)) - i).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {list.sortedBy ? (
          <button
            type="button"
            onClick={() => {
              setOrder(order === 'ASC' ? 'DESC' : 'ASC');
              restart();
            }}
            data-testid="sort"
            aria-label={`Sắp xếp theo ${list.sortedBy}`}
          >
            Sắp xếp theo {list.sortedBy}: {order === 'ASC' ? 'tăng dần ▲' : 'giảm dần ▼'}
          </button>
        ) : null}
        <label>
          Số dòng mỗi trang{' '}
          <select
            value={size}
            onChange={(e) => {
              setSize(Number(e.target.value));
              restart();
            }}
            name="page-size"
          >
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.state === 'loading' ? <Loading what="danh sách" /> : null}
      {page.state === 'failed' ? <Failure error={page.error} /> : null}
      {page.state === 'done' ? <PartialErrors errors={page.errors} /> : null}
      {page.state === 'done' && !page.data.organization && page.errors.length === 0 ? <Failure error={{ code: 'NOT_FOUND', message: 'Không có đơn vị này, hoặc tư cách này không được xem.' }} /> : null}
      {page.state === 'done' && page.data.organization ? (
        <>
          <p data-testid="list-total">
            Tổng số: <strong>{formatNumber(page.data.organization.list.totalCount)}</strong>
          </p>
          <table data-testid="list-table">
            <thead>
              <tr>
                <th className="num">#</th>
                {list.columns.map((c) => (
                  <th key={c.header}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.data.organization.list.edges.map((edge, index) => {
                const row = list.row(edge as never);
                return (
                  <tr key={index}>
                    <td className="num">{formatNumber((cursors.length - 1) * size + index + 1)}</td>
                    {list.columns.map((c, i) => (
                      <td key={c.header}>{i === 0 && row.memberId ? <Link to={`/dang-vien/${row.memberId}`}>{c.text(row)}</Link> : c.text(row)}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager cursors={cursors} onChange={setCursors} pageInfo={page.data.organization.list.pageInfo} totalCount={page.data.organization.list.totalCount} pageSize={size} />
        </>
      ) : null}
    </Section>
  );
}

/** The oversight lists of a node: one tab per list, each with its total, paging, sorting and export. */
export function ListsPage({ session, day, organizationId, list }: { session: Session; day: string; organizationId: string; list: string }) {
  const place = useOperation(ActingAsDocument, { organizationId }, session.token);
  const chosen = LISTS.find((l) => l.slug === list) ?? LISTS[0]!;
  return (
    <>
      {place.state === 'done' && place.data.organization ? <Breadcrumbs trail={[...place.data.organization.ancestors, place.data.organization]} /> : null}
      <h1>Danh sách giám sát{place.state === 'done' && place.data.organization ? `: ${place.data.organization.name}` : ''}</h1>
      <nav className="tabs" aria-label="Các danh sách">
        {LISTS.map((l) => (
          <Link key={l.slug} to={`/danh-sach/${organizationId}/${l.slug}`} className={l.slug === chosen.slug ? 'tab current' : 'tab'}>
            {l.title}
          </Link>
        ))}
      </nav>
      {place.state === 'loading' ? <Loading what="đơn vị" /> : null}
      {place.state === 'failed' ? <Failure error={place.error} /> : null}
      <ListTable key={`${organizationId}/${chosen.slug}/${day}`} session={session} day={day} organizationId={organizationId} list={chosen} />
    </>
  );
}
