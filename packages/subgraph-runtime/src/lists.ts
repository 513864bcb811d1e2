/**
 * Lists, as every subgraph serves them: a page of a list in the caller's scope
 * (`listConnection`, read from a repository's `subtreeList` or a request's
 * `listPagesLoader`). The parts underneath: page arguments and cursors in
 * @twoway/platform (pagination.ts), the keyset SQL in @twoway/persistence
 * (keyset-page.ts).
 */
import DataLoader from 'dataloader';
import { isKeysetKey, readPage, toConnection, type PageRequest } from '@twoway/platform';
import { countedKeysetPage, groupedBy, keysetPage, keysetPages, type CountedListQuery, type KeysetPageRequest, type KeysetRow, type KeysetRows, type ListQuery, type SortOrder, type SqlRunner } from '@twoway/persistence';
import type { OrganizationLoaders, OrganizationUnit, Scope } from '@twoway/org-tree';

/** What a list field is asked: a page (`first`, `after`) and, where the field offers one, an order. */
export interface ListArguments extends PageRequest {
  order?: SortOrder | null;
}

/** A list to serve, read one page at a time: a repository's scoped query, or one list of a request's pages loader. */
export type ListSource<Row> = (page: KeysetPageRequest) => Promise<KeysetRows<Row>>;

/** A page of a list as GraphQL serves it: the edges with their cursors, where the page ends, the whole list's total. */
export interface ListConnection<Edge> {
  edges: (Edge & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * The one way a subgraph serves a list field (a page of a list in the
 * caller's scope): checks `first` (1 to MAX_PAGE_SIZE) and `after` (a cursor of
 * this list), reads one page of `list` and builds the connection, each edge by
 * `toEdge` (`nodeById` for a list of records), each cursor from the row's
 * (sort key, id). A resolver is one line: the arguments, the repository's list
 * and the edge.
 */
export async function listConnection<Row extends { id: string; sortKey: string }, Edge extends object>(
  args: ListArguments,
  list: ListSource<Row>,
  toEdge: (row: Row) => Edge | Promise<Edge>,
): Promise<ListConnection<Edge>> {
  const page = readPage(args, isKeysetKey);
  const { rows, totalCount } = await list({ ...page, order: args.order ?? null });
  const connection = toConnection(rows, page.limit, totalCount, (row) => [row.sortKey, row.id]);
  const edges = await Promise.all(connection.edges.map(async ({ cursor, node }) => ({ ...(await toEdge(node)), cursor })));
  return { ...connection, edges };
}

/** The edge of a list of records: the record of the row's id, from a request's loader. */
export function nodeById<Node>(loader: DataLoader<string, Node | null>): (row: { id: string }) => Promise<{ node: Node }> {
  return async (row) => ({ node: (await loader.load(row.id))! });
}

/** Where a request reads its lists: its subgraph's database and copy of the tree (a subgraph's context has both). */
export interface ListReader {
  dataSource: SqlRunner;
  organizations: Pick<OrganizationLoaders, 'scopeByPath'>;
}

/**
 * A list in the subtree of `node`: `query` is the repository's SQL over the
 * nodes that subtree covers (its nodes and what its ended nodes handed on
 * to, told once per request: see Scope), one page and its total in one
 * statement.
 */
export function subtreeList<Extra extends Record<string, unknown> = Record<never, never>>(
  reader: ListReader,
  node: Pick<OrganizationUnit, 'path'>,
  query: (scope: Scope) => ListQuery | Promise<ListQuery>,
): ListSource<KeysetRow<Extra>> {
  return async (page) => keysetPage<Extra>(reader.dataSource, await query(await reader.organizations.scopeByPath.load(node.path)), page);
}

/**
 * A list in the subtree of `node` that keeps its total as counts (see
 * list-counts.ts): for a large scope (a province), `counted` reads its page
 * from its indexes and its total from the counts at the node; for a small one
 * (a ward, a cell), and where the counts cannot answer (a scope covering a
 * node outside the subtree), `fromRecords` reads it whole, as subtreeList.
 * The same rows and cursors either way; for a ward and for a province, the
 * scope's statement and one more in the common case.
 */
export function countedSubtreeList<Extra extends Record<string, unknown> = Record<never, never>>(
  reader: ListReader,
  node: Pick<OrganizationUnit, 'path'>,
  list: { counted: () => CountedListQuery; fromRecords: (scope: Scope) => ListQuery | Promise<ListQuery> },
): ListSource<KeysetRow<Extra>> {
  return async (page) => {
    const scope = await reader.organizations.scopeByPath.load(node.path);
    const counted = scope.ids === null ? await countedKeysetPage<Extra>(reader.dataSource, list.counted(), page) : null;
    return counted ?? keysetPage<Extra>(reader.dataSource, await list.fromRecords(scope), page);
  };
}

/** Which page of which list a pages loader is asked for. */
export interface ListPageKey {
  listKey: string;
  page: KeysetPageRequest;
}

/** A request's loader of many lists of one kind (each member's letters, each document's history), page by page. */
export type ListPagesLoader<Extra extends Record<string, unknown> = Record<never, never>> = DataLoader<ListPageKey, KeysetRows<KeysetRow<Extra>>, string>;

const pageKeyOf = ({ limit, after, order }: KeysetPageRequest) => JSON.stringify([limit, after, order ?? null]);
const listPageKeyOf = (key: ListPageKey) => `${key.listKey}|${pageKeyOf(key.page)}`;

/**
 * Reads the pages asked of many lists of one kind together: one statement per
 * distinct page (size, cursor, order), in practice one per request, never one
 * per list. `query` is the repository's SQL for the lists whose keys are in $1
 * (see keysetPages). `visible` withholds lists, answered empty and never read
 * (a member's records the principal may not read).
 */
export function listPagesLoader<Extra extends Record<string, unknown> = Record<never, never>>(
  runner: SqlRunner,
  query: (listKeys: string[]) => ListQuery,
  visible?: (listKeys: string[]) => Promise<boolean[]>,
): ListPagesLoader<Extra> {
  return new DataLoader(
    async (keys) => {
      const shown = visible ? await visible(keys.map((key) => key.listKey)) : keys.map(() => true);
      const found = new Map<string, KeysetRows<KeysetRow<Extra>>>();
      const byPage = groupedBy(keys.filter((_, i) => shown[i]), (key) => pageKeyOf(key.page));
      await Promise.all(
        [...byPage.values()].map(async (asked) => {
          const { page } = asked[0]!;
          const listKeys = [...new Set(asked.map((key) => key.listKey))];
          const pages = await keysetPages<Extra>(runner, query(listKeys), listKeys, page);
          listKeys.forEach((listKey, i) => found.set(listPageKeyOf({ listKey, page }), pages[i]!));
        }),
      );
      return keys.map((key) => found.get(listPageKeyOf(key)) ?? { rows: [], totalCount: 0 });
    },
    { cacheKeyFn: listPageKeyOf },
  );
}

/** One list of a pages loader, to serve. */
export function listOf<Extra extends Record<string, unknown>>(loader: ListPagesLoader<Extra>, listKey: string): ListSource<KeysetRow<Extra>> {
  return (page) => loader.load({ listKey, page });
}
