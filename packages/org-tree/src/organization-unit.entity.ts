import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Kinds of node in the one multi-level Party organisation tree. */
export const OrganizationKind = {
  /** Provincial/municipal Party committee (Đảng bộ tỉnh/thành phố): where both branches meet. */
  PROVINCE: 'PROVINCE',
  /** District committee (quận ủy/huyện ủy); abolished from 1 July 2025. */
  DISTRICT: 'DISTRICT',
  /** Commune/ward Party committee (đảng ủy xã/phường): territorial grassroots. */
  WARD: 'WARD',
  /** Residential cell (chi bộ tổ dân phố/thôn/khu dân cư). */
  RESIDENTIAL_CELL: 'RESIDENTIAL_CELL',
  /** Bloc committee above agencies (đảng bộ khối). */
  BLOC: 'BLOC',
  /** Grassroots organisation of an agency or enterprise (đảng bộ/chi bộ cơ sở cơ quan). */
  AGENCY: 'AGENCY',
  /** Cell of a workplace (chi bộ nơi công tác). */
  WORKPLACE_CELL: 'WORKPLACE_CELL',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

/**
 * The subgraph that keeps (writes) the nodes of each kind; the others hold
 * read-only copies. The federation's configuration says which (the root's
 * topology.ts), so that this package names none.
 */
export type TreeKeepers = Readonly<Record<OrganizationKind, string>>;

/**
 * One node of the organisation tree, effective-dated. Every subgraph keeps
 * the whole tree in this table so that it can filter its own records by
 * subtree in its own SQL; the owner's copy is the source of truth.
 * A reorganisation never moves a node: it ends it (`validTo`) and points to
 * the node that takes over (`successorId`), so a node's `path` never changes.
 */
@Entity('organization_unit')
export class OrganizationUnit {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('varchar', { length: 32 })
  kind!: OrganizationKind;

  @Column('varchar', { length: 255 })
  name!: string;

  /** Materialised path: `/rootId/.../id/`. A subtree is `path LIKE '<node path>%'`. */
  @Column('text')
  path!: string;

  @Column('int')
  depth!: number;

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;

  @Column('uuid', { name: 'successor_id', nullable: true })
  successorId!: string | null;

  /** The subgraph that keeps (writes) this node (see TreeKeepers). */
  @Column('varchar', { length: 32 })
  owner!: string;

  /** Raised by the owner on every change; a copy applies a change only if it is newer. */
  @Column('int')
  version!: number;
}

/** Which kinds of node may sit directly under which. */
export const ALLOWED_PARENTS: Record<OrganizationKind, OrganizationKind[]> = {
  PROVINCE: [],
  DISTRICT: ['PROVINCE'],
  WARD: ['PROVINCE', 'DISTRICT'],
  RESIDENTIAL_CELL: ['WARD'],
  BLOC: ['PROVINCE'],
  AGENCY: ['PROVINCE', 'BLOC'],
  WORKPLACE_CELL: ['AGENCY'],
};

/** The ids on a node's path, root first, the node itself last. */
export function pathIds(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

/**
 * SQL: the path in `column` is in the subtree of the node whose path is the
 * expression `path` (a column or a lateral value, not a constant). `LIKE path
 * || '%'` with a pattern that is not a constant cannot use the path index and
 * reads the whole tree for each node; this range (paths end with '/', and '0'
 * follows '/') runs on the text_pattern_ops index.
 */
export function inSubtreeSql(column: string, path: string): string {
  return `(${column} ~>=~ ${path} AND ${column} ~<~ (left(${path}, -1) || '0'))`;
}
