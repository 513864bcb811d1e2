import { useEffect, useState } from 'react';
import { CellMembersDocument, NodeFiguresDocument } from '../generated/graphql';
import { formatDate, formatNumber, formatPercent, monthsBefore } from '../format';
import { useOperation } from '../hooks';
import { KIND_LABELS, MEMBERSHIP_STATUS, REGISTRATION_STATUS, label } from '../labels';
import type { Session } from '../session';
import { Breadcrumbs, Card, Failure, Link, Loading, Pager, PartialErrors, Section } from '../components/ui';
import { TrendChart } from '../components/TrendChart';
import { LISTS } from './lists';

const PAGE = 50;

/** The members of a cell, a page at a time, each opening the member's page. */
function CellMembers({ session, organizationId, kind }: { session: Session; organizationId: string; kind: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const members = useOperation(CellMembersDocument, { organizationId, first: PAGE, after }, session.token);
  if (members.state === 'loading') return <Loading what="danh sách đảng viên" />;
  if (members.state === 'failed') return <Failure error={members.error} />;
  const organization = members.data.organization;
  if (!organization) return null;
  const residential = kind === 'RESIDENTIAL_CELL';
  const connection = residential ? organization.registeredMembers : organization.workplaceMembers;
  const rows = residential
    ? organization.registeredMembers.edges.map(({ node }) => ({ id: node.member.id, fullName: node.member.fullName, position: node.member.position, workplace: node.member.workplaceOrganization.name, status: label(REGISTRATION_STATUS, node.status), since: formatDate(node.receivedOn) }))
    : organization.workplaceMembers.edges.map(({ node }) => ({ id: node.id, fullName: node.fullName, position: node.position, workplace: node.workplaceOrganization.name, status: label(MEMBERSHIP_STATUS, node.status), since: '' }));
  return (
    <Section title={`Đảng viên của chi bộ (${formatNumber(connection.totalCount)})`}>
      <table data-testid="cell-members">
        <thead>
          <tr>
            <th>Họ và tên</th>
            <th>Chức vụ</th>
            <th>Nơi công tác</th>
            <th>Tình trạng</th>
            {residential ? <th>Tiếp nhận</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={`/dang-vien/${row.id}`}>{row.fullName}</Link>
              </td>
              <td>{row.position ?? '—'}</td>
              <td>{row.workplace}</td>
              <td>{row.status}</td>
              {residential ? <td>{row.since}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <Pager cursors={cursors} onChange={setCursors} pageInfo={connection.pageInfo} totalCount={connection.totalCount} pageSize={PAGE} />
    </Section>
  );
}

/**
 * A node's page: where it is (breadcrumbs), its headline figures for a year, the trend over the 12 months up to
 * the reference day, and its children with the same figures, each opening its own page. A cell lists its members.
 */
export function NodePage({ session, day, organizationId, year }: { session: Session; day: string; organizationId: string; year: string | null }) {
  const period = year && /^\d{4}$/.test(year) ? year : day.slice(0, 4);
  const figures = useOperation(NodeFiguresDocument, { organizationId, period, from: monthsBefore(day, 11), to: day }, session.token);
  useEffect(() => {
    // When the figures are on screen, in ms since the page's navigation began (performance.getEntriesByName): the
    // browser tests report it for the province page.
    if (figures.state === 'done') performance.mark(`dashboard:figures:${organizationId}`);
  }, [figures, organizationId]);
  if (figures.state === 'loading') return <Loading what="số liệu" />;
  if (figures.state === 'failed') return <Failure error={figures.error} />;
  const { organization, statistics, statisticsSeries } = figures.data;
  if (!organization) return <Failure error={{ code: 'NOT_FOUND', message: 'Không có đơn vị này, hoặc tư cách hiện tại không được xem.' }} />;
  const years = Array.from({ length: 5 }, (_, i) => String(Number(day.slice(0, 4)) - i));
  return (
    <>
      <Breadcrumbs trail={[...organization.ancestors, organization]} />
      <div className="title-row">
        <h1 data-testid="node-title">{organization.name}</h1>
        <span className="muted">
          {label(KIND_LABELS, organization.kind)} · hiệu lực từ {formatDate(organization.validFrom)}
          {organization.validTo ? ` đến ${formatDate(organization.validTo)}` : ''}
          {organization.successor ? (
            <>
              {' '}
              · hợp nhất vào <Link to={`/don-vi/${organization.successor.id}`}>{organization.successor.name}</Link>
            </>
          ) : null}
        </span>
        <label>
          Năm{' '}
          <select value={period} onChange={(e) => (window.location.hash = `/don-vi/${organizationId}?nam=${e.target.value}`)} name="year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <Link to={`/danh-sach/${organizationId}/thu-that-lac`} className="button">
          Danh sách giám sát
        </Link>
      </div>
      <PartialErrors errors={figures.errors} />
      {statistics ? (
        <>
          <div className="cards">
            <Card title="Đảng viên" value={formatNumber(statistics.members)} note="thuộc đơn vị (nơi công tác)" />
            <Card title="Đã đăng ký ở nơi cư trú" value={formatNumber(statistics.registeredMembers)} note={`tỷ lệ ${formatPercent(statistics.shareRegisteredAtResidence)}`} />
            <Card title="Họp 6 tháng đã tổ chức" value={formatNumber(statistics.semiAnnualMeetingsHeld)} note={`tỷ lệ dự họp ${formatPercent(statistics.semiAnnualAttendanceRate)}`} />
            <Card title="Nhận xét phải gửi" value={formatNumber(statistics.commentsDue)} note={`đúng hạn ${formatPercent(statistics.commentsReturnedOnTimeRate)}`} />
            <Card title="Đề nghị xem xét" value={formatNumber(statistics.recommendations.considerAction)} note={`biểu dương ${formatNumber(statistics.recommendations.commend)}`} />
            <Card
              title="Xếp loại"
              value={`${formatNumber(statistics.ratings.excellent)} xuất sắc`}
              note={`tốt ${formatNumber(statistics.ratings.good)} · hoàn thành ${formatNumber(statistics.ratings.completed)} · không hoàn thành ${formatNumber(statistics.ratings.notCompleted)}`}
            />
          </div>
          <p className="muted small">
            Kỳ {period}: từ {formatDate(statistics.from)} đến {formatDate(statistics.to)}.
          </p>
        </>
      ) : (
        <p>Không có số liệu của đơn vị này cho kỳ {period}.</p>
      )}
      <Section title={`Xu hướng 12 tháng (đến ${formatDate(day)})`}>
        <TrendChart points={statisticsSeries} />
      </Section>
      {statistics && statistics.children.length > 0 ? (
        <Section title="Các đơn vị trực thuộc">
          <table data-testid="children-table">
            <thead>
              <tr>
                <th>Đơn vị</th>
                <th className="num">Đảng viên</th>
                <th className="num">Đăng ký nơi cư trú</th>
                <th className="num">Tỷ lệ dự họp</th>
                <th className="num">Nhận xét phải gửi</th>
                <th className="num">Đúng hạn</th>
                <th className="num">Đề nghị xem xét</th>
              </tr>
            </thead>
            <tbody>
              {statistics.children.map((child) => (
                <tr key={child.organizationId}>
                  <td>
                    <Link to={`/don-vi/${child.organizationId}`}>{child.organization.name}</Link>
                    <span className="muted small"> {label(KIND_LABELS, child.organization.kind)}</span>
                  </td>
                  <td className="num">{formatNumber(child.members)}</td>
                  <td className="num">{formatNumber(child.registeredMembers)}</td>
                  <td className="num">{formatPercent(child.semiAnnualAttendanceRate)}</td>
                  <td className="num">{formatNumber(child.commentsDue)}</td>
                  <td className="num">{formatPercent(child.commentsReturnedOnTimeRate)}</td>
                  <td className="num">{formatNumber(child.recommendations.considerAction)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}
      {organization.kind === 'RESIDENTIAL_CELL' || organization.kind === 'WORKPLACE_CELL' ? <CellMembers session={session} organizationId={organizationId} kind={organization.kind} /> : null}
      <Section title="Danh sách giám sát">
        <ul className="inline-list">
          {LISTS.map((list) => (
            <li key={list.slug}>
              <Link to={`/danh-sach/${organizationId}/${list.slug}`}>{list.title}</Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
