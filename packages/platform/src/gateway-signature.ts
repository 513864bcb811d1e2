import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The gateway signs every request it sends a subgraph, and a subgraph serves
 * GraphQL only to a signed request (besides the bearer token): a token alone,
 * sent straight to a subgraph, would skip the gateway's limits, safelist and
 * rate limits. The signature is an HMAC-SHA256 of the timestamp and the body
 * with a secret only the gateway and the subgraphs hold
 * (GATEWAY_SIGNATURE_SECRET), in the form `t=<unix seconds>,v1=<hex>`; a
 * signature older than the tolerance is refused, so a captured request cannot
 * be replayed later.
 */
export const GATEWAY_SIGNATURE_HEADER = 'x-gateway-signature';

/** How far a signature's time may be from the receiver's (clock skew and replay window). */
export const GATEWAY_SIGNATURE_TOLERANCE_SECONDS = 300;

function mac(secret: string, timestamp: number, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** The header value for a request body, signed at `nowMs` (wall-clock time: this bounds a network message, not a rule). */
export function signGatewayRequest(secret: string, body: string | Buffer, nowMs: number = Date.now()): string {
  const timestamp = Math.floor(nowMs / 1000);
  return `t=${timestamp},v1=${mac(secret, timestamp, body)}`;
}

/** Whether the header signs this body with the secret, within the tolerance of `nowMs`. */
export function verifyGatewaySignature(
  secret: string,
  body: string | Buffer,
  header: string | undefined,
  nowMs: number = Date.now(),
  toleranceSeconds: number = GATEWAY_SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(nowMs / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(mac(secret, timestamp, body), 'hex');
  const given = Buffer.from(match[2]!, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
