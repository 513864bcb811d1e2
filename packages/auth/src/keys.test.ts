import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { exportSPKI, importJWK } from 'jose';

type PublicKey = Parameters<typeof exportSPKI>[0];
import { createTokenSigner, createTokenVerifier, generateSigningKeys, jwksFileKeys, publicKeyFile } from './index.js';

const claims = { sub: 'someone', role: 'WARD_COMMITTEE' as const, org: '7067baf8-175d-5edc-b5e4-09248e2b032f' };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const folders: string[] = [];
/** A path for `name` in a new folder of the system's temporary folder, removed after the test. */
function temporaryFile(prefix: string, name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return path.join(folder, name);
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('verification keys from configuration', () => {
  it('follows a JWKS file through a rotation without a restart', async () => {
    const [a, b] = [await generateSigningKeys('key-a'), await generateSigningKeys('key-b')];
    const file = temporaryFile('jwks-', 'jwks.json');
    const write = (...sets: (typeof a)[]) => writeFileSync(file, JSON.stringify({ keys: sets.flatMap((s) => s.publicKeys.keys) }));
    const [signA, signB] = [await createTokenSigner(a.privateKey), await createTokenSigner(b.privateKey)];
    write(a);
    const verify = createTokenVerifier({ keys: jwksFileKeys(file) });
    await expect(verify(`Bearer ${await signA.sign(claims)}`)).resolves.toMatchObject({ subject: 'someone' });
    await expect(verify(`Bearer ${await signB.sign(claims)}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // The new key is listed first, then used; the old one is retired.
    await wait(1_100);
    write(a, b);
    await expect(verify(`Bearer ${await signB.sign(claims)}`)).resolves.toMatchObject({ subject: 'someone' });
    await wait(1_100);
    write(b);
    await expect(verify(`Bearer ${await signA.sign(claims)}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(`Bearer ${await signB.sign(claims)}`)).resolves.toMatchObject({ subject: 'someone' });
  });

  it('remembers a verified token until it expires, and not past the retirement of its key', async () => {
    const [a, b] = [await generateSigningKeys('key-a'), await generateSigningKeys('key-b')];
    const file = temporaryFile('jwks-', 'jwks.json');
    const write = (...sets: (typeof a)[]) => writeFileSync(file, JSON.stringify({ keys: sets.flatMap((s) => s.publicKeys.keys) }));
    write(a, b);
    const verify = createTokenVerifier({ keys: jwksFileKeys(file) });
    const signA = await createTokenSigner(a.privateKey);
    const token = `Bearer ${await signA.sign(claims)}`;
    const first = await verify(token);
    // The second request with the same token is answered from memory: the very same principal.
    expect(await verify(token)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Key a replaced under the same kid: the remembered token goes with the key that verified it.
    await wait(1_100);
    write(await generateSigningKeys('key-a'), b);
    await expect(verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // A remembered token ends at its expiry. `exp` is in whole seconds from an `iat` rounded down, so a token
    // of 1 s signed late in a second could be over before it is checked: 3 s leaves it at least 2.
    const short = `Bearer ${await (await createTokenSigner(b.privateKey)).sign(claims, { expiresIn: '3s' })}`;
    await expect(verify(short)).resolves.toMatchObject({ subject: 'someone' });
    await wait(3_100);
    await expect(verify(short)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts one PEM public key, and only tokens signed by its private half', async () => {
    const [a, b] = [await generateSigningKeys('key-a'), await generateSigningKeys('key-b')];
    const file = temporaryFile('pem-', 'public.pem');
    writeFileSync(file, await exportSPKI((await importJWK(a.publicKeys.keys[0]!, 'ES256')) as PublicKey));
    const verify = createTokenVerifier({ keys: publicKeyFile(file) });
    await expect(verify(`Bearer ${await (await createTokenSigner(a.privateKey)).sign(claims)}`)).resolves.toMatchObject({ role: 'WARD_COMMITTEE' });
    await expect(verify(`Bearer ${await (await createTokenSigner(b.privateKey)).sign(claims)}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
