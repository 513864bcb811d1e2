import type { SeededRandom } from './random.js';

const FAMILY = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Vũ', 4], ['Phan', 4], ['Đặng', 3],
  ['Bùi', 3], ['Đỗ', 3], ['Hồ', 2], ['Ngô', 2], ['Dương', 2], ['Lý', 1], ['Đinh', 2], ['Trịnh', 2], ['Đào', 2],
] as const;
const MIDDLE: Record<'MALE' | 'FEMALE', readonly string[]> = {
  MALE: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Mạnh', 'Công', 'Thanh', 'Xuân', 'Tiến', 'Duy', 'Đình'],
  FEMALE: ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Thúy', 'Phương', 'Kim', 'Diệu', 'Bích'],
};
const GIVEN: Record<'MALE' | 'FEMALE', readonly string[]> = {
  MALE: ['Hoạt', 'An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Trung', 'Việt', 'Vinh', 'Đạt', 'Tùng', 'Thành', 'Kiên'],
  FEMALE: ['Mai', 'Hà', 'Hằng', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Nga', 'Phương', 'Tâm', 'Thảo', 'Trang', 'Vân', 'Yến', 'Nhung', 'Huyền', 'Oanh', 'Loan', 'Thủy'],
};
const FAMILY_WEIGHT = FAMILY.reduce((sum, [, w]) => sum + w, 0);

/** A Vietnamese full name: family name, middle name, given name. */
export function vietnameseName(random: SeededRandom, female: boolean): string {
  const sex = female ? 'FEMALE' : 'MALE';
  let roll = random.next() * FAMILY_WEIGHT;
  let family: string = FAMILY[0][0];
  for (const [name, weight] of FAMILY) {
    if (roll < weight) {
      family = name;
      break;
    }
    roll -= weight;
  }
  return `${family} ${random.pick(MIDDLE[sex])} ${random.pick(GIVEN[sex])}`;
}

export const POSITIONS = [
  'Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Chuyên viên chính', 'Kế toán viên',
  'Thanh tra viên', 'Kỹ sư', 'Kỹ sư', 'Phó Trưởng phòng', 'Trưởng phòng', 'Chánh Văn phòng', 'Phó Giám đốc',
];

export const CONTRIBUTIONS = [
  'Đề nghị lắp thêm đèn chiếu sáng ngõ xóm',
  'Góp ý về vệ sinh môi trường khu dân cư',
  'Đề xuất tổ chức sinh hoạt hè cho thiếu nhi',
  'Kiến nghị xử lý điểm tập kết rác tự phát',
  'Góp ý công tác phòng cháy chữa cháy trong khu dân cư',
  'Đề nghị vận động các hộ tham gia quỹ vì người nghèo',
];

/** The formality the article complains about: agreeing and nothing else. */
export const FORMAL_CONTRIBUTION = 'Thống nhất với chi bộ';
