import { useEffect, useState, type FormEvent } from 'react';
import { ROLE_LABELS } from '../labels';
import { readToken, type Session } from '../session';

/** The demo principals of the README (deterministic ids of the demo data), for the development sign-in. */
const DEMO_PRINCIPALS = [
  { title: 'Cơ quan giám sát · Thành phố Hà Nội', role: 'OVERSIGHT', org: 'a4fc616c-7a90-5406-ae01-e113dc479376' },
  { title: 'Đảng ủy phường Đông Ngạc', role: 'WARD_COMMITTEE', org: '7067baf8-175d-5edc-b5e4-09248e2b032f' },
  { title: 'Chi ủy Chi bộ Tổ dân phố số 7', role: 'CELL_COMMITTEE', org: '80dd720f-e59b-5a43-bb6e-13608a6d38ee' },
  { title: 'Đảng ủy Sở Giáo dục và Đào tạo (nơi công tác)', role: 'WORKPLACE_COMMITTEE', org: 'd8657308-bbd0-5ad2-9853-9716c74ab9bd' },
  { title: 'Đảng viên Hoàng Ngọc Hoa (Tổ dân phố số 7)', role: 'MEMBER', org: '80dd720f-e59b-5a43-bb6e-13608a6d38ee', member: 'cbbd5c42-08e4-5265-8c70-27a2114d564d' },
  { title: 'Quản trị hệ thống · Thành phố Hà Nội', role: 'ADMINISTRATOR', org: 'a4fc616c-7a90-5406-ae01-e113dc479376' },
];

/**
 * Signing in. In development the gateway offers to sign a token for a demo principal (role and node) with the
 * development key, as `npm run token` does; in a deployment the official pastes the bearer token their
 * identity provider issued (docs/dashboard.md says how to wire one in).
 */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [devSignIn, setDevSignIn] = useState<boolean | null>(null);
  const [preset, setPreset] = useState(0);
  const [role, setRole] = useState(DEMO_PRINCIPALS[0]!.role);
  const [org, setOrg] = useState(DEMO_PRINCIPALS[0]!.org);
  const [member, setMember] = useState('');
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    fetch('session.json')
      .then((r) => r.json() as Promise<{ devSignIn: boolean }>)
      .then((options) => setDevSignIn(options.devSignIn))
      .catch(() => setDevSignIn(false));
  }, []);

  const choose = (index: number) => {
    const principal = DEMO_PRINCIPALS[index]!;
    setPreset(index);
    setRole(principal.role);
    setOrg(principal.org);
    setMember(principal.member ?? '');
  };

  const signDemo = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const response = await fetch('dev-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
      body: JSON.stringify({ role, org, ...(member ? { member } : {}) }),
    }).catch(() => null);
    const answer = response ? ((await response.json().catch(() => ({}))) as { token?: string; errors?: { message: string; extensions?: { code?: string } }[] }) : {};
    const session = answer.token ? readToken(answer.token) : null;
    if (session) onSignedIn(session);
    else setProblem(answer.errors?.[0] ? `${answer.errors[0].message} (${answer.errors[0].extensions?.code ?? 'LỖI'})` : 'Không ký được token thử.');
  };

  const usePasted = (event: FormEvent) => {
    event.preventDefault();
    const session = readToken(pasted);
    if (!session) setProblem('Đây không phải một token JWT có vai trò (role) và đơn vị (org).');
    else if (session.expiresAt !== undefined && session.expiresAt < Date.now()) setProblem('Token này đã hết hạn.');
    else onSignedIn(session);
  };

  return (
    <main className="sign-in">
      <h1>Bảng điều hành giám sát</h1>
      <p>Sinh hoạt hai chiều của đảng viên đang công tác (Quy định 213-QĐ/TW). Chọn tư cách làm việc để tiếp tục.</p>
      {problem ? (
        <div className="failure" role="alert">
          {problem}
        </div>
      ) : null}
      {devSignIn ? (
        <form onSubmit={(e) => void signDemo(e)} className="panel" data-testid="dev-sign-in">
          <h2>Đăng nhập thử (môi trường phát triển)</h2>
          <p className="muted">Máy chủ ký token bằng khóa phát triển, như lệnh npm run token. Không có ở môi trường chính thức.</p>
          <label>
            Tài khoản mẫu
            <select value={preset} onChange={(e) => choose(Number(e.target.value))} name="preset">
              {DEMO_PRINCIPALS.map((p, i) => (
                <option key={p.title} value={i}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Vai trò
            <select value={role} onChange={(e) => setRole(e.target.value)} name="role">
              {Object.entries(ROLE_LABELS).map(([code, text]) => (
                <option key={code} value={code}>
                  {text}
                </option>
              ))}
            </select>
          </label>
          <label>
            Mã đơn vị (UUID)
            <input value={org} onChange={(e) => setOrg(e.target.value)} name="org" required />
          </label>
          <label>
            Mã đảng viên (với vai trò đảng viên)
            <input value={member} onChange={(e) => setMember(e.target.value)} name="member" />
          </label>
          <button type="submit">Đăng nhập</button>
        </form>
      ) : null}
      <form onSubmit={usePasted} className="panel" data-testid="token-sign-in">
        <h2>Đăng nhập bằng token</h2>
        <p className="muted">Dán token (Bearer JWT) do hệ thống xác thực của đơn vị cấp. Token chỉ được giữ trong thẻ trình duyệt này.</p>
        <label>
          Token
          <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={4} name="token" required />
        </label>
        <button type="submit">Dùng token này</button>
      </form>
      {devSignIn === null ? <p className="muted">Đang kiểm tra cách đăng nhập…</p> : null}
    </main>
  );
}
