/**
 * `npm run generate -- --members 100000`: a deterministic, realistic data set
 * of any size up to the country's (about 5.6 million members in 34 provinces),
 * loaded with COPY into the three databases (the URLs from the environment, or
 * the embedded PostgreSQL of `npm start`). It replaces what the databases
 * hold, each in one transaction.
 */
import { systemClock, today } from '@twoway/platform';
import { readCommandLine } from '@twoway/platform';
import { federationDatabases } from './lib/databases.js';
import { generateData } from './lib/generate-data.js';

const USAGE = `
Usage: npm run generate -- [--members 100000] [--seed 213] [--day YYYY-MM-DD]

Replaces what the three databases hold (WORKPLACE_DATABASE_URL, RESIDENCE_DATABASE_URL,
EVALUATION_DATABASE_URL, or the embedded PostgreSQL of \`npm start\`) with a deterministic
data set of that size, loaded with COPY, each database in one transaction. The tree is the
one since the 2025 reform: up to 34 provinces, Hà Nội half the members (up to 500,000),
wards directly under the provinces, and the districts of before, ended on 2025-06-30.

  --members <n>   members in the data set, 100 to 6000000 (default 100000; the country
                  is about 5600000)
  --seed <n>      the random seed; the same seed gives the same data (default 213)
  --day <date>    the day the data is relative to (default today)
  -h, --help      this text
`;

const { values, fail } = readCommandLine(USAGE, { options: { members: { type: 'string', default: '100000' }, seed: { type: 'string', default: '213' }, day: { type: 'string' } } });
const members = Number(values.members);
if (!Number.isInteger(members) || members < 100 || members > 6_000_000) fail('--members must be a whole number from 100 to 6000000');
const { urls, embedded } = await federationDatabases((message) => console.log(message));
try {
  await generateData(urls, members, values.day ?? today(systemClock), Number(values.seed));
} finally {
  await embedded?.stop();
}
