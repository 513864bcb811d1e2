import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROLES, type PrincipalClaims, type Role } from '@twoway/auth';

export const README_FILE = new URL('../../../README.md', import.meta.url);

/** A principal the README shows a token command for: `npm run -s token -- --role … --org …`. */
export interface ReadmePrincipal {
  /** The command's text, to name the principal in a test. */
  command: string;
  role: Role;
  org: string;
  claims: Partial<PrincipalClaims> & { sub?: string };
}

/**
 * Every `npm run -s token -- …` command in the README, read as the token
 * script reads its arguments, so the tests act as exactly the principals a
 * reader is told to use.
 */
export function readmePrincipals(): ReadmePrincipal[] {
  const text = readFileSync(README_FILE, 'utf8');
  const commands = [...text.matchAll(/npm run -s token -- ((?:--[a-z]+ [^\s)]+\s?)+)/g)].map((match) => match[1]!.trim());
  return commands.map((command) => {
    const { values } = parseArgs({
      args: command.split(/\s+/),
      options: { role: { type: 'string' }, org: { type: 'string' }, member: { type: 'string' }, sub: { type: 'string' }, grants: { type: 'string' }, name: { type: 'string' } },
    });
    const role = values.role!.toUpperCase().replaceAll('-', '_') as Role;
    if (!ROLES.includes(role)) throw new Error(`README: unknown role in \`${command}\``);
    const claims: ReadmePrincipal['claims'] = {
      ...(values.member ? { member: values.member } : {}),
      ...(values.sub ? { sub: values.sub } : {}),
      ...(values.grants ? { grants: values.grants.split(',') as PrincipalClaims['grants'] } : {}),
    };
    return { command: `${values.role} @ ${values.org}${values.member ? ` (member ${values.member})` : ''}`, role, org: values.org!, claims };
  });
}
