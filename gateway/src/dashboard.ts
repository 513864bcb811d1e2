import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { PRIVATE_KEY_FILE, ROLES, createTokenSigner, type Role, type TokenSigner } from '@twoway/auth';
import { DASHBOARD_DIST, DASHBOARD_PATH, dashboardBuilt } from '@twoway/dashboard';
import { ErrorCode, answerError, isUuid, z, type Logger } from '@twoway/platform';
import { operationHash } from './partners/registry.js';
import { admitRegisteredOperations, operationsOf, type SafelistRefusals } from './registered-operations.js';

export { DASHBOARD_PATH } from '@twoway/dashboard';

/** The dashboard's registration (like a partner app's): its client name and its persisted documents. */
export const DEFAULT_DASHBOARD_CLIENT_FILE = new URL('../partners/dashboard.json', import.meta.url).pathname;

/** The header Apollo clients name themselves with; the dashboard sends `apollographql-client-name: dashboard`. */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

/**
 * The page's own files and nothing else: scripts and styles from the gateway (ECharts sets inline styles on the
 * elements it draws, hence 'unsafe-inline' for styles only), requests to the gateway alone, no frames, no forms
 * sent elsewhere. The exported files are made in the page (blob: URLs) and downloaded, never loaded; the Excel
 * writer (write-excel-file, through fflate) compresses a large sheet in a worker it makes from a blob: URL.
 */
export const DASHBOARD_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface DashboardClient {
  clientName: string;
  name: string;
  /** Allowed operations: SHA-256 (hex) of the document text → the text. */
  operations: Map<string, string>;
}

const registration = z.object({ clientName: z.string().min(1), name: z.string().min(1), persistedDocuments: z.string().min(1) });

/**
 * Reads the dashboard's registration (gateway/partners/dashboard.json) and its persisted documents, checking that
 * each key is the SHA-256 of its text ("sha256:<hex>", as graphql-codegen's client preset writes them).
 */
export function loadDashboardClient(file: string = DEFAULT_DASHBOARD_CLIENT_FILE): DashboardClient {
  const entry = registration.parse(JSON.parse(readFileSync(file, 'utf8')));
  const documents = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(path.resolve(path.dirname(file), entry.persistedDocuments), 'utf8')));
  const operations = new Map<string, string>();
  for (const [key, text] of Object.entries(documents)) {
    const hash = key.replace(/^sha256:/, '').toLowerCase();
    if (operationHash(text) !== hash) throw new Error(`${entry.persistedDocuments}: ${key} is not the SHA-256 of its document; run the dashboard's codegen again`);
    operations.set(hash, text);
  }
  return { clientName: entry.clientName, name: entry.name, operations };
}

const DASHBOARD_REFUSALS: SafelistRefusals = {
  notAllowed: { vi: 'Thao tác này không có trong danh sách thao tác đã đăng ký của bảng điều hành', en: "This operation is not among the dashboard's registered operations" },
  required: { vi: 'Bảng điều hành phải gửi thao tác đã đăng ký (mã sha256Hash của nó)', en: 'The dashboard sends a registered operation (its sha256Hash)' },
};

/**
 * The dashboard's safelist: a request naming the dashboard in `apollographql-client-name` runs only the
 * dashboard's registered operations, sent by hash (Apollo's persisted-query format) or as their exact text; the
 * gate supplies the text. Anything else is refused before Apollo, with the partner gate's codes. Authorization
 * is the official's own token, checked afterwards as for every request.
 */
export function dashboardSafelist(client: DashboardClient): express.RequestHandler {
  return (req, res, next) => {
    if (req.headers[CLIENT_NAME_HEADER] !== client.clientName) {
      next();
      return;
    }
    if (admitRegisteredOperations(operationsOf(req.body), client.operations, res, DASHBOARD_REFUSALS)) next();
  };
}

/**
 * The signer of the development sign-in: the private key `npm start` keeps next to the public keys the services
 * verify with (.keys/private-key.jwk.json beside AUTH_JWKS_FILE), as `npm run token` uses it. None when that
 * file is absent: a deployment's keys are its identity provider's.
 */
export async function developmentTokenSigner(environment: NodeJS.ProcessEnv = process.env): Promise<TokenSigner | undefined> {
  const jwks = environment.AUTH_JWKS_FILE;
  const file = jwks && path.join(path.dirname(jwks), PRIVATE_KEY_FILE);
  if (!file || !existsSync(file)) return undefined;
  return createTokenSigner(JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof createTokenSigner>[0]);
}

