import { createTokenSigner, createTokenVerifier, generateSigningKeys, type PrincipalClaims, type Role, type TokenSigner, type TokenVerifier } from '@twoway/auth';
import { organizationId } from '@twoway/demo-data';

export interface TestAuth {
  verifier: TokenVerifier;
  signer: TokenSigner;
  /** A signed token for a principal: a role bound to an organisation node (and a member, for MEMBER). */
  token(role: Role, organizationId: string, extra?: Partial<PrincipalClaims> & { sub?: string }): Promise<string>;
  /** Authorization headers for such a token. */
  headers(role: Role, organizationId: string, extra?: Partial<PrincipalClaims> & { sub?: string }): Promise<Record<string, string>>;
  /** Oversight over the whole of Hà Nội (reads every record there): what tests use when the principal is not the point. */
  adminHeaders(): Promise<Record<string, string>>;
}

let shared: Promise<TestAuth> | undefined;

/** One key pair per test process, made fresh: no test depends on keys on disk. */
export function testAuth(): Promise<TestAuth> {
  shared ??= (async () => {
    const keys = await generateSigningKeys('test-key');
    const signer = await createTokenSigner(keys.privateKey);
    const verifier = createTokenVerifier({ keys: keys.publicKeys });
    const token: TestAuth['token'] = (role, org, extra = {}) => {
      const { sub, ...claims } = extra;
      return signer.sign({ sub: sub ?? `test:${role.toLowerCase()}:${org}`, role, org, ...claims });
    };
    const headers: TestAuth['headers'] = async (role, org, extra) => ({ authorization: `Bearer ${await token(role, org, extra)}` });
    const admin = headers('OVERSIGHT', organizationId('ha-noi'));
    return { verifier, signer, token, headers, adminHeaders: () => admin };
  })();
  return shared;
}
