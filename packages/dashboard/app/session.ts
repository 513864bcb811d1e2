/**
 * Who the page acts as: the bearer token, kept in this tab's session storage only (closed tab, signed out), and
 * the claims read from it for display. The page never decides what may be seen: the gateway verifies the token
 * and answers only what its role may read.
 */
export interface Session {
  token: string;
  role: string;
  org: string;
  member?: string;
  name?: string;
  expiresAt?: number;
}

const KEY = 'twoway.dashboard.token';

/** The claims of a JWT, read without verifying it (the gateway verifies): null when it is not a JWT. */
export function readToken(token: string): Session | null {
  const part = token.trim().replace(/^Bearer\s+/i, '').split('.')[1];
  if (!part) return null;
  try {
    const json = new TextDecoder().decode(Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
    const claims = JSON.parse(json) as { role?: unknown; org?: unknown; member?: unknown; name?: unknown; exp?: unknown };
    if (typeof claims.role !== 'string' || typeof claims.org !== 'string') return null;
    return {
      token: token.trim().replace(/^Bearer\s+/i, ''),
      role: claims.role,
      org: claims.org,
      ...(typeof claims.member === 'string' ? { member: claims.member } : {}),
      ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
      ...(typeof claims.exp === 'number' ? { expiresAt: claims.exp * 1000 } : {}),
    };
  } catch {
    return null;
  }
}

export function storedSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  return token ? readToken(token) : null;
}

export function keepSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, session.token);
  else sessionStorage.removeItem(KEY);
}
