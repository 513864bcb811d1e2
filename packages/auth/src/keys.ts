import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';
import { TOKEN_ALGORITHM } from './tokens.js';

export interface KeyPair {
  privateKey: JWK;
  /** The public half as a key set, as services load it. */
  publicKeys: JSONWebKeySet;
}

/** A fresh ES256 key pair with a key id. */
export async function generateSigningKeys(kid = `dev-${Date.now().toString(36)}`): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: TOKEN_ALGORITHM, use: 'sig' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: TOKEN_ALGORITHM, use: 'sig' };
  return { privateKey: privateJwk, publicKeys: { keys: [publicJwk] } };
}

export const PRIVATE_KEY_FILE = 'private-key.jwk.json';
export const PUBLIC_KEYS_FILE = 'jwks.json';

/**
 * The local development key pair of `npm start`, in a git-ignored folder:
 * created on first use, reused afterwards so tokens stay valid across restarts.
 */
export async function ensureDevelopmentKeys(directory: string): Promise<{ privateKeyFile: string; publicKeysFile: string }> {
  const privateKeyFile = path.join(directory, PRIVATE_KEY_FILE);
  const publicKeysFile = path.join(directory, PUBLIC_KEYS_FILE);
  if (!existsSync(privateKeyFile) || !existsSync(publicKeysFile)) {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const keys = await generateSigningKeys();
    await writeFile(privateKeyFile, JSON.stringify(keys.privateKey, null, 2), { mode: 0o600 });
    await writeFile(publicKeysFile, JSON.stringify(keys.publicKeys, null, 2));
  }
  return { privateKeyFile, publicKeysFile };
}

export const EVENTS_SECRET_FILE = 'internal-events-secret';

/** The secret that signs event deliveries between subgraphs in local development (created once, git-ignored). */
export async function ensureDevelopmentEventsSecret(directory: string): Promise<string> {
  return ensureDevelopmentSecret(directory, EVENTS_SECRET_FILE);
}

/** A random secret kept in a file of the git-ignored keys folder: created on first use, read afterwards. */
async function ensureDevelopmentSecret(directory: string, name: string): Promise<string> {
  const file = path.join(directory, name);
  if (!existsSync(file)) {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const { randomBytes } = await import('node:crypto');
    await writeFile(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return (await readFile(file, 'utf8')).trim();
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

export const GATEWAY_SIGNATURE_SECRET_FILE = 'gateway-signature-secret';

/** The secret the gateway signs its requests to the subgraphs with, in local development (created once, git-ignored). */
export async function ensureDevelopmentGatewaySignatureSecret(directory: string): Promise<string> {
  return ensureDevelopmentSecret(directory, GATEWAY_SIGNATURE_SECRET_FILE);
}
