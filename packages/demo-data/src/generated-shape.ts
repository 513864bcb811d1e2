import { REFORM_2025, type OrganizationRecord } from './organization-tree.js';
import { SeededRandom, stableId } from './random.js';
import type { OrganizationKind } from '@twoway/org-tree';

/**
 * A province as it is since 1 July 2025 (Nghị quyết 202/2025/QH15): its commune-level units (wards,
 * communes, special zones, each with its Party committee directly under the province's) and, before the
 * reform, about how many districts the provinces merged into it had. Counts are those of mid-2025,
 * rounded where sources differ; the generator scales them down for a data set smaller than the country.
 */
export interface ProvinceProfile {
  key: string;
  name: string;
  /** A city under the central government (thành phố trực thuộc trung ương), not a province (tỉnh). */
  city: boolean;
  communes: number;
  districts: number;
}

/**
 * The 34 provinces, in the order the generator fills them: Hà Nội first (the largest data set's half),
 * then the other cities, then the provinces by their number of communes, so sizes decrease as they go.
 */
export const PROVINCES_2025: readonly ProvinceProfile[] = [
  { key: 'ha-noi', name: 'Hà Nội', city: true, communes: 126, districts: 30 },
  { key: 'ho-chi-minh', name: 'Hồ Chí Minh', city: true, communes: 168, districts: 39 },
  { key: 'hai-phong', name: 'Hải Phòng', city: true, communes: 114, districts: 27 },
  { key: 'da-nang', name: 'Đà Nẵng', city: true, communes: 94, districts: 26 },
  { key: 'can-tho', name: 'Cần Thơ', city: true, communes: 103, districts: 28 },
  { key: 'thanh-hoa', name: 'Thanh Hóa', city: false, communes: 166, districts: 26 },
  { key: 'phu-tho', name: 'Phú Thọ', city: false, communes: 148, districts: 32 },
  { key: 'gia-lai', name: 'Gia Lai', city: false, communes: 135, districts: 28 },
  { key: 'nghe-an', name: 'Nghệ An', city: false, communes: 130, districts: 21 },
  { key: 'ninh-binh', name: 'Ninh Bình', city: false, communes: 129, districts: 24 },
  { key: 'lam-dong', name: 'Lâm Đồng', city: false, communes: 124, districts: 30 },
  { key: 'tuyen-quang', name: 'Tuyên Quang', city: false, communes: 124, districts: 18 },
  { key: 'vinh-long', name: 'Vĩnh Long', city: false, communes: 124, districts: 26 },
  { key: 'hung-yen', name: 'Hưng Yên', city: false, communes: 104, districts: 18 },
  { key: 'dak-lak', name: 'Đắk Lắk', city: false, communes: 102, districts: 24 },
  { key: 'an-giang', name: 'An Giang', city: false, communes: 102, districts: 26 },
  { key: 'dong-thap', name: 'Đồng Tháp', city: false, communes: 102, districts: 23 },
  { key: 'bac-ninh', name: 'Bắc Ninh', city: false, communes: 99, districts: 18 },
  { key: 'lao-cai', name: 'Lào Cai', city: false, communes: 99, districts: 18 },
  { key: 'quang-ngai', name: 'Quảng Ngãi', city: false, communes: 96, districts: 23 },
  { key: 'tay-ninh', name: 'Tây Ninh', city: false, communes: 96, districts: 24 },
  { key: 'dong-nai', name: 'Đồng Nai', city: false, communes: 95, districts: 22 },
  { key: 'thai-nguyen', name: 'Thái Nguyên', city: false, communes: 92, districts: 17 },
  { key: 'quang-tri', name: 'Quảng Trị', city: false, communes: 78, districts: 18 },
  { key: 'son-la', name: 'Sơn La', city: false, communes: 75, districts: 12 },
  { key: 'ha-tinh', name: 'Hà Tĩnh', city: false, communes: 69, districts: 13 },
  { key: 'khanh-hoa', name: 'Khánh Hòa', city: false, communes: 65, districts: 16 },
  { key: 'lang-son', name: 'Lạng Sơn', city: false, communes: 65, districts: 11 },
  { key: 'ca-mau', name: 'Cà Mau', city: false, communes: 64, districts: 16 },
  { key: 'cao-bang', name: 'Cao Bằng', city: false, communes: 56, districts: 10 },
  { key: 'quang-ninh', name: 'Quảng Ninh', city: false, communes: 54, districts: 13 },
  { key: 'dien-bien', name: 'Điện Biên', city: false, communes: 45, districts: 10 },
  { key: 'hue', name: 'Huế', city: true, communes: 40, districts: 9 },
  { key: 'lai-chau', name: 'Lai Châu', city: false, communes: 38, districts: 8 },
];

