import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { createTokenVerifier, type TokenVerifier } from './tokens.js';

/**
 * The token verifier a service builds from its configuration:
 * AUTH_JWKS_FILE (a JWKS on disk; list several keys to rotate) or
 * AUTH_JWKS_URL (fetched and cached by jose), plus AUTH_ISSUER / AUTH_AUDIENCE.
 */
export function verifierFromEnvironment(environment: NodeJS.ProcessEnv = process.env): TokenVerifier {
  const { AUTH_JWKS_FILE: file, AUTH_JWKS_URL: url, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience } = environment;
  if (!file && !url) {
    console.error('Invalid environment:\n  - AUTH_JWKS_FILE or AUTH_JWKS_URL: one is required to verify bearer tokens');
    process.exit(1);
  }
  const keys = url ? new URL(url) : (JSON.parse(readFileSync(file!, 'utf8')) as JSONWebKeySet);
  return createTokenVerifier({ keys, ...(issuer ? { issuer } : {}), ...(audience ? { audience } : {}) });
}
