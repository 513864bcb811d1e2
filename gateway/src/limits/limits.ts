import { MAX_PAGE_SIZE } from '@twoway/platform';

/**
 * What one request to the gateway may ask for. docs/security.md lists these
 * values; the security suite tries one past each.
 */
export const GATEWAY_LIMITS = {
  /** Nesting of selections (introspection excepted; it is off in production). */
  maxDepth: 10,
  /** Aliased fields in one document, `__typename` included (101 aliases of it are graphql-cop's alias overloading). */
  maxAliases: 15,
  /** Directives in one document. */
  maxDirectives: 10,
  /**
   * Validation errors reported for one document: validation stops at the next
   * one (graphql-js then adds that it stopped), so ten unknown directives are
   * refused once, not ten times.
   */
  maxValidationErrors: 1,
  /** Lexical tokens in one document. */
  maxTokens: 2_000,
  /** GraphQL Armor's cost (objects and scalars weighted by depth), a guard on the document's shape. */
  maxShapeCost: 25_000,
  /**
   * The cost of the data a request can return: each field costs 1 and a field's
   * selection is multiplied by the page size asked of it (`first`, or its
   * default) or by the most a list without `first` holds (list-sizes.ts), so a
   * page inside a page costs their product. Lists count at their largest (a
   * province's 210 children, a meeting's 400 attendances), so the limit sits
   * above what the documented queries are counted at (the provinces with their
   * children about 40,000, a member's coming meetings with their attendances
   * about 32,000), and below any list of lists of lists or page of pages of
   * pages (the tree three levels down, 2.8 million).
   */
  maxPageCost: 50_000,
  /** The page size assumed for a `first` the caller leaves out and the schema gives no default for. */
  assumedPageSize: MAX_PAGE_SIZE,
  /** Operations in one batched HTTP request. */
  maxBatch: 5,
  /** Largest request body. */
  bodyLimit: '100kb',
} as const;