/** Hà Nội's Party organisation has about half a million members: it takes half a data set, up to that. */
export const LARGEST_PROVINCE_MEMBERS = 500_000;
/** About the members of each other province in the national data set (5.1 million over 33 provinces). */
const TYPICAL_PROVINCE_MEMBERS = 155_000;
/** A smaller data set keeps wards of about this many two-way members, with fewer wards than the real province. */
const TYPICAL_WARD_MEMBERS = 1_000;
/** No ward's average above this (each ward is 0.8 to 1.2 times its province's average): wards of at most about 5,000. */
const LARGEST_WARD_AVERAGE = 4_000;
export const CELL_MEMBERS = { min: 50, max: 400 } as const;

/** The day before the reform: when the districts and the wards they held ended. */
export const LAST_DAY_OF_DISTRICTS = '2025-06-30';
/** Since when the generated provinces, blocs and agencies (and the ended districts and wards) exist. */
const FOUNDED = '2010-01-01';

/**
 * How many members each province of a data set of `members` gets: Hà Nội half, up to 500,000; the rest
 * over as many of the other provinces as hold about 155,000 each (at least two, at most 33), in sizes
 * falling linearly from twice to once a share, so the national size (5.6 million) fills all 34.
 */
export function provinceMembers(members: number): { province: ProvinceProfile; members: number }[] {
  const largest = Math.min(Math.round(members / 2), LARGEST_PROVINCE_MEMBERS);
  const rest = members - largest;
  const others = Math.min(PROVINCES_2025.length - 1, Math.max(2, Math.ceil(rest / TYPICAL_PROVINCE_MEMBERS)));
  const weights = Array.from({ length: others }, (_, i) => 2 - i / (others - 1));
  const sizes = apportion(rest, weights);
  return [{ province: PROVINCES_2025[0]!, members: largest }, ...sizes.map((size, i) => ({ province: PROVINCES_2025[i + 1]!, members: size }))].filter((p) => p.members > 0);
}

/** Splits `total` in proportion to `weights`, in whole numbers that add up to it (largest remainders). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const sizes = exact.map(Math.floor);
  let left = total - sizes.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    sizes[i]! += 1;
    left -= 1;
  }
  return sizes;
}

/** How many wards a province of `members` members gets: its real count, fewer for a small data set, more if they would exceed about 5,000 each. */
export function wardCount(province: ProvinceProfile, members: number): number {
  const scaled = Math.min(province.communes, Math.max(1, Math.round(members / TYPICAL_WARD_MEMBERS)));
  return Math.max(scaled, Math.ceil(members / LARGEST_WARD_AVERAGE));
}

/** A ward's members split into residential cells of 50 to 400 (one smaller cell only when the whole ward is). */
export function cellSizes(members: number, random: SeededRandom): number[] {
  const sizes: number[] = [];
  let left = members;
  while (left > CELL_MEMBERS.max) {
    const size = random.int(CELL_MEMBERS.min, Math.min(CELL_MEMBERS.max, left - CELL_MEMBERS.min));
    sizes.push(size);
    left -= size;
  }
  if (left > 0) sizes.push(left);
  return sizes;
}

/** A residential cell of the generated tree, how many two-way members live in it, and the serial number of the first (members are numbered cell after cell). */
export interface GeneratedCell {
  node: OrganizationRecord;
  members: number;
  firstSerial: number;
}

/** A ward in force (since 1 July 2025, directly under its province) and its cells. */
export interface GeneratedWard {
  node: OrganizationRecord;
  members: number;
  cells: GeneratedCell[];
}

export interface GeneratedProvince {
  profile: ProvinceProfile;
  node: OrganizationRecord;
  members: number;
  wards: GeneratedWard[];
  /** Where the province's members work: each agency and one of its cells. */
  workplaceCells: { agency: OrganizationRecord; cell: OrganizationRecord }[];
}

/** The generated tree: every node (parents first) and, by province, the wards and workplaces members are drawn into. */
export interface GeneratedTree {
  organizations: OrganizationRecord[];
  provinces: GeneratedProvince[];
}

const HA_NOI_DISTRICTS = ['Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai', 'Thanh Xuân', 'Nam Từ Liêm',
  'Bắc Từ Liêm', 'Hà Đông', 'Sơn Tây', 'Ba Vì', 'Phúc Thọ', 'Đan Phượng', 'Hoài Đức', 'Quốc Oai', 'Thạch Thất', 'Chương Mỹ', 'Thanh Oai', 'Thường Tín',
  'Phú Xuyên', 'Ứng Hòa', 'Mỹ Đức', 'Sóc Sơn', 'Đông Anh', 'Gia Lâm', 'Mê Linh', 'Thanh Trì'];
