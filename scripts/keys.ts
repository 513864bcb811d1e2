/**
 * Creates the local development key pair in .keys/ if it is not there yet (for docker compose and `npm run token`),
 * and the services' shared secrets in .env if they are not there yet (docker compose reads .env: without them it
 * would fall back to its placeholders, which the services refuse).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDevelopmentEventsSecret, ensureDevelopmentGatewaySignatureSecret, ensureDevelopmentKeys } from '@twoway/auth';
import { readCommandLine } from '@twoway/platform';

readCommandLine(`
Usage: npm run keys

Creates the local development key pair in .keys/ if it is not there yet: the public keys
(jwks.json) that docker compose and \`npm start\` verify tokens with, and the private key
that \`npm run token\` signs with (development only; never commit it). Writes the services'
shared secrets (GATEWAY_SIGNATURE_SECRET, INTERNAL_EVENTS_SECRET) to .env for docker compose,
random, where .env does not have them yet (never commit it). Takes no options.

  -h, --help   this text
`, {});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { publicKeysFile, privateKeyFile } = await ensureDevelopmentKeys(path.join(root, '.keys'));
console.log(`Public keys: ${publicKeysFile}\nPrivate key: ${privateKeyFile} (development only; never commit it)`);

// The same secrets `npm start` uses (.keys/), so one checkout's services sign alike whichever way they run.
const secrets = {
  GATEWAY_SIGNATURE_SECRET: await ensureDevelopmentGatewaySignatureSecret(path.join(root, '.keys')),
  INTERNAL_EVENTS_SECRET: await ensureDevelopmentEventsSecret(path.join(root, '.keys')),
};
const environmentFile = path.join(root, '.env');
const present = existsSync(environmentFile) ? readFileSync(environmentFile, 'utf8') : '';
const missing = Object.keys(secrets).filter((name) => !new RegExp(`^${name}=`, 'm').test(present)) as (keyof typeof secrets)[];
if (missing.length > 0) {
  const lines = missing.map((name) => `${name}=${secrets[name]}`);
  appendFileSync(environmentFile, `${present && !present.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, { mode: 0o600 });
}
console.log(`Shared secrets for docker compose: ${environmentFile}${missing.length > 0 ? ` (written: ${missing.join(', ')})` : ' (already there)'}`);
