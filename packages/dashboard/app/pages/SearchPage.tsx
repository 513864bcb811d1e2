import { useState, type FormEvent } from 'react';
import { SearchMembersDocument } from '../generated/graphql';
import { formatNumber } from '../format';
import { useOperation } from '../hooks';
import type { Session } from '../session';
import { Failure, Link, Loading, PartialErrors, Section } from '../components/ui';

/**
 * Finding a member within what the role may see: a name typed without diacritics, a 12-digit citizen ID or a
 * Party card number (the gateway tells which, and refuses a kind the role may not search by).
 */
export function SearchPage({ session, text }: { session: Session; text: string }) {
  const [typed, setTyped] = useState(text);
  const search = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = `/tim-kiem?q=${encodeURIComponent(typed.trim())}`;
  };
  const found = useOperation(SearchMembersDocument, text ? { text, first: 50, after: null } : null, session.token);
  return (
    <Section title="Tìm đảng viên">
      <form onSubmit={search} className="toolbar" role="search">
        <label>
          Họ tên (gõ không dấu được), số CCCD hoặc số thẻ đảng viên{' '}
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} name="q" autoFocus />
        </label>
        <button type="submit">Tìm</button>
      </form>
      {!text ? null : found.state === 'loading' ? (
        <Loading what="kết quả" />
      ) : found.state === 'failed' ? (
        <Failure error={found.error} />
      ) : (
        <>
          <PartialErrors errors={found.errors} />
          <p data-testid="search-total">Tìm thấy {formatNumber(found.data.searchMembers.totalCount)} đảng viên{found.data.searchMembers.totalCount > 50 ? ' (hiển thị 50 người đầu)' : ''}.</p>
          <table data-testid="search-results">
            <thead>
              <tr>
                <th>Họ và tên</th>
                <th>Chức vụ</th>
                <th>Nơi công tác</th>
                <th>Nơi cư trú</th>
                <th>Số thẻ</th>
              </tr>
            </thead>
            <tbody>
              {found.data.searchMembers.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <Link to={`/dang-vien/${node.id}`}>{node.fullName}</Link>
                  </td>
                  <td>{node.position ?? '—'}</td>
                  <td>{node.workplaceOrganization.name}</td>
                  <td>{node.residenceRegistration ? `${node.residenceRegistration.ward.name}${node.residenceRegistration.cell ? ` · ${node.residenceRegistration.cell.name}` : ''}` : '—'}</td>
                  <td>{node.partyCardNumber ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}
