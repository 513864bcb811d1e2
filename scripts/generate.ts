/**
 * `npm run generate -- --members 100000`: a deterministic, realistic data set
 * of any size for the whole tree, loaded with COPY into the three databases
 * (the URLs from the environment, or the embedded PostgreSQL of `npm start`).
 * It replaces what the databases hold, each in one transaction.
 */
import { systemClock, today } from '@twoway/platform';
import { readCommandLine } from '@twoway/platform';
import { federationDatabases } from './lib/databases.js';
import { generateData } from './lib/generate-data.js';

const USAGE = `
Usage: npm run generate -- [--members 100000] [--seed 213] [--day YYYY-MM-DD]

Replaces what the three databases hold (WORKPLACE_DATABASE_URL, RESIDENCE_DATABASE_URL,
EVALUATION_DATABASE_URL, or the embedded PostgreSQL of \`npm start\`) with a deterministic
data set of that size, loaded with COPY, each database in one transaction.

  --members <n>   members in the data set, 100 to 2000000 (default 100000)
  --seed <n>      the random seed; the same seed gives the same data (default 213)
  --day <date>    the day the data is relative to (default today)
  -h, --help      this text
`;

const { values, fail } = readCommandLine(USAGE, { options: { members: { type: 'string', default: '100000' }, seed: { type: 'string', default: '213' }, day: { type: 'string' } } });
const members = Number(values.members);
if (!Number.isInteger(members) || members < 100 || members > 2_000_000) fail('--members must be a whole number from 100 to 2000000');
const { urls, embedded } = await federationDatabases((message) => console.log(message));
try {
  await generateData(urls, members, values.day ?? today(systemClock), Number(values.seed));
} finally {
  await embedded?.stop();
}