const HA_NOI_WARDS = ['Ba Đình', 'Ngọc Hà', 'Giảng Võ', 'Hoàn Kiếm', 'Cửa Nam', 'Phú Thượng', 'Hồng Hà', 'Tây Hồ', 'Bồ Đề', 'Việt Hưng', 'Phúc Lợi', 'Long Biên',
  'Cầu Giấy', 'Nghĩa Đô', 'Yên Hòa', 'Ô Chợ Dừa', 'Láng', 'Văn Miếu - Quốc Tử Giám', 'Kim Liên', 'Đống Đa', 'Hai Bà Trưng', 'Vĩnh Tuy', 'Bạch Mai', 'Vĩnh Hưng',
  'Định Công', 'Tương Mai', 'Lĩnh Nam', 'Hoàng Mai', 'Hoàng Liệt', 'Yên Sở', 'Phương Liệt', 'Khương Đình', 'Thanh Xuân', 'Đông Ngạc', 'Thượng Cát', 'Từ Liêm',
  'Xuân Đỉnh', 'Tây Tựu', 'Phú Diễn', 'Xuân Phương', 'Tây Mỗ', 'Đại Mỗ', 'Hà Đông', 'Dương Nội', 'Yên Nghĩa', 'Phú Lương', 'Kiến Hưng', 'Sơn Tây', 'Tùng Thiện',
  'Chương Mỹ', 'Thanh Liệt', 'Sóc Sơn', 'Đông Anh', 'Phù Đổng', 'Thư Lâm', 'Gia Lâm', 'Bát Tràng', 'Thuận An', 'Mê Linh', 'Quang Minh', 'Ba Vì', 'Phúc Thọ',
  'Đan Phượng', 'Hoài Đức', 'An Khánh', 'Quốc Oai', 'Thạch Thất', 'Hòa Lạc', 'Thanh Oai', 'Thường Tín', 'Phú Xuyên', 'Ứng Hòa', 'Mỹ Đức', 'Hương Sơn'];
const PLACE_NAMES = ['An Bình', 'An Hòa', 'An Phú', 'Bình An', 'Bình Minh', 'Bình Thạnh', 'Đông Hòa', 'Hòa Bình', 'Hòa Thuận', 'Hưng Long', 'Long Hòa', 'Minh Khai',
  'Nam Sơn', 'Phú Lợi', 'Phú Mỹ', 'Phước Long', 'Quang Trung', 'Tân An', 'Tân Bình', 'Tân Hiệp', 'Tân Phú', 'Thạnh Lộc', 'Thanh Bình', 'Thắng Lợi', 'Thuận An',
  'Trung Hòa', 'Trường Xuân', 'Vĩnh Lợi', 'Xuân Hòa', 'Yên Thịnh', 'Đông Thành', 'Tây Sơn', 'Hiệp Hòa', 'Kim Sơn', 'Lạc Hồng', 'Hòa Khánh', 'Hải Châu', 'Sơn Trà',
  'Phú Hòa', 'Mỹ Phước', 'Tân Thành', 'Bắc Sơn', 'Đồng Xuân', 'Cẩm Thành', 'Ninh Hải', 'Vạn Ninh', 'Hương Trà', 'Phong Điền', 'Quảng Điền', 'Diên Khánh'];
const AGENCY_NAMES = ['Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Xây dựng', 'Sở Nội vụ', 'Sở Công Thương', 'Sở Tư pháp', 'Sở Văn hóa và Thể thao',
  'Bệnh viện Đa khoa', 'Trường Đại học', 'Công ty Điện lực', 'Công ty Cấp nước', 'Ban Quản lý dự án', 'Kho bạc Nhà nước', 'Cục Thuế', 'Báo'];

/** The i-th name of a list, numbered once the list runs out ("An Bình", ..., "An Bình 2"). */
const nth = (names: readonly string[], i: number) => `${names[i % names.length]}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`;

/**
 * The tree of a generated data set of `members` members, as it has been since the 2025 reform and as
 * it was before: provinces (`provinceMembers`), each with its wards in force since 1 July 2025 directly
 * under it (`wardCount`, each 0.8 to 1.2 times the province's average) and their residential cells of
 * 50 to 400; the districts of before, ended on 30 June 2025, each holding the old wards (two to four
 * merged into each new ward) and naming as successor the first new ward of its area, each old ward
 * naming the new ward it merged into; and the workplace branch, two blocs of agencies (one per 150
 * members) with three to six cells each. Deterministic for a seed; no member is drawn here.
 */
