import { useMemo, useState } from 'react';
import { OrganizationTreeDocument, type TreeNodeFragment } from '../generated/graphql';
import { fold, formatDate } from '../format';
import { useOperation } from '../hooks';
import { KIND_LABELS, label } from '../labels';
import type { Session } from '../session';
import { Failure, Link, Loading, PartialErrors, Section } from '../components/ui';

interface TreeItem extends TreeNodeFragment {
  children?: TreeItem[];
}

/** Every node with the path to it (for the breadcrumbs of a search result). */
function flatten(items: TreeItem[], trail: TreeItem[] = []): { node: TreeItem; trail: TreeItem[] }[] {
  return items.flatMap((node) => [{ node, trail }, ...flatten(node.children ?? [], [...trail, node])]);
}

function NodeLine({ node }: { node: TreeItem }) {
  return (
    <>
      <Link to={`/don-vi/${node.id}`}>{node.name}</Link> <span className="muted">({label(KIND_LABELS, node.kind)}</span>
      {node.validTo ? (
        <span className="ended">
          {' '}
          · đã kết thúc {formatDate(node.validTo)}
          {node.successor ? (
            <>
              , hợp nhất vào <Link to={`/don-vi/${node.successor.id}`}>{node.successor.name}</Link>
            </>
          ) : null}
        </span>
      ) : null}
      <span className="muted">)</span>
    </>
  );
}

function Branch({ items, depth }: { items: TreeItem[]; depth: number }) {
  return (
    <ul className={depth === 0 ? 'tree' : undefined}>
      {items.map((node) => (
        <li key={node.id}>
          {node.children && node.children.length > 0 ? (
            <details open={depth < 1}>
              <summary>
                <NodeLine node={node} />
              </summary>
              <Branch items={node.children} depth={depth + 1} />
            </details>
          ) : (
            <span className="leaf">
              <NodeLine node={node} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The organisation tree as of a day: provinces, districts (until the 2025 reform), wards and cells, the
 * workplace branch beside them. A node that has ended says when and into which node it merged. The search
 * ignores tones and marks ("dong ngac" finds "Đông Ngạc").
 */
export function TreePage({ session, day }: { session: Session; day: string }) {
  const [asOf, setAsOf] = useState(day);
  const [text, setText] = useState('');
  const tree = useOperation(OrganizationTreeDocument, { asOf }, session.token);
  const all = useMemo(() => (tree.state === 'done' ? flatten(tree.data.provinces as TreeItem[]) : []), [tree]);
  const wanted = fold(text);
  const found = wanted ? all.filter(({ node }) => fold(node.name).includes(wanted)).slice(0, 50) : [];
  return (
    <Section title="Cây tổ chức">
      <div className="toolbar">
        <label>
          Theo ngày <input type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} name="asOf" />
          <span className="muted"> ({formatDate(asOf)})</span>
        </label>
        <label>
          Tìm theo tên (gõ không dấu được){' '}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="vd: dong ngac" name="tree-search" />
        </label>
      </div>
      {tree.state === 'loading' ? <Loading what="cây tổ chức" /> : null}
      {tree.state === 'failed' ? <Failure error={tree.error} /> : null}
      {tree.state === 'done' ? (
        <>
          <PartialErrors errors={tree.errors} />
          {wanted ? (
            <div data-testid="tree-search-results">
              <p>
                {found.length === 0 ? 'Không có đơn vị nào khớp.' : `${found.length.toLocaleString('vi-VN')} đơn vị khớp${found.length === 50 ? ' (50 đơn vị đầu)' : ''}:`}
              </p>
              <ul className="results">
                {found.map(({ node, trail }) => (
                  <li key={node.id}>
                    <NodeLine node={node} />
                    <div className="muted small">{trail.map((t) => t.name).join(' › ')}</div>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <Branch items={tree.data.provinces as TreeItem[]} depth={0} />
          )}
        </>
      ) : null}
    </Section>
  );
}
