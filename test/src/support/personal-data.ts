import {
  Lexer, Source, TokenKind, getNamedType, getNullableType, isEnumType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType, parse,
  type GraphQLArgument, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { GuardedField } from '@twoway/auth';
import { operationPageCost } from '@twoway/gateway';
import { queryRows } from '@twoway/persistence';
import { addDays } from '@twoway/platform';
import type { SubgraphKey } from './databases.js';
import { TEST_DAY } from './test-day.js';

/**
 * Support for the personal-data test (test/src/e2e/security/personal-data.e2e.test.ts):
 * planting recognisable values in every guarded column, generating every query
 * the schema offers, and finding planted values in an answer.
 */

// ---------------------------------------------------------------------------------------------------------------------
// Planting

/** Where a guarded value is kept: the subgraph, the table and column, the GraphQL type and field that answer it. */
export interface GuardedColumn {
  field: GuardedField;
  subgraph: SubgraphKey;
  table: string;
  column: string;
  /** The entity type of the record (what the read audit names), which is also its GraphQL type. */
  entityType: string;
  /** The GraphQL field's name on that type. */
  fieldName: string;
  /** SQL for the member the record is about. */
  memberColumn: string;
}

/** Every guarded column of the three databases (the policy's GuardedField, column by column). */
export const GUARDED_COLUMNS: readonly GuardedColumn[] = [
  { field: GuardedField.CITIZEN_ID, subgraph: 'workplaceCommittee', table: 'member', column: 'citizen_id', entityType: 'Member', fieldName: 'citizenId', memberColumn: 'id' },
  { field: GuardedField.BIRTH_DATE, subgraph: 'workplaceCommittee', table: 'member', column: 'birth_date', entityType: 'Member', fieldName: 'birthDate', memberColumn: 'id' },
  { field: GuardedField.PARTY_CARD_NUMBER, subgraph: 'workplaceCommittee', table: 'member', column: 'party_card_number', entityType: 'Member', fieldName: 'partyCardNumber', memberColumn: 'id' },
  { field: GuardedField.DOSSIER_NUMBER, subgraph: 'workplaceCommittee', table: 'member', column: 'dossier_number', entityType: 'Member', fieldName: 'dossierNumber', memberColumn: 'id' },
  { field: GuardedField.LETTER_ADDRESS, subgraph: 'workplaceCommittee', table: 'introduction_letter', column: 'residence_address', entityType: 'IntroductionLetter', fieldName: 'residenceAddress', memberColumn: 'member_id' },
  { field: GuardedField.REGISTRATION_ADDRESS, subgraph: 'residenceCommittee', table: 'residence_registration', column: 'address', entityType: 'ResidenceRegistration', fieldName: 'address', memberColumn: 'member_id' },
];

/** One record that holds a planted value in a guarded column. */
export interface Holder {
  column: GuardedColumn;
  entityId: string;
  memberId: string;
}

/** What was planted: each planted value with the records that hold it, and the values they held before. */
export interface PlantedValues {
  /** Planted value → the records holding it (two records of one person share a citizen ID). */
  planted: Map<string, Holder[]>;
  /** The values the guarded columns held before planting (they must not appear anywhere either). */
  originals: Map<string, GuardedColumn>;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The planted form of a value, from its rank among the column's distinct values (equal values stay equal). */
const PLANTED_FORM: Record<GuardedField, (rank: number, original: string) => string> = {
  [GuardedField.CITIZEN_ID]: (rank) => `77${pad(rank, 10)}`,
  // Month and day kept (29 February has no 1911 counterpart: the 28th).
  [GuardedField.BIRTH_DATE]: (_rank, original) => `1911-${original.slice(5, 7)}-${original.slice(5, 10) === '02-29' ? '28' : original.slice(8, 10)}`,
  [GuardedField.PARTY_CARD_NUMBER]: (rank) => `CARD77${pad(rank, 6)}`,
  [GuardedField.DOSSIER_NUMBER]: (rank) => `DOSSIER77-${pad(rank, 6)}`,
  // One numbering for both address columns, so that a letter's address and the registration made from it stay equal.
  [GuardedField.LETTER_ADDRESS]: (rank) => plantedAddress(rank),
  [GuardedField.REGISTRATION_ADDRESS]: (rank) => plantedAddress(rank),
};

export const plantedAddress = (n: number) => `PLANTED-ADDR-${pad(n, 6)}, Hà Nội`;

/** What each kind of planted value looks like in any text (ISO and Vietnamese date forms for birth dates). */
const PLANTED_PATTERN = /(?<![\d.])77\d{10}(?!\d)|1911-\d{2}-\d{2}|\d{2}\/\d{2}\/1911|CARD77\d{6}|DOSSIER77-\d{6}|PLANTED-ADDR-\d{6}(?:, Hà Nội)?/g;

/**
 * Replaces the value of every guarded column of the demo data with a
 * recognisable one, with plain UPDATEs (the tables' triggers keep their
 * projections), and returns what was planted and what was there before.
 */
export async function plantGuardedValues(databaseUrls: Record<SubgraphKey, string>): Promise<PlantedValues> {
  const planted = new Map<string, Holder[]>();
  const originals = new Map<string, GuardedColumn>();
  const rows = new Map<GuardedColumn, { id: string; member_id: string; original: string }[]>();
  for (const column of GUARDED_COLUMNS) {
    rows.set(column, await queryRows(databaseUrls[column.subgraph],
      `SELECT id::text, ${column.memberColumn}::text AS member_id, ${column.column}::text AS original FROM ${column.table} WHERE ${column.column} IS NOT NULL ORDER BY 1`));
  }
  const addressRanks = new Map<string, number>();
  for (const column of GUARDED_COLUMNS) {
    const distinct = [...new Set(rows.get(column)!.map((r) => r.original))].sort();
    const rankOf = (value: string) => {
      if (column.field === GuardedField.LETTER_ADDRESS || column.field === GuardedField.REGISTRATION_ADDRESS) {
        if (!addressRanks.has(value)) addressRanks.set(value, addressRanks.size + 1);
        return addressRanks.get(value)!;
      }
      return distinct.indexOf(value) + 1;
    };
    const updates = rows.get(column)!.map((row) => ({ ...row, value: PLANTED_FORM[column.field](rankOf(row.original), row.original) }));
    for (const row of updates) {
      if (row.original.length > 0) originals.set(row.original, column);
      planted.set(row.value, [...(planted.get(row.value) ?? []), { column, entityId: row.id, memberId: row.member_id }]);
    }
    const type = column.field === GuardedField.BIRTH_DATE ? 'date' : 'text';
    await queryRows(databaseUrls[column.subgraph],
      `UPDATE ${column.table} t SET ${column.column} = u.value::${type} FROM unnest($1::uuid[], $2::text[]) AS u(id, value) WHERE t.id = u.id`,
      [updates.map((u) => u.id), updates.map((u) => u.value)]);
  }
  return { planted, originals };
}

/** Adds a value planted through a mutation (an address given to a new letter) to what was planted. */
export function notePlanted(values: PlantedValues, value: string, holder: Holder): void {
  values.planted.set(value, [...(values.planted.get(value) ?? []).filter((h) => h.entityId !== holder.entityId || h.column !== holder.column), holder]);
}

// ---------------------------------------------------------------------------------------------------------------------
// Reach

/**
 * The members whose records a principal reaches in one subgraph, decided as the
 * subgraph's access module decides it (member_reach against the nodes the
 * principal's node covers: its subtree, and the subtrees of its ended nodes'
 * successors outside it, less the parts of those that took over from nodes
 * outside both), written here by ancestors and LIKE, not as the module writes it.
 */
export async function membersReached(databaseUrl: string, organizationId: string): Promise<Set<string>> {
  const rows = await queryRows<{ member_id: string }>(databaseUrl,
    `WITH me AS (SELECT path FROM organization_unit WHERE id = $1),
     handed AS (
       SELECT DISTINCT s.id, s.path FROM me, organization_unit e JOIN organization_unit s ON s.id = e.successor_id
       WHERE e.path LIKE me.path || '%' AND s.path NOT LIKE me.path || '%'),
     from_elsewhere AS (
       SELECT h.path AS under, m.path FROM me, handed h JOIN organization_unit m ON m.path LIKE h.path || '%' AND m.id <> h.id
       WHERE EXISTS (SELECT 1 FROM organization_unit x WHERE x.successor_id = m.id AND x.path NOT LIKE me.path || '%' AND x.path NOT LIKE h.path || '%')),
     covered AS (
       SELECT o.id FROM me, organization_unit o WHERE o.path LIKE me.path || '%'
       UNION
       SELECT n.id FROM handed h JOIN organization_unit n ON n.path LIKE h.path || '%'
       WHERE NOT EXISTS (SELECT 1 FROM from_elsewhere f WHERE f.under = h.path AND n.path LIKE f.path || '%'))
     SELECT DISTINCT r.member_id::text AS member_id FROM member_reach r WHERE r.node_id IN (SELECT id FROM covered)`,
    [organizationId]);
  return new Set(rows.map((r) => r.member_id));
}

// ---------------------------------------------------------------------------------------------------------------------
// Operations

/** One field in a generated selection: its arguments written out, and its own selection for an object. */
export interface Selection {
  name: string;
  args: string;
  /** The `first` written, or 1 (GraphQL Armor's shape cost multiplies the selection below by it). */
  pageSize: number;
  /** Null for a leaf. */
  children: Selection[] | null;
}

/** Values for required arguments, by what they name. */
export interface ArgumentValues {
  /** Sample ids of records of a type, for `<field>(id: ID!)` returning that type (and `organizationId`). */
  idsByType: Map<string, string[]>;
  /** Extra texts to search for (planted numbers), besides a name. */
  searchTexts: string[];
}

const PAGE_SIZE = 5;
/** The page size asked of a list inside 0, 1, 2 or more enclosing pages. */
const NESTED_PAGE_SIZES = [PAGE_SIZE, 3, 2];
/** Deepest field nesting a generated operation reaches (the gateway refuses more than 10). */
const MAX_DEPTH = 9;

function literal(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** A value for an argument the caller must give (other than ids, which the caller of this picks), or undefined. */
function requiredValue(arg: GraphQLArgument): unknown {
  const type = getNullableType(arg.type);
  if (isListType(type)) return undefined;
  if (isEnumType(type)) return { enum: type.getValues()[type.getValues().length - 1]!.name };
  if (!isScalarType(type)) return undefined;
  if (arg.name === 'from') return addDays(TEST_DAY, -365);
  if (arg.name === 'to') return TEST_DAY;
  if (type.name === 'Date') return TEST_DAY;
  if (type.name === 'Int') return /year/i.test(arg.name) ? Number(TEST_DAY.slice(0, 4)) : PAGE_SIZE;
  if (arg.name === 'period') return TEST_DAY.slice(0, 4);
  if (type.name === 'Boolean') return true;
  return undefined;
}

const writeArgs = (entries: [string, unknown][]) =>
  entries.length === 0 ? '' : `(${entries.map(([name, value]) => `${name}: ${typeof value === 'object' && value !== null && 'enum' in value ? (value as { enum: string }).enum : literal(value)}`).join(', ')})`;

/** The arguments a nested field is given: required ones filled, `first` small, the rest left out. */
function nestedArgs(field: GraphQLField<unknown, unknown>, ids: ArgumentValues, pages: number): { args: string; pageSize: number } | null {
  const entries: [string, unknown][] = [];
  let pageSize = 1;
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (arg.name === 'first') {
      // Pages inside pages get smaller, so that the deepest selections stay within the gateway's cost limits.
      pageSize = NESTED_PAGE_SIZES[Math.min(pages, NESTED_PAGE_SIZES.length - 1)]!;
      entries.push(['first', pageSize]);
    } else if (required) {
      if (getNamedType(arg.type).name === 'ID') {
        const [id] = ids.idsByType.get(/organization/i.test(arg.name) ? 'Organization' : getNamedType(field.type).name) ?? [];
        if (!id) return null;
        entries.push([arg.name, id]);
      } else {
        const value = requiredValue(arg);
        if (value === undefined) return null;
        entries.push([arg.name, value]);
      }
    }
  }
  return { args: writeArgs(entries), pageSize };
}

/**
 * The selection of an object type, breadth first: every leaf field everywhere
 * (and `__typename`), every object field followed, each object type's fields
 * followed at its first (shallowest) occurrence only, to a depth the gateway
 * takes.
 */
function selectionOf(root: GraphQLObjectType, ids: ArgumentValues, rootPages: number): Selection[] {
  const expanded = new Set<string>();
  const top: Selection[] = [];
  const queue: { type: GraphQLObjectType; into: Selection[]; depth: number; pages: number }[] = [{ type: root, into: top, depth: 1, pages: rootPages }];
  expanded.add(root.name);
  while (queue.length > 0) {
    const { type, into, depth, pages } = queue.shift()!;
    into.push({ name: '__typename', args: '', pageSize: 1, children: null });
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue;
      const args = nestedArgs(field, ids, pages);
      if (!args) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        into.push({ name: field.name, ...args, children: null });
      } else if (isObjectType(named) && depth + 1 <= MAX_DEPTH) {
        const children: Selection[] = [];
        const selection = { name: field.name, ...args, children };
        // Connections and their edges are followed wherever they occur; another object type only once.
        const wrapper = /(Connection|Edge)$/.test(named.name) || named.name === 'PageInfo';
        if (wrapper || !expanded.has(named.name)) {
          if (!wrapper) expanded.add(named.name);
          queue.push({ type: named, into: children, depth: depth + 1, pages: pages + (args.pageSize > 1 ? 1 : 0) });
        } else {
          children.push({ name: '__typename', args: '', pageSize: 1, children: null });
          for (const leaf of Object.values(named.getFields())) {
            const leafArgs = nestedArgs(leaf, ids, pages);
            if (leafArgs && isLeafType(getNamedType(leaf.type)) && !leaf.name.startsWith('_')) children.push({ name: leaf.name, ...leafArgs, children: null });
          }
        }
        into.push(selection);
      }
    }
  }
  return pruneEmpty(top);
}

