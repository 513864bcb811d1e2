import { randomUUID } from 'node:crypto';
import { addDays, isUuid } from '@twoway/platform';
import { ALLOWED_PARENTS, OrganizationUnit, inForceOn, type OrganizationKind, type OrganizationLoaders, type TreeKeepers } from '@twoway/org-tree';
import { MutationErrorCode, refuse, runMutation, type MutationContext, type MutationResult, type MutationScope } from '../mutations/mutation.js';
import { requireActingFor } from '../mutations/acting-for.js';
import { ORGANIZATION_KIND_WORDS } from '../vocabulary.js';
import type { EventHandler } from '../events/events.js';

export const TreeErrorCode = {
  KIND_NOT_ALLOWED_HERE: 'KIND_NOT_ALLOWED_HERE',
  NOT_OWNED_HERE: 'NOT_OWNED_HERE',
  NAME_REQUIRED: 'NAME_REQUIRED',
  PARENT_NOT_IN_FORCE: 'PARENT_NOT_IN_FORCE',
  ALREADY_ENDED: 'ALREADY_ENDED',
  END_BEFORE_START: 'END_BEFORE_START',
  SUCCESSOR_NOT_VALID: 'SUCCESSOR_NOT_VALID',
  CHILDREN_IN_FORCE: 'CHILDREN_IN_FORCE',
} as const;

/** Who keeps the tree: administrators, and oversight (organisation boards) within their own subtree. */
const TREE_KEEPERS = ['ADMINISTRATOR', 'OVERSIGHT'] as const;
/**
 * What a keeper's tree mutations are told by the federation's configuration
 * (the root's topology.ts), so that this package names no subgraph.
 */
export interface TreeKeeping {
  /** The subgraph making the change: it may write only the kinds `keepers` gives it. */
  keeper: string;
  keepers: TreeKeepers;
  /** The other subgraphs, which hold copies of the tree and are told of every change. */
  copiesIn: readonly string[];
}

const NO_ORGANIZATION = { vi: 'Không có tổ chức nào có mã này', en: 'No organisation with this id' };

type TreeContext = MutationContext & { organizations: OrganizationLoaders };

/** Tells the other subgraphs, which keep copies of the tree, what the node is now. */
async function publishNode(scope: MutationScope, tree: TreeKeeping, unit: OrganizationUnit): Promise<void> {
  const { id, parentId, kind, name, path, depth, validFrom, validTo, successorId, owner, version } = unit;
  for (const target of tree.copiesIn) {
    await scope.publish('OrganizationUnitChanged', target, { unit: { id, parentId, kind, name, path, depth, validFrom, validTo, successorId, owner, version } });
  }
}

/**
 * The owner adds a node to the tree (a new ward after a merger, a new cell):
 * under a parent in force on the day it starts, of a kind allowed there and
 * kept by this subgraph. The copies in the other subgraphs follow by outbox.
 */
export async function createOrganizationUnit(
  ctx: TreeContext,
  tree: TreeKeeping,
  input: { idempotencyKey: string; parentId: string; kind: OrganizationKind; name: string; validFrom: string },
): Promise<MutationResult<OrganizationUnit>> {
  const parent = isUuid(input.parentId) ? await ctx.organizations.byId.load(input.parentId.toLowerCase()) : null;
  if (parent) await requireActingFor(ctx, TREE_KEEPERS, parent.id);
  return runMutation(ctx, { operation: 'createOrganizationUnit', idempotencyKey: input.idempotencyKey, entity: OrganizationUnit }, async (scope) => {
    if (!parent) refuse(MutationErrorCode.NOT_FOUND, ['input', 'parentId'], NO_ORGANIZATION);
    const keeper = tree.keepers[input.kind];
    if (keeper !== tree.keeper) refuse(TreeErrorCode.NOT_OWNED_HERE, ['input', 'kind'], { vi: `Tổ chức loại ${ORGANIZATION_KIND_WORDS[input.kind]} do subgraph ${keeper} quản lý`, en: `Nodes of kind ${input.kind} are kept by the ${keeper} subgraph` });
    if (!ALLOWED_PARENTS[input.kind].includes(parent.kind)) refuse(TreeErrorCode.KIND_NOT_ALLOWED_HERE, ['input', 'kind'], { vi: `Tổ chức loại ${ORGANIZATION_KIND_WORDS[input.kind]} không thể đặt dưới ${ORGANIZATION_KIND_WORDS[parent.kind]}`, en: `A ${input.kind} cannot sit under a ${parent.kind}` });
    if (!inForceOn(parent, input.validFrom)) refuse(TreeErrorCode.PARENT_NOT_IN_FORCE, ['input', 'validFrom'], { vi: 'Tổ chức cấp trên không còn hiệu lực vào ngày đó', en: 'The parent is not in force on that day' });
    const name = input.name.trim();
    if (name.length < 3 || name.length > 255) refuse(TreeErrorCode.NAME_REQUIRED, ['input', 'name'], { vi: 'Hãy ghi tên chính thức (3 đến 255 ký tự)', en: 'Give the official name (3 to 255 characters)' });
    const id = randomUUID();
    const unit = await scope.create(OrganizationUnit, {
      id, parentId: parent.id, kind: input.kind, name, path: `${parent.path}${id}/`, depth: parent.depth + 1,
      validFrom: input.validFrom, validTo: null, successorId: null, owner: tree.keeper, version: 1,
    });
    await publishNode(scope, tree, unit);
    return unit;
  });
}

