import type { OrganizationKind, TreeKeepers } from '@twoway/org-tree';
import { stableId } from './random.js';

/** A node of the story's organisation tree; every subgraph keeps the whole tree (see organizationUnitRows). */
export interface OrganizationRecord {
  id: string;
  parentId: string | null;
  kind: OrganizationKind;
  name: string;
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
  successorId: string | null;
}

interface NodeSpec {
  key: string;
  kind: OrganizationKind;
  name: string;
  validFrom: string;
  validTo?: string;
  successor?: string;
  children?: NodeSpec[];
}

/** The day the district level was abolished and Hà Nội's wards merged (Quy định 298-QĐ/TW). */
export const REFORM_2025 = '2025-07-01';
const LAST_DAY_BEFORE_REFORM = '2025-06-30';

export const organizationId = (key: string) => stableId(`organization:${key}`);

const cell = (key: string, name: string, validFrom: string, extra: Partial<NodeSpec> = {}): NodeSpec => ({
  key,
  kind: 'RESIDENTIAL_CELL',
  name,
  validFrom,
  ...extra,
});

const beforeReform = (successor: string) => ({ validTo: LAST_DAY_BEFORE_REFORM, successor });

/**
 * Hà Nội as the seed article knows it (districts Bắc Từ Liêm and Cầu Giấy),
 * and as it is after the 2025 reform (wards directly under the city; phường
 * Đức Thắng merged into phường Đông Ngạc, phường Dịch Vọng into phường Cầu
 * Giấy). Old nodes end on 30 June 2025 and name their successors.
 */
const territorial: NodeSpec[] = [
  {
    key: 'bac-tu-liem',
    kind: 'DISTRICT',
    name: 'Đảng bộ quận Bắc Từ Liêm',
    validFrom: '2013-12-27',
    validTo: LAST_DAY_BEFORE_REFORM,
    children: [
      {
        key: 'duc-thang',
        kind: 'WARD',
        name: 'Đảng bộ phường Đức Thắng',
        validFrom: '2013-12-27',
        ...beforeReform('dong-ngac'),
        children: [
          cell('duc-thang/tdp-7', 'Chi bộ Tổ dân phố số 7', '2013-12-27', beforeReform('dong-ngac/tdp-7')),
          cell('duc-thang/tdp-5', 'Chi bộ Tổ dân phố số 5', '2013-12-27', beforeReform('dong-ngac/tdp-5')),
        ],
      },
    ],
  },
  {
    key: 'cau-giay-district',
    kind: 'DISTRICT',
    name: 'Đảng bộ quận Cầu Giấy',
    validFrom: '1997-01-01',
    validTo: LAST_DAY_BEFORE_REFORM,
    children: [
      {
        key: 'dich-vong',
        kind: 'WARD',
        name: 'Đảng bộ phường Dịch Vọng',
        validFrom: '1997-01-01',
        ...beforeReform('cau-giay'),
        children: [
          cell('dich-vong/tdp-19', 'Chi bộ Tổ dân phố số 19', '1997-01-01', beforeReform('cau-giay/tdp-19')),
          cell('dich-vong/tdp-21', 'Chi bộ Tổ dân phố số 21', '1997-01-01', beforeReform('cau-giay/tdp-21')),
        ],
      },
    ],
  },
  {
    key: 'dong-ngac',
    kind: 'WARD',
    name: 'Đảng bộ phường Đông Ngạc',
    validFrom: REFORM_2025,
    children: [
      cell('dong-ngac/tdp-7', 'Chi bộ Tổ dân phố số 7', REFORM_2025),
      cell('dong-ngac/tdp-5', 'Chi bộ Tổ dân phố số 5', REFORM_2025),
    ],
  },
  {
    key: 'cau-giay',
    kind: 'WARD',
    name: 'Đảng bộ phường Cầu Giấy',
    validFrom: REFORM_2025,
    children: [
      cell('cau-giay/tdp-19', 'Chi bộ Tổ dân phố số 19', REFORM_2025),
      cell('cau-giay/tdp-21', 'Chi bộ Tổ dân phố số 21', REFORM_2025),
    ],
  },
];

const workplaceCells = (agency: string, names: string[]): NodeSpec[] =>
  names.map((name, i) => ({ key: `${agency}/cell-${i + 1}`, kind: 'WORKPLACE_CELL', name, validFrom: '2015-01-01' }));

const agency = (key: string, name: string, cells: string[]): NodeSpec => ({
  key,
  kind: 'AGENCY',
  name,
  validFrom: '2015-01-01',
  children: workplaceCells(key, cells),
});

/** Agencies and an enterprise where the demo members work, with their cells. */
const workplace: NodeSpec[] = [
  {
    key: 'khoi-co-quan',
    kind: 'BLOC',
    name: 'Đảng bộ Khối các cơ quan Thành phố Hà Nội',
    validFrom: '2008-08-01',
    children: [
      agency('so-tai-chinh', 'Đảng bộ Sở Tài chính', ['Chi bộ Văn phòng Sở', 'Chi bộ Phòng Quản lý ngân sách', 'Chi bộ Phòng Tài chính doanh nghiệp']),
      agency('so-giao-duc', 'Đảng bộ Sở Giáo dục và Đào tạo', ['Chi bộ Văn phòng Sở', 'Chi bộ Phòng Giáo dục phổ thông']),
      agency('so-y-te', 'Đảng bộ Sở Y tế', ['Chi bộ Văn phòng Sở', 'Chi bộ Phòng Nghiệp vụ Y']),
      agency('so-xay-dung', 'Đảng bộ Sở Xây dựng', ['Chi bộ Phòng Quản lý xây dựng', 'Chi bộ Thanh tra Sở']),
    ],
  },
  {
    key: 'khoi-doanh-nghiep',
    kind: 'BLOC',
    name: 'Đảng bộ Khối Doanh nghiệp Thành phố Hà Nội',
    validFrom: '2008-08-01',
    children: [
      agency('dien-luc-ha-noi', 'Đảng bộ Tổng công ty Điện lực TP Hà Nội', ['Chi bộ Ban Kỹ thuật', 'Chi bộ Ban Kinh doanh', 'Chi bộ Công ty Điện lực Cầu Giấy']),
    ],
  },
];

const root: NodeSpec = {
  key: 'ha-noi',
  kind: 'PROVINCE',
  name: 'Đảng bộ Thành phố Hà Nội',
  validFrom: '2008-08-01',
  children: [...territorial, ...workplace],
};

/** Flattens the tree into rows, parents before children. */
export function buildOrganizationTree(): OrganizationRecord[] {
  const rows: OrganizationRecord[] = [];
  const visit = (spec: NodeSpec, parent: OrganizationRecord | null) => {
    const id = organizationId(spec.key);
    const row: OrganizationRecord = {
      id,
      parentId: parent?.id ?? null,
      kind: spec.kind,
      name: spec.name,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      validFrom: spec.validFrom,
      validTo: spec.validTo ?? null,
      successorId: spec.successor ? organizationId(spec.successor) : null,
    };
    rows.push(row);
    for (const child of spec.children ?? []) visit(child, row);
  };
  visit(root, null);
  return rows;
}

/** The tree as every subgraph stores it (`organization_unit`), each node with the subgraph that keeps it. */
export function organizationUnitRows(nodes: readonly OrganizationRecord[], keepers: TreeKeepers) {
  return nodes.map((node) => ({ ...node, owner: keepers[node.kind], version: 1 }));
}
