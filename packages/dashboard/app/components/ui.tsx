import type { ReactNode } from 'react';
import type { ApiError } from '../api';
import { formatNumber } from '../format';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Đang tải {what}…
    </p>
  );
}

/** A refusal or failure, with the gateway's code (for a support call) and its message. */
export function Failure({ error }: { error: Pick<ApiError, 'code' | 'message'> }) {
  return (
    <div className="failure" role="alert">
      <strong>Không tải được dữ liệu.</strong> {error.message} <code>{error.code}</code>
    </div>
  );
}

/** Errors beside an answer (a field the role may not read, a subgraph that could not answer): told, never hidden. */
export function PartialErrors({ errors }: { errors: ApiError[] }) {
  if (errors.length === 0) return null;
  const distinct = [...new Map(errors.map((e) => [`${e.code}:${e.message}`, e])).values()];
  return (
    <div className="partial" role="note">
      Một phần dữ liệu không có:
      <ul>
        {distinct.map((e) => (
          <li key={`${e.code}:${e.message}`}>
            {e.message} <code>{e.code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Card({ title, value, note }: { title: string; value: string; note?: string }) {
  return (
    <div className="card" data-testid="figure-card">
      <div className="card-title">{title}</div>
      <div className="card-value">{value}</div>
      {note ? <div className="card-note">{note}</div> : null}
    </div>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="section">
      <div className="section-head">
        <h2>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Where a paged list is: the cursors of the pages opened so far (the first page's is null), its last page's `pageInfo`. */
export interface PageTrail {
  cursors: (string | null)[];
  onChange: (cursors: (string | null)[]) => void;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  pageSize: number;
}

/** Back and on through a paged list, the page's number of all of them between. */
export function Pager({ cursors, onChange, pageInfo, totalCount, pageSize }: PageTrail) {
  return (
    <div className="pager">
      <button type="button" disabled={cursors.length < 2} onClick={() => onChange(cursors.slice(0, -1))}>
        ‹ Trang trước
      </button>
      <span>
        Trang {formatNumber(cursors.length)}/{formatNumber(Math.max(1, Math.ceil(totalCount / pageSize)))}
      </span>
      <button type="button" disabled={!pageInfo.hasNextPage} onClick={() => onChange([...cursors, pageInfo.endCursor ?? null])} data-testid="next-page">
        Trang sau ›
      </button>
    </div>
  );
}

/** A link inside the page (hash routing): an ordinary anchor, so the keyboard and a new tab work. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a href={`#${to}`} className={className}>
      {children}
    </a>
  );
}

export function Breadcrumbs({ trail }: { trail: { id: string; name: string }[] }) {
  return (
    <nav aria-label="Đường dẫn" className="breadcrumbs" data-testid="breadcrumbs">
      {trail.map((node, index) => (
        <span key={node.id}>
          {index > 0 ? ' › ' : ''}
          {index === trail.length - 1 ? <span aria-current="page">{node.name}</span> : <Link to={`/don-vi/${node.id}`}>{node.name}</Link>}
        </span>
      ))}
    </nav>
  );
}