/** Drops object fields whose selection ended up with nothing but `__typename` below the depth limit. */
function pruneEmpty(selections: Selection[]): Selection[] {
  return selections.flatMap((s) => {
    if (!s.children) return [s];
    const children = pruneEmpty(s.children);
    return children.some((c) => c.name !== '__typename') ? [{ ...s, children }] : [];
  });
}

const render = (selections: Selection[]): string =>
  selections.map((s) => `${s.name}${s.args}${s.children ? ` { ${render(s.children)} }` : ''}`).join(' ');

/** One generated query: a root field (with its arguments) and a part of its selection. */
export interface GeneratedOperation {
  /** Where it looks, for reports: `rootField(args) > a > b`. */
  path: string;
  document: string;
  /** Values the caller itself wrote in the document (a searched number): the caller knows them already. */
  givenValues: string[];
  root: Selection;
}

/** What the gateway measures, computed as it does (tokens, depth, its own page cost, GraphQL Armor's shape cost). */
export function measure(schema: GraphQLSchema, document: string, root: Selection) {
  let tokens = 0;
  const lexer = new Lexer(new Source(document));
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  const depth = (s: Selection): number => 1 + Math.max(0, ...(s.children ?? []).map(depth));
  const parsed = parse(document);
  const pageCost = operationPageCost(schema, parsed, parsed.definitions[0] as OperationDefinitionNode);
  const shapeCost = (s: Selection): number => (s.children ? (2 + 1.5 * s.children.reduce((sum, c) => sum + shapeCost(c), 0)) * s.pageSize : 1);
  return { tokens, depth: depth(root), pageCost, shapeCost: shapeCost(root) };
}

