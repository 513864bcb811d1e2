import type { Principal, Role } from '@twoway/auth';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { forbidden } from './mutation.js';

/**
 * A principal acts only for its own organisation, on its own side: its role
 * must be one of `roles`, and `organizationId` must lie in the subtree of the
 * node the principal is bound to. Throws FORBIDDEN otherwise.
 */
export async function requireActingFor(
  principal: Principal,
  organizations: OrganizationLoaders,
  roles: readonly Role[],
  organizationId: string,
): Promise<void> {
  if (!roles.includes(principal.role)) {
    throw forbidden(`The ${principal.role} role cannot do this; it is done by ${roles.join(' or ')}`);
  }
  const [own, target] = await Promise.all([
    organizations.byId.load(principal.organizationId),
    organizations.byId.load(organizationId),
  ]);
  if (!own || !target || !target.path.startsWith(own.path)) {
    throw forbidden('This organisation is outside the one you act for');
  }
}
