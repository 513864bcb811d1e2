import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { exportSPKI, importJWK } from 'jose';

type PublicKey = Parameters<typeof exportSPKI>[0];
import { createTokenSigner, createTokenVerifier, generateSigningKeys, jwksFileKeys, publicKeyFile } from './index.js';

const claims = { sub: 'someone', role: 'WARD_COMMITTEE' as const, org: '7067baf8-175d-5edc-b5e4-09248e2b032f' };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('verification keys from configuration', () => {
  it('follows a JWKS file through a rotation without a restart', async () => {
    const [a, b] = [await generateSigningKeys('key-a'), await generateSigningKeys('key-b')];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jwks-')), 'jwks.json');
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

  it('accepts one PEM public key, and only tokens signed by its private half', async () => {
    const [a, b] = [await generateSigningKeys('key-a'), await generateSigningKeys('key-b')];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pem-')), 'public.pem');
    writeFileSync(file, await exportSPKI((await importJWK(a.publicKeys.keys[0]!, 'ES256')) as PublicKey));
    const verify = createTokenVerifier({ keys: publicKeyFile(file) });
    await expect(verify(`Bearer ${await (await createTokenSigner(a.privateKey)).sign(claims)}`)).resolves.toMatchObject({ role: 'WARD_COMMITTEE' });
    await expect(verify(`Bearer ${await (await createTokenSigner(b.privateKey)).sign(claims)}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