/** The budget a generated operation keeps under (somewhat below the gateway's limits). */
export interface Budget { tokens: number; pageCost: number; shapeCost: number }
export const GATEWAY_BUDGET: Budget = { tokens: 1_800, pageCost: 9_000, shapeCost: 22_000 };

const documentOf = (root: Selection) => `query { ${render([root])} }`;

function fits(schema: GraphQLSchema, root: Selection, budget: Budget): boolean {
  const m = measure(schema, documentOf(root), root);
  return m.tokens <= budget.tokens && m.pageCost <= budget.pageCost && m.shapeCost <= budget.shapeCost;
}

/**
 * Splits a root field's selection into parts that each fit the budget: a
 * selection that does not fit keeps its leaves in one part and sends each
 * object field (split the same way) into parts of its own, merged again
 * while they fit.
 */
export function splitSelection(schema: GraphQLSchema, root: Selection, budget: Budget): Selection[] {
  const variants = (node: Selection, wrap: (inner: Selection) => Selection): Selection[] => {
    if (fits(schema, wrap(node), budget) || !node.children) return [node];
    const leaves = node.children.filter((c) => !c.children);
    const objects = node.children.filter((c) => c.children);
    const typename = leaves.filter((c) => c.name === '__typename');
    if (objects.length === 0) {
      // Leaves deep under pages: in halves, each with what names the record (`__typename`, `id`).
      const naming = leaves.filter((c) => c.name === '__typename' || c.name === 'id');
      const rest = leaves.filter((c) => !naming.includes(c));
      if (rest.length < 2) return [node];
      const half = Math.ceil(rest.length / 2);
      return [rest.slice(0, half), rest.slice(half)].flatMap((part) => variants({ ...node, children: [...naming, ...part] }, wrap));
    }
    const parts: Selection[][] = [leaves];
    for (const object of objects) {
      for (const piece of variants(object, (inner) => wrap({ ...node, children: [...typename, inner] }))) parts.push([...typename, piece]);
    }
    // Greedy merge of consecutive parts while the merged selection still fits.
    const merged: Selection[] = [];
    let current: Selection[] | null = null;
    for (const part of parts) {
      if (current === null) {
        current = part;
        continue;
      }
      const candidate: Selection[] = [...current, ...part.filter((c) => c.name !== '__typename' || !current!.some((k) => k.name === '__typename'))];
      if (fits(schema, wrap({ ...node, children: candidate }), budget)) current = candidate;
      else {
        merged.push({ ...node, children: current });
        current = part;
      }
    }
    if (current) merged.push({ ...node, children: current });
    return merged;
  };
  return variants(root, (inner) => inner);
}

