import { describe, expect, it } from '@jest/globals';
import { signGatewayRequest, verifyGatewaySignature } from './gateway-signature.js';

const SECRET = 'a-secret-of-at-least-sixteen';
const BODY = '{"query":"{ __typename }"}';
const NOW = 1_800_000_000_000;

describe('gateway signature', () => {
  it('verifies a body signed with the same secret, within the tolerance', () => {
    const header = signGatewayRequest(SECRET, BODY, NOW);
    expect(verifyGatewaySignature(SECRET, BODY, header, NOW + 60_000)).toBe(true);
    expect(verifyGatewaySignature(SECRET, Buffer.from(BODY), header, NOW)).toBe(true);
  });

  it('refuses another body, another secret, an old signature, or none', () => {
    const header = signGatewayRequest(SECRET, BODY, NOW);
    expect(verifyGatewaySignature(SECRET, `${BODY} `, header, NOW)).toBe(false);
    expect(verifyGatewaySignature('another-secret-of-sixteen', BODY, header, NOW)).toBe(false);
    expect(verifyGatewaySignature(SECRET, BODY, header, NOW + 301_000)).toBe(false);
    expect(verifyGatewaySignature(SECRET, BODY, undefined, NOW)).toBe(false);
    expect(verifyGatewaySignature(SECRET, BODY, 'sha256=abc', NOW)).toBe(false);
  });
});