/**
 * The owner ends a node (abolished, merged), naming the node that takes over;
 * the node is never moved or deleted, so history by date stays true. Its
 * children end first, each naming its own successor: nodes never move, so a
 * cell left in force under an ended ward would have no committee above it. The
 * records still open at the node follow it to the successor from the day after
 * (successionsJob, in every subgraph).
 */
export async function endOrganizationUnit(
  ctx: TreeContext,
  tree: TreeKeeping,
  input: { idempotencyKey: string; id: string; version: number; validTo: string; successorId?: string | null },
): Promise<MutationResult<OrganizationUnit>> {
  const unit = isUuid(input.id) ? await ctx.organizations.byId.load(input.id.toLowerCase()) : null;
  if (unit) await requireActingFor(ctx, TREE_KEEPERS, unit.id);
  return runMutation(ctx, { operation: 'endOrganizationUnit', idempotencyKey: input.idempotencyKey, entity: OrganizationUnit }, async (scope) => {
    if (!unit) refuse(MutationErrorCode.NOT_FOUND, ['input', 'id'], NO_ORGANIZATION);
    const current = await scope.current(OrganizationUnit, unit.id, input.version);
    if (current.owner !== tree.keeper) refuse(TreeErrorCode.NOT_OWNED_HERE, ['input', 'id'], { vi: `Tổ chức này do subgraph ${current.owner} quản lý`, en: `This node is kept by the ${current.owner} subgraph` });
    if (current.validTo !== null) refuse(TreeErrorCode.ALREADY_ENDED, ['input', 'id'], { vi: `Tổ chức này đã chấm dứt ngày ${current.validTo}`, en: `The node already ended on ${current.validTo}` });
    if (input.validTo < current.validFrom) refuse(TreeErrorCode.END_BEFORE_START, ['input', 'validTo'], { vi: 'Tổ chức không thể chấm dứt trước ngày bắt đầu', en: 'A node cannot end before it starts' });
    const [{ children }] = (await scope.manager.query(
      `SELECT count(*)::int AS children FROM organization_unit WHERE parent_id = $1 AND (valid_to IS NULL OR valid_to > $2)`, [current.id, input.validTo])) as [{ children: number }];
    if (children > 0) {
      refuse(TreeErrorCode.CHILDREN_IN_FORCE, ['input', 'validTo'], {
        vi: `Còn ${children} tổ chức trực thuộc hoạt động sau ngày đó: hãy chấm dứt chúng trước, ghi rõ tổ chức kế thừa của từng tổ chức`,
        en: `${children} nodes under it are in force after that day: end them first, each naming its successor`,
      });
    }
    let successorId: string | null = null;
    if (input.successorId) {
      const successor = isUuid(input.successorId) ? await scope.manager.findOneBy(OrganizationUnit, { id: input.successorId.toLowerCase() }) : null;
      if (!successor || successor.id === current.id || successor.kind !== current.kind || !inForceOn(successor, addDays(input.validTo, 1))) {
        refuse(TreeErrorCode.SUCCESSOR_NOT_VALID, ['input', 'successorId'], { vi: 'Tổ chức kế thừa phải là một tổ chức khác cùng loại, có hiệu lực từ ngày hôm sau', en: 'The successor must be another node of the same kind, in force the day after' });
      }
      successorId = successor.id;
    }
    const ended = await scope.updateVersioned(OrganizationUnit, current, input.version, { validTo: input.validTo, successorId, version: current.version + 1 });
    await publishNode(scope, tree, ended);
    return ended;
  });
}

/**
 * A copy applies the owner's change to a node: only from the owner, only if
 * newer than what it holds (redeliveries and reordering change nothing).
 */
export const organizationUnitChanged: EventHandler = async (scope, event) => {
  const unit = event.payload.unit as OrganizationUnit;
  if (unit.owner !== event.source) refuse(TreeErrorCode.NOT_OWNED_HERE, ['payload', 'unit'], { vi: `${event.source} không quản lý tổ chức ${unit.id}`, en: `${event.source} does not keep node ${unit.id}` });
  await scope.manager.query(
    `INSERT INTO organization_unit (id, parent_id, kind, name, path, depth, valid_from, valid_to, successor_id, owner, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, valid_to = EXCLUDED.valid_to, successor_id = EXCLUDED.successor_id, version = EXCLUDED.version
     WHERE organization_unit.version < EXCLUDED.version`,
    [unit.id, unit.parentId, unit.kind, unit.name, unit.path, unit.depth, unit.validFrom, unit.validTo, unit.successorId, unit.owner, unit.version],
  );
};
