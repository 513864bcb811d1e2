import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ActingAsDocument } from './generated/graphql';
import { formatDate, todayInVietnam } from './format';
import { useOperation, useRoute } from './hooks';
import { ROLE_LABELS, label } from './labels';
import { keepSession, storedSession, type Session } from './session';
import { Link } from './components/ui';
import { SignIn } from './pages/SignIn';
import { TreePage } from './pages/TreePage';
import { NodePage } from './pages/NodePage';
import { ListsPage } from './pages/ListsPage';
import { MemberPage } from './pages/MemberPage';
import { SearchPage } from './pages/SearchPage';
import './styles.css';

/**
 * The reference day of every figure and list (ngày tham chiếu): today in Vietnam, or the `ngay` of the page's
 * address (?ngay=2026-12-01), which the official can change in the header; kept in the address, so a link
 * shows the same figures to whoever opens it.
 */
function initialDay(): string {
  const asked = new URLSearchParams(window.location.search).get('ngay');
  return asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : todayInVietnam();
}

/** The token's expiry as the official reads a time: 18:21, 03/12/2026. */
const EXPIRY = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

function ActingAs({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const place = useOperation(ActingAsDocument, { organizationId: session.org }, session.token);
  const name = place.state === 'done' ? (place.data.organization?.name ?? session.org) : '…';
  return (
    <div className="acting-as" data-testid="acting-as">
      <span>
        Đang làm việc với tư cách <strong>{label(ROLE_LABELS, session.role)}</strong> · <strong>{name}</strong>
        {session.expiresAt ? <span className="muted"> · hết hạn {EXPIRY.format(new Date(session.expiresAt))}</span> : null}
      </span>
      <button type="button" onClick={onSignOut}>
        Đăng xuất
      </button>
    </div>
  );
}

/** An address the page does not know (or none): to the signed-in principal's own page. */
function Redirect({ to }: { to: string }) {
  useEffect(() => {
    window.location.replace(`#${to}`);
  }, [to]);
  return null;
}

function App() {
  const [session, setSession] = useState<Session | null>(storedSession);
  const [day, setDay] = useState(initialDay);
  const { path, query } = useRoute();
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('ngay', day);
    window.history.replaceState(null, '', url);
  }, [day]);
  useEffect(() => {
    const expired = session?.expiresAt !== undefined && session.expiresAt < Date.now();
    if (expired) setSession(null);
  }, [session]);
  const signIn = (next: Session | null) => {
    keepSession(next);
    setSession(next);
    if (next) window.location.hash = next.role === 'MEMBER' && next.member ? `/dang-vien/${next.member}` : `/don-vi/${next.org}`;
  };
  if (!session) return <SignIn onSignedIn={signIn} />;

  const home = session.role === 'MEMBER' && session.member ? `/dang-vien/${session.member}` : `/don-vi/${session.org}`;
  const [page = '', id] = path;
  let content;
  if (page === 'cay') content = <TreePage session={session} day={day} />;
  else if (page === 'don-vi' && id) content = <NodePage session={session} day={day} organizationId={id} year={query.get('nam')} />;
  else if (page === 'danh-sach' && id) content = <ListsPage session={session} day={day} organizationId={id} list={path[2] ?? 'thu-that-lac'} />;
  else if (page === 'dang-vien' && id) content = <MemberPage session={session} day={day} memberId={id} />;
  else if (page === 'tim-kiem') content = <SearchPage session={session} text={query.get('q') ?? ''} />;
  else content = <Redirect to={home} />;
  return (
    <>
      <header className="top">
        <div className="brand">
          <Link to={home}>Bảng điều hành giám sát</Link>
          <span className="muted"> · Sinh hoạt hai chiều (Quy định 213-QĐ/TW)</span>
        </div>
        <nav aria-label="Chức năng" className="menu">
          <Link to={home}>Trang chính</Link>
          <Link to="/cay">Cây tổ chức</Link>
          <Link to={`/danh-sach/${session.org}/thu-that-lac`}>Danh sách giám sát</Link>
          <Link to="/tim-kiem">Tìm đảng viên</Link>
        </nav>
        <label className="day">
          Ngày tham chiếu{' '}
          <input type="date" value={day} onChange={(e) => e.target.value && setDay(e.target.value)} aria-describedby="day-shown" />
          <span id="day-shown" className="muted">
            {' '}
            ({formatDate(day)})
          </span>
        </label>
        <ActingAs session={session} onSignOut={() => signIn(null)} />
      </header>
      <main>{content}</main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