const describePath = (root: Selection): string => {
  const names: string[] = [];
  let node: Selection | undefined = root;
  while (node) {
    names.push(`${node.name}${node.args}`);
    const objects: Selection[] = (node.children ?? []).filter((c) => c.children);
    node = objects.length === 1 ? objects[0] : undefined;
    if (objects.length > 1) names.push(`{${objects.map((o) => o.name).join(',')}}`);
  }
  return names.join(' > ');
};

/**
 * Every query the schema offers (every field of Query but `_service`,
 * `_entities` and the like), with required arguments filled from known
 * values (each sample id of the type asked for, each search text), the whole
 * reachable selection below it, split to fit the budget.
 */
export function generateOperations(schema: GraphQLSchema, ids: ArgumentValues, budget: Budget): { operations: GeneratedOperation[]; skipped: string[] } {
  const query = schema.getQueryType()!;
  const operations: GeneratedOperation[] = [];
  const skipped: string[] = [];
  for (const field of Object.values(query.getFields())) {
    if (field.name.startsWith('_')) continue;
    const calls: { args: [string, unknown][]; given: string[] }[] = [{ args: [], given: [] }];
    let unfillable = false;
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (arg.name === 'first') {
        calls.forEach((c) => c.args.push(['first', PAGE_SIZE]));
        continue;
      }
      if (!required) continue;
      let values: { value: unknown; given?: string }[];
      if (getNamedType(arg.type).name === 'ID') {
        values = (ids.idsByType.get(/organization/i.test(arg.name) ? 'Organization' : getNamedType(field.type).name) ?? []).map((value) => ({ value }));
      } else if (arg.name === 'text') {
        values = [{ value: 'nguyen' }, ...ids.searchTexts.map((text) => ({ value: text, given: text }))];
      } else {
        const value = requiredValue(arg);
        values = value === undefined ? [] : [{ value }];
      }
      if (values.length === 0) {
        unfillable = true;
        break;
      }
      const next = calls.flatMap((c) => values.map((v) => ({ args: [...c.args, [arg.name, v.value] as [string, unknown]], given: v.given ? [...c.given, v.given] : c.given })));
      calls.splice(0, calls.length, ...next);
    }
    if (unfillable) {
      skipped.push(field.name);
      continue;
    }
    const named = getNamedType(field.type);
    for (const call of calls) {
      const root: Selection = {
        name: field.name,
        args: writeArgs(call.args),
        pageSize: call.args.some(([n]) => n === 'first') ? PAGE_SIZE : 1,
        children: isObjectType(named) ? selectionOf(named, ids, call.args.some(([n]) => n === 'first') ? 1 : 0) : null,
      };
      for (const part of splitSelection(schema, root, budget)) {
        // A part no split brings within the limits (a list of lists, each as large as they come) is one the gateway refuses whole.
        if (fits(schema, part, budget)) operations.push({ path: describePath(part), document: documentOf(part), givenValues: call.given, root: part });
        else skipped.push(describePath(part));
      }
    }
  }
  return { operations, skipped };
}