const devTokenRequest = z.object({
  role: z.enum(ROLES as [Role, ...Role[]]),
  org: z.string().refine(isUuid),
  member: z.string().refine(isUuid).optional(),
});

/** How long a development sign-in lasts: a working day, as `npm run token` by default. */
const DEV_TOKEN_LIFETIME = '8h';
/** Where a development sign-in may come from: this machine only (IPv4, IPv6, and IPv4 mapped into IPv6). */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface DashboardOptions {
  /** Production: no development sign-in, whatever else is given. */
  production: boolean;
  /** Signs the development sign-in's tokens; without it (and in production) the page asks for a token. */
  devTokenSigner?: () => Promise<TokenSigner | undefined>;
  logger: Logger;
}

/**
 * Serves the dashboard at /dashboard/: the files Vite built (packages/dashboard/dist) with a content security
 * policy that keeps the page to the gateway; `session.json`, which tells the page whether it may offer the
 * development sign-in; and, in development only, `dev-token`, which signs a token for a demo principal exactly
 * as `npm run token` does. A production gateway has no such route.
 */
export function dashboardRoutes(app: express.Express, options: DashboardOptions): void {
  let signer: Promise<TokenSigner | undefined> | undefined;
  const signerOf = () => (options.production || !options.devTokenSigner ? Promise.resolve(undefined) : (signer ??= options.devTokenSigner()));
  const headers: express.RequestHandler = (_req, res, next) => {
    res.set({ 'content-security-policy': DASHBOARD_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    next();
  };
  // /dashboard → /dashboard/, so that the page's relative addresses (assets/, session.json) resolve under it.
  app.get(DASHBOARD_PATH, (req, res, next) => {
    const [pathname = '', query] = req.originalUrl.split('?');
    if (pathname !== DASHBOARD_PATH) return next();
    res.redirect(301, `${DASHBOARD_PATH}/${query === undefined ? '' : `?${query}`}`);
  });
  app.get(`${DASHBOARD_PATH}/session.json`, async (_req, res, next) => {
    try {
      res.set('cache-control', 'no-store').json({ devSignIn: (await signerOf()) !== undefined });
    } catch (error) {
      next(error);
    }
  });
  if (!options.production) {
    app.post(`${DASHBOARD_PATH}/dev-token`, express.json({ limit: '4kb' }), async (req, res, next) => {
      try {
        // A development convenience for the person at this machine: never for another host on the network.
        if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
          answerError(res, 403, ErrorCode.FORBIDDEN, { vi: 'Chỉ đăng nhập thử từ chính máy chạy hệ thống', en: 'Development sign-in is only for callers on this machine' });
          return;
        }
        const signing = await signerOf();
        if (!signing) {
          answerError(res, 404, ErrorCode.FORBIDDEN, { vi: 'Không có khóa phát triển để ký token (.keys/)', en: 'No development key to sign tokens with (.keys/)' });
          return;
        }
        const parsed = devTokenRequest.safeParse(req.body);
        if (!parsed.success || (parsed.data.role === 'MEMBER' && !parsed.data.member)) {
          answerError(res, 400, ErrorCode.BAD_USER_INPUT, { vi: 'Cần vai trò, mã tổ chức (UUID) và, với vai trò đảng viên, mã đảng viên', en: 'A role, an organisation id (UUID) and, for the member role, a member id are needed' });
          return;
        }
        const { role, org, member } = parsed.data;
        const token = await signing.sign(
          { sub: `dashboard:${role.toLowerCase()}:${member ?? org}`, role, org: org.toLowerCase(), ...(member ? { member: member.toLowerCase() } : {}) },
          { expiresIn: DEV_TOKEN_LIFETIME },
        );
        options.logger.info({ role, org }, 'dashboard development sign-in');
        res.set('cache-control', 'no-store').json({ token });
      } catch (error) {
        next(error);
      }
    });
  }
  app.use(
    DASHBOARD_PATH,
    headers,
    (_req, res, next) => {
      if (dashboardBuilt()) return next();
      res.status(503).type('text/plain; charset=utf-8').send('Bảng điều hành chưa được dựng: npm run build -w packages/dashboard.\nThe dashboard is not built: npm run build -w packages/dashboard.\n');
    },
    express.static(DASHBOARD_DIST, { index: 'index.html', setHeaders: (res, file) => res.set('cache-control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable') }),
    (_req, res) => {
      res.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy. Not found.');
    },
  );
}
