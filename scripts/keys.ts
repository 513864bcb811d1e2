/** Creates the local development key pair in .keys/ if it is not there yet (for docker compose and `npm run token`). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDevelopmentKeys } from '@twoway/auth';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { publicKeysFile, privateKeyFile } = await ensureDevelopmentKeys(path.join(root, '.keys'));
console.log(`Public keys: ${publicKeysFile}\nPrivate key: ${privateKeyFile} (development only; never commit it)`);