// ---------------------------------------------------------------------------------------------------------------------
// Finding planted values in an answer

/** Where in an answer a value was found. */
export interface Occurrence {
  value: string;
  /** JSON path in the answer (`data.organization.workplaceMembers.edges.0.node.citizenId`), with `(cursor)` when found in a decoded cursor. */
  path: string;
  /** Whether the value is the whole of a leaf named as a guarded field, in an object of that type, of that record. */
  atItsField: Holder | null;
  /** A value the columns held before planting. */
  original: boolean;
}

const CURSOR_KEYS = new Set(['cursor', 'endCursor', 'startCursor']);

function decodeCursor(text: string): string | null {
  if (!/^[A-Za-z0-9+/_=-]{4,}$/.test(text)) return null;
  try {
    const decoded = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    return decoded.length > 0 ? decoded : null;
  } catch {
    return null;
  }
}

const ORIGINAL_NUMBER = /(?<![0-9A-Za-z.])(?:\d{12}|\d{8}|HN-\d{7})(?![0-9A-Za-z])/g;

/** Finds every planted or original guarded value anywhere in an answer (data, errors, extensions, decoded cursors). */
export function findGuardedValues(answer: unknown, values: PlantedValues, originalAddresses: RegExp | null): Occurrence[] {
  const found: Occurrence[] = [];
  const scanText = (text: string, path: string, key: string | null, parent: Record<string, unknown> | null, inCursor: boolean) => {
    for (const match of text.matchAll(PLANTED_PATTERN)) {
      let value = match[0];
      // A birth date written the Vietnamese way is the same planted date.
      const vietnamese = /^(\d{2})\/(\d{2})\/1911$/.exec(value);
      if (vietnamese) value = `1911-${vietnamese[2]}-${vietnamese[1]}`;
      if (value.startsWith('PLANTED-ADDR-') && !value.endsWith(', Hà Nội')) value = `${value}, Hà Nội`;
      const holders = values.planted.get(value) ?? [];
      let atItsField: Holder | null = null;
      if (!inCursor && parent && key && text === match[0]) {
        atItsField = holders.find((h) => h.column.fieldName === key && parent.__typename === h.column.entityType && parent.id === h.entityId) ?? null;
      }
      found.push({ value, path: inCursor ? `${path}(cursor)` : path, atItsField, original: false });
    }
    for (const match of text.matchAll(ORIGINAL_NUMBER)) {
      if (values.originals.has(match[0])) found.push({ value: match[0], path: inCursor ? `${path}(cursor)` : path, atItsField: null, original: true });
    }
    if (originalAddresses && /Hà Nội|Số /.test(text)) {
      for (const match of text.matchAll(originalAddresses)) found.push({ value: match[0], path: inCursor ? `${path}(cursor)` : path, atItsField: null, original: true });
    }
  };
  const walk = (value: unknown, path: string, key: string | null, parent: Record<string, unknown> | null) => {
    if (typeof value === 'string') {
      scanText(value, path, key, parent, false);
      if (key && CURSOR_KEYS.has(key)) {
        const decoded = decodeCursor(value);
        if (decoded) scanText(decoded, path, key, parent, true);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}.${i}`, key, parent));
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const [childKey, child] of Object.entries(object)) walk(child, path ? `${path}.${childKey}` : childKey, childKey, object);
    } else if (typeof value === 'number' && key) {
      scanText(String(value), path, key, parent, false);
    }
  };
  walk(answer, '', null, null);
  return found;
}

/** One regular expression for the original addresses (the longest first). */
export function originalAddressPattern(values: PlantedValues): RegExp | null {
  const addresses = [...values.originals.entries()]
    .filter(([, column]) => column.field === GuardedField.LETTER_ADDRESS || column.field === GuardedField.REGISTRATION_ADDRESS)
    .map(([address]) => address).sort((a, b) => b.length - a.length);
  if (addresses.length === 0) return null;
  return new RegExp(addresses.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}
