/**
 * `npm run generate -- --members 100000`: a deterministic, realistic data set
 * of any size for the whole tree, loaded with COPY into the three databases
 * (the URLs from the environment, or the embedded PostgreSQL of `npm start`).
 * It replaces what the databases hold, each in one transaction.
 */
import { parseArgs } from 'node:util';
import { systemClock, today } from '@twoway/platform';
import { federationDatabases } from './lib/databases.js';
import { generateData } from './lib/generate-data.js';

const { values } = parseArgs({ options: { members: { type: 'string', default: '100000' }, seed: { type: 'string', default: '213' }, day: { type: 'string' } } });
const members = Number(values.members);
if (!Number.isInteger(members) || members < 100 || members > 2_000_000) {
  console.error('--members must be a whole number from 100 to 2000000');
  process.exit(2);
}
const { urls, embedded } = await federationDatabases((message) => console.log(message));
try {
  await generateData(urls, members, values.day ?? today(systemClock), Number(values.seed));
} finally {
  await embedded?.stop();
}
