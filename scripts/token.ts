/** Prints a bearer token for a demo principal, signed with the local development key (see USAGE). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, createTokenSigner, ensureDevelopmentKeys, readJson, type Role } from '@twoway/auth';
import type { JWK } from 'jose';
import { isUuid } from '@twoway/platform';
import { readCommandLine } from '@twoway/platform';

const ROLE_NAMES = ROLES.map((r) => r.toLowerCase().replaceAll('_', '-'));
const USAGE = `
Usage: npm run -s token -- --role <role> --org <organisation id> [options]

Prints a bearer token for a demo principal, signed with the local development key
(.keys/, created by \`npm start\` or \`npm run keys\`; created here when missing).

  --role <role>       one of: ${ROLE_NAMES.join(', ')}
  --org <id>          the organisation node the principal acts for (a UUID)
  --member <id>       the member's id (required for the member role)
  --name <text>       a display name
  --sub <subject>     the token's subject (a partner app's client id)
  --grants <list>     comma-separated grants for a partner app (PERSONAL_DATA)
  --hours <n>         lifetime in hours, up to 720 (default 8)
  -h, --help          this text

Example: npm run -s token -- --role ward-committee --org 7067baf8-175d-5edc-b5e4-09248e2b032f
`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, fail } = readCommandLine(USAGE, {
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    member: { type: 'string' },
    name: { type: 'string' },
    sub: { type: 'string' },
    /** Comma-separated grants for a partner app's client (PERSONAL_DATA). */
    grants: { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
});

const role = values.role?.toUpperCase().replaceAll('-', '_') as Role | undefined;
const problems: string[] = [];
if (!role || !ROLES.includes(role)) problems.push(`--role must be one of: ${ROLE_NAMES.join(', ')}`);
if (!values.org || !isUuid(values.org)) problems.push('--org must be the id of an organisation node (a UUID)');
if (role === 'MEMBER' && (!values.member || !isUuid(values.member))) problems.push('--member <member id> is required for the member role');
const hours = Number(values.hours);
if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) problems.push('--hours must be between 0 and 720');
if (problems.length > 0) fail(problems.join('\n'));

const { privateKeyFile } = await ensureDevelopmentKeys(path.join(root, '.keys'));
const signer = await createTokenSigner(await readJson<JWK>(privateKeyFile));
const token = await signer.sign(
  {
    sub: values.sub ?? `demo:${role!.toLowerCase()}:${values.member ?? values.org}`,
    role: role!,
    org: values.org!.toLowerCase(),
    ...(values.member ? { member: values.member.toLowerCase() } : {}),
    ...(values.name ? { name: values.name } : {}),
    ...(values.grants ? { grants: values.grants.split(',').map((g) => g.trim().toUpperCase()).filter(Boolean) } : {}),
  },
  { expiresIn: `${Math.round(hours * 3600)}s` },
);
console.log(token);
