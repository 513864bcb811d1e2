/**
 * Prints a bearer token for a demo principal, signed with the local
 * development key (created by `npm start` or `npm run keys` in .keys/):
 *
 *   npm run -s token -- --role ward-committee --org <organisation id> [--member <member id>] [--name "…"] [--hours 8]
 *
 * Roles: member, cell-committee, ward-committee, workplace-committee, oversight, partner-app, administrator.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ROLES, createTokenSigner, ensureDevelopmentKeys, readJson, type Role } from '@twoway/auth';
import type { JWK } from 'jose';
import { isUuid } from '@twoway/platform';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
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
if (!role || !ROLES.includes(role)) problems.push(`--role must be one of: ${ROLES.map((r) => r.toLowerCase().replaceAll('_', '-')).join(', ')}`);
if (!values.org || !isUuid(values.org)) problems.push('--org must be the id of an organisation node (a UUID)');
if (role === 'MEMBER' && (!values.member || !isUuid(values.member))) problems.push('--member <member id> is required for the member role');
const hours = Number(values.hours);
if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) problems.push('--hours must be between 0 and 720');
if (problems.length > 0) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  process.exit(2);
}

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
