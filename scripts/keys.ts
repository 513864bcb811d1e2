/** Creates the local development key pair in .keys/ if it is not there yet (for docker compose and `npm run token`). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDevelopmentKeys } from '@twoway/auth';
import { readCommandLine } from '@twoway/platform';

readCommandLine(`
Usage: npm run keys

Creates the local development key pair in .keys/ if it is not there yet: the public keys
(jwks.json) that docker compose and \`npm start\` verify tokens with, and the private key
that \`npm run token\` signs with (development only; never commit it). Takes no options.

  -h, --help   this text
`, {});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { publicKeysFile, privateKeyFile } = await ensureDevelopmentKeys(path.join(root, '.keys'));
console.log(`Public keys: ${publicKeysFile}\nPrivate key: ${privateKeyFile} (development only; never commit it)`);
