import { readFileSync, statSync } from 'node:fs';
import { createLocalJWKSet, importSPKI, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { TOKEN_ALGORITHM, createTokenVerifier, type TokenVerifier } from './tokens.js';

/**
 * A JWKS file as a key resolver that follows rotation: the file is read again
 * when it has changed (checked at most once a second), so keys can be added
 * before tokens use them and removed after, without a restart.
 */
export function jwksFileKeys(file: string): JWTVerifyGetKey {
  let modified = -1;
  let checked = 0;
  let keys: JWTVerifyGetKey | undefined;
  return async (header, token) => {
    const now = Date.now();
    if (!keys || now - checked >= 1_000) {
      checked = now;
      const mtime = statSync(file).mtimeMs;
      if (mtime !== modified || !keys) {
        keys = createLocalJWKSet(JSON.parse(readFileSync(file, 'utf8')) as JSONWebKeySet);
        modified = mtime;
      }
    }
    return keys(header, token);
  };
}

/** One public key (PEM, SubjectPublicKeyInfo) as a key resolver. */
export function publicKeyFile(file: string): JWTVerifyGetKey {
  const key = importSPKI(readFileSync(file, 'utf8'), TOKEN_ALGORITHM);
  return async () => key;
}

/**
 * The token verifier a service builds from its configuration, one of:
 * AUTH_JWKS_FILE (a JWKS on disk, re-read when it changes: list the new key
 * before signing with it to rotate), AUTH_JWKS_URL (fetched and cached by
 * jose), AUTH_PUBLIC_KEY_FILE (one PEM public key); plus AUTH_ISSUER and
 * AUTH_AUDIENCE.
 */
export function verifierFromEnvironment(environment: NodeJS.ProcessEnv = process.env): TokenVerifier {
  const { AUTH_JWKS_FILE: file, AUTH_JWKS_URL: url, AUTH_PUBLIC_KEY_FILE: pem, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience } = environment;
  if (!file && !url && !pem) {
    console.error('Invalid environment:\n  - AUTH_JWKS_FILE, AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE: one is required to verify bearer tokens');
    process.exit(1);
  }
  const keys = url ? new URL(url) : file ? jwksFileKeys(file) : publicKeyFile(pem!);
  return createTokenVerifier({ keys, ...(issuer ? { issuer } : {}), ...(audience ? { audience } : {}) });
}
