import { SignJWT, createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet, type JWK, type JWTVerifyGetKey, importJWK } from 'jose';
import type { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { SaidError, isUuid, type Message } from '@twoway/platform';
import { isRole, type Principal, type PrincipalClaims } from './principal.js';

/** The one algorithm tokens are signed with; anything else (including `none`) is refused. */
export const TOKEN_ALGORITHM = 'ES256';
export const DEFAULT_ISSUER = 'two-way-federation';
export const DEFAULT_AUDIENCE = 'two-way-federation';

export interface TokenVerifierOptions {
  /**
   * Public keys: a JWKS (several keys: rotation by `kid`), the URL of one
   * (fetched and cached by jose, refetched for an unknown `kid`), or a key
   * resolver (a JWKS file that is re-read when it changes, a single public key).
   */
  keys: JSONWebKeySet | URL | JWTVerifyGetKey;
  issuer?: string;
  audience?: string;
  /** How many verified tokens to remember (0: verify the signature on every request). */
  rememberedTokens?: number;
}

/** Answers the principal of a request from its Authorization header, or throws UNAUTHENTICATED. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

export function unauthenticated(message: Message): GraphQLError {
  return new SaidError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

/** A token already verified: its principal, until when it holds, and the key that verified it. */
interface VerifiedToken {
  principal: Principal;
  expiresAtMs: number;
  key: unknown;
}

/**
 * Verifies bearer JWTs with jose: signature by one of the configured keys,
 * ES256 only, issuer, audience, expiry and not-before; then the claims this
 * federation needs (role, organisation node, member id for members).
 *
 * A token that passed is remembered (an LRU of `rememberedTokens`, 10,000 by
 * default) until its expiry, so that the same official's requests do not pay
 * for an ECDSA verification each (a tenth of the gateway's busy time and more
 * of each subgraph's, in the benchmark's profiles). A remembered token holds
 * only while the key set still resolves its `kid` to the very key that
 * verified it: a key retired from the JWKS ends its tokens at once, as without
 * the memory.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keySet = typeof options.keys === 'function' ? options.keys : options.keys instanceof URL ? createRemoteJWKSet(options.keys) : createLocalJWKSet(options.keys);
  const issuer = options.issuer ?? DEFAULT_ISSUER;
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const capacity = options.rememberedTokens ?? 10_000;
  const remembered = capacity > 0 ? new LRUCache<string, VerifiedToken>({ max: capacity }) : undefined;
  const stillHolds = async (jwt: string, known: VerifiedToken) => {
    if (known.expiresAtMs <= Date.now()) return false;
    try {
      return (await keySet(decodeProtectedHeader(jwt) as Parameters<JWTVerifyGetKey>[0], undefined as never)) === known.key;
    } catch {
      return false;
    }
  };
  return async (authorization) => {
    if (!authorization) throw unauthenticated({ vi: 'Cần có mã truy cập (bearer token)', en: 'A bearer token is required' });
    const match = BEARER.exec(authorization);
    if (!match) throw unauthenticated({ vi: 'Tiêu đề Authorization phải có dạng "Bearer <JWT>"', en: 'The Authorization header must be "Bearer <JWT>"' });
    const jwt = match[1]!;
    const known = remembered?.get(jwt);
    if (known && (await stillHolds(jwt, known))) return known.principal;
    if (known) remembered!.delete(jwt);
    let payload: Record<string, unknown>;
    let key: unknown;
    try {
      ({ payload } = await jwtVerify(jwt, async (header, token) => (key = await keySet(header, token)), { issuer, audience, algorithms: [TOKEN_ALGORITHM], requiredClaims: ['sub', 'exp'] }));
    } catch (error) {
      throw unauthenticated(describeTokenError(error));
    }
    const principal = principalOf(payload);
    remembered?.set(jwt, { principal, expiresAtMs: (payload.exp as number) * 1_000, key });
    return principal;
  };
}

/** The claims this federation needs, or UNAUTHENTICATED. */
function principalOf(payload: Record<string, unknown>): Principal {
  const { sub, role, org, member, name, grants } = payload as { sub?: unknown; role?: unknown; org?: unknown; member?: unknown; name?: unknown; grants?: unknown };
  if (typeof sub !== 'string' || !isRole(role) || typeof org !== 'string' || !isUuid(org)) {
    throw unauthenticated({ vi: 'Mã truy cập không ghi vai trò và tổ chức', en: 'The token does not name a role and an organisation' });
  }
  if (role === 'MEMBER' && (typeof member !== 'string' || !isUuid(member))) {
    throw unauthenticated({ vi: 'Mã truy cập của đảng viên phải ghi rõ đảng viên', en: 'A member token must name the member' });
  }
  // Frozen: one remembered principal serves every request that carries the token.
  return Object.freeze({
    subject: sub,
    role,
    organizationId: org.toLowerCase(),
    memberId: typeof member === 'string' ? member.toLowerCase() : null,
    name: typeof name === 'string' ? name : null,
    grants: Object.freeze(Array.isArray(grants) ? grants.filter((g): g is string => typeof g === 'string') : []),
  });
}

function describeTokenError(error: unknown): Message {
  if (error instanceof errors.JWTExpired) return { vi: 'Mã truy cập đã hết hạn', en: 'The token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    return { vi: `Trường "${error.claim}" của mã truy cập không được chấp nhận`, en: `The token's "${error.claim}" claim is not accepted` };
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return { vi: 'Mã truy cập không được ký bằng thuật toán được chấp nhận', en: 'The token is not signed with an accepted algorithm' };
  if (error instanceof errors.JWSSignatureVerificationFailed) return { vi: 'Chữ ký của mã truy cập không hợp lệ', en: 'The token signature is not valid' };
  if (error instanceof errors.JWKSNoMatchingKey) return { vi: 'Mã truy cập không được ký bằng khóa đã biết', en: 'The token was not signed by a known key' };
  return { vi: 'Mã truy cập không hợp lệ', en: 'The token is not valid' };
}

export interface TokenSigner {
  sign(claims: PrincipalClaims & { sub: string }, options?: { expiresIn?: string; notBefore?: string; issuer?: string; audience?: string }): Promise<string>;
}

/** Signs tokens with a private JWK (development and tests; production tokens come from the identity provider). */
export async function createTokenSigner(privateKey: JWK): Promise<TokenSigner> {
  const key = await importJWK(privateKey, TOKEN_ALGORITHM);
  return {
    async sign(claims, options = {}) {
      const { sub, ...rest } = claims;
      const jwt = new SignJWT({ ...rest })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: privateKey.kid, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(options.issuer ?? DEFAULT_ISSUER)
        .setAudience(options.audience ?? DEFAULT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '8h');
      if (options.notBefore) jwt.setNotBefore(options.notBefore);
      return jwt.sign(key);
    },
  };
}