export function buildGeneratedTree(members: number, seed = 213): GeneratedTree {
  const random = new SeededRandom(seed);
  const organizations: OrganizationRecord[] = [];
  const node = (key: string, parent: OrganizationRecord | null, kind: OrganizationKind, name: string, dates: { from?: string; to?: string; successor?: string } = {}) => {
    const id = generatedOrganizationId(key);
    const record: OrganizationRecord = {
      id, parentId: parent?.id ?? null, kind, name, path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0,
      validFrom: dates.from ?? FOUNDED, validTo: dates.to ?? null, successorId: dates.successor ?? null,
    };
    organizations.push(record);
    return record;
  };

  let serial = 1;
  const provinces = provinceMembers(members).map(({ province: profile, members: size }): GeneratedProvince => {
    const { key } = profile;
    const title = profile.city ? `Thành phố ${profile.name}` : `tỉnh ${profile.name}`;
    const provinceNode = node(key, null, 'PROVINCE', `Đảng bộ ${title}`);

    // Wards in force, directly under the province; a city's are half wards (phường), a province's mostly communes (xã).
    const count = wardCount(profile, size);
    const spread = shuffled(Array.from({ length: count }, (_, i) => 0.8 + (count > 1 ? (0.4 * i) / (count - 1) : 0.2)), random);
    const wardNames = key === 'ha-noi' ? HA_NOI_WARDS : PLACE_NAMES;
    const urban = Math.ceil(count * (profile.city ? 0.5 : 0.15));
    const wards = apportion(size, spread).map((wardMembers, w): GeneratedWard => {
      const ward = node(`${key}/ward-${w}`, provinceNode, 'WARD', `Đảng bộ ${w < urban ? 'phường' : 'xã'} ${nth(wardNames, w)}`, { from: REFORM_2025 });
      const cells = cellSizes(wardMembers, random).map((cellMembers, c): GeneratedCell => {
        const cell = node(`${key}/ward-${w}/cell-${c}`, ward, 'RESIDENTIAL_CELL', `Chi bộ ${w < urban ? 'Tổ dân phố' : 'Thôn'} số ${c + 1}`, { from: REFORM_2025 });
        serial += cellMembers;
        return { node: cell, members: cellMembers, firstSerial: serial - cellMembers };
      });
      return { node: ward, members: wardMembers, cells };
    });

    // Before the reform: districts over consecutive stretches of the new wards, each of those formed from two to four old wards.
    const districts = Math.max(1, Math.min(count, Math.round((count * profile.districts) / profile.communes)));
    const districtNames = key === 'ha-noi' ? HA_NOI_DISTRICTS : PLACE_NAMES.slice(17);
    let oldWard = 0;
    for (let d = 0, first = 0; d < districts; d += 1) {
      const last = Math.floor(((d + 1) * count) / districts);
      const districtName = `Đảng bộ ${profile.city && d % 3 !== 2 ? 'quận' : 'huyện'} ${nth(districtNames, d)}`;
      const district = node(`${key}/district-${d}`, provinceNode, 'DISTRICT', districtName, { to: LAST_DAY_OF_DISTRICTS, successor: wards[first]!.node.id });
      for (let w = first; w < last; w += 1) {
        for (let k = 0, merged = random.int(2, 4); k < merged; k += 1, oldWard += 1) {
          node(`${key}/district-${d}/ward-${oldWard}`, district, 'WARD', `Đảng bộ phường ${nth(PLACE_NAMES, oldWard + 7)}`, { to: LAST_DAY_OF_DISTRICTS, successor: wards[w]!.node.id });
        }
      }
      first = last;
    }

    // Where they work: two blocs, an agency per 150 members, three to six cells each.
    const blocs = [
      node(`${key}/khoi-co-quan`, provinceNode, 'BLOC', `Đảng bộ các cơ quan Đảng ${title}`),
      node(`${key}/khoi-doanh-nghiep`, provinceNode, 'BLOC', `Đảng bộ Khối Doanh nghiệp ${title}`),
    ];
    const workplaceCells: GeneratedProvince['workplaceCells'] = [];
    for (let a = 0, agencies = Math.max(1, Math.ceil(size / 150)); a < agencies; a += 1) {
      const agency = node(`${key}/agency-${a}`, blocs[a % 2]!, 'AGENCY', `Đảng bộ ${AGENCY_NAMES[a % AGENCY_NAMES.length]} số ${Math.floor(a / AGENCY_NAMES.length) + 1}`);
      for (let c = 0, cells = random.int(3, 6); c < cells; c += 1) {
        workplaceCells.push({ agency, cell: node(`${key}/agency-${a}/cell-${c}`, agency, 'WORKPLACE_CELL', `Chi bộ ${c + 1}`) });
      }
    }
    return { profile, node: provinceNode, members: size, wards, workplaceCells };
  });
  return { organizations, provinces };
}

/** The id of a generated node from its key ("ha-noi", "ha-noi/ward-0", "ha-noi/district-3"): the same on every load. */
export const generatedOrganizationId = (key: string) => stableId(`generated:organization:${key}`);

function shuffled<T>(items: T[], random: SeededRandom): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
