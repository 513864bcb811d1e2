import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Fixed ids, so that reference data is the same in every database. */
export const CRITERIA_SET_QD213_STANDARD = 'f579c1ab-102c-54e0-9a40-8c0a25fd0848';
export const CRITERIA_SET_QD213_EXEMPT = '896338fa-a205-5610-b88a-a76ed42caaca';
export const RATING_SCALE_BEFORE_QD366 = '8a66b460-fea6-533c-939c-384a1c1fca2d';
export const RATING_SCALE_QD366 = '57b01ebf-c225-5569-99ab-2a5aaca275e2';

const STANDARD_CRITERIA: [id: string, code: string, label: string, levels: [string, string, string]][] = [
  ['d8d35dbf-b003-53bb-8977-87036ed0683b', 'EXAMPLE_IN_LIFESTYLE', 'Nêu gương về đạo đức, lối sống', ['Nêu gương tốt', 'Nêu gương', 'Chưa nêu gương']],
  ['b2b1938b-aca2-5fed-abbd-12447f28e33f', 'CITIZEN_DUTIES', 'Gương mẫu thực hiện nghĩa vụ công dân nơi cư trú', ['Gương mẫu đi đầu', 'Gương mẫu', 'Chưa gương mẫu']],
  ['809d6c7d-a733-5189-9b49-2341e1fd28a0', 'MEETING_PARTICIPATION', 'Tham gia sinh hoạt, họp do cấp ủy nơi cư trú triệu tập', ['Tham gia đầy đủ', 'Chưa đầy đủ', 'Không tham gia']],
  ['99d63b55-442f-5bd4-acb4-f8d2afd467f8', 'CONTACT_WITH_RESIDENCE', 'Giữ mối liên hệ với chi ủy, tổ dân phố, ban công tác mặt trận', ['Thường xuyên, tích cực', 'Thường xuyên', 'Chưa thường xuyên']],
  ['6a4b086b-5cf5-58e6-8239-8a81ce4d541a', 'LOCAL_MOVEMENTS', 'Tham gia các phong trào, cuộc vận động ở địa phương', ['Rất tích cực', 'Tích cực', 'Chưa tích cực']],
  ['2eb68d44-ccc9-53d7-9435-f4a27e308ca7', 'RECOMMENDATION', 'Đề nghị của chi ủy nơi cư trú', ['Biểu dương', 'Không đề nghị', 'Xem xét xử lý']],
];
const EXEMPT_CRITERIA: typeof STANDARD_CRITERIA = [
  ['69fa7ab5-1b7a-5b33-aef2-79742e15bc9b', 'EXAMPLE_IN_LIFESTYLE', 'Nêu gương về đạo đức, lối sống', ['Nêu gương tốt', 'Nêu gương', 'Chưa nêu gương']],
  ['90fdf888-c980-5190-8953-2dd45d09252d', 'CITIZEN_DUTIES', 'Thực hiện nghĩa vụ công dân nơi cư trú', ['Thực hiện tốt', 'Thực hiện', 'Chưa thực hiện']],
  ['a808d4d8-1ce6-54c2-893b-34cdabebb2af', 'FAMILY_DUTIES', 'Gia đình thực hiện quy định của địa phương', ['Thực hiện tốt', 'Thực hiện', 'Chưa thực hiện']],
];

const BANDS: [rating: string, label: string, minScore: number][] = [
  ['EXCELLENT', 'Hoàn thành xuất sắc nhiệm vụ', 90],
  ['GOOD', 'Hoàn thành tốt nhiệm vụ', 70],
  ['COMPLETED', 'Hoàn thành nhiệm vụ', 50],
  ['NOT_COMPLETED', 'Không hoàn thành nhiệm vụ', 0],
];

/**
 * Policy values as versioned data, not constants in code: the criteria of
 * the comment form (Quy định 213-QĐ/TW, Hướng dẫn 33-HD/BTCTW) and the
 * rating bands (Quy định 366-QĐ/TW from 30 Aug 2025). Labels still to be
 * confirmed against the official annex are marked as configurable defaults.
 */
export class LoadPolicyReferenceData1764400000310 implements MigrationInterface {
  name = 'LoadPolicyReferenceData1764400000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sets: [string, string, string, string, [string, string, string, [string, string, string]][]][] = [
      [CRITERIA_SET_QD213_STANDARD, 'QD213-2020-STANDARD', 'Phiếu nhận xét đảng viên đang công tác (Quy định 213-QĐ/TW)', 'STANDARD', STANDARD_CRITERIA],
      [CRITERIA_SET_QD213_EXEMPT, 'QD213-2020-EXEMPT', 'Phiếu nhận xét rút gọn cho đảng viên được miễn sinh hoạt nơi cư trú (Hướng dẫn 33-HD/BTCTW)', 'EXEMPT', EXEMPT_CRITERIA],
    ];
    for (const [id, code, title, variant, criteria] of sets) {
      await queryRunner.query(
        `INSERT INTO criteria_set (id, code, title, variant, effective_from, source) VALUES ($1, $2, $3, $4, '2020-01-02', $5)`,
        [id, code, title, variant, 'Quy định 213-QĐ/TW (2/1/2020); level labels: configurable default, to confirm against the official annex'],
      );
      for (const [ordinal, [criterionId, criterionCode, label, levels]] of criteria.entries()) {
        await queryRunner.query(
          `INSERT INTO criterion (id, criteria_set_id, ordinal, code, label, level_labels) VALUES ($1, $2, $3, $4, $5, $6)`,
          [criterionId, id, ordinal + 1, criterionCode, label, JSON.stringify(levels)],
        );
      }
    }
    const scales: [string, string, string, string, string | null, string][] = [
      [RATING_SCALE_BEFORE_QD366, 'BEFORE-QD366', 'Xếp loại chất lượng đảng viên trước Quy định 366', '2020-01-01', '2025-08-29', 'Configurable default: the 100-point bands of Quy định 366 applied to earlier years'],
      [RATING_SCALE_QD366, 'QD366-2025', 'Quy định 366-QĐ/TW về kiểm điểm, đánh giá, xếp loại chất lượng', '2025-08-30', null, 'Quy định 366-QĐ/TW (30/8/2025)'],
    ];
    for (const [id, code, title, from, to, source] of scales) {
      await queryRunner.query(
        `INSERT INTO rating_scale (id, code, title, effective_from, effective_to, source) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, code, title, from, to, source],
      );
      for (const [rating, label, minScore] of BANDS) {
        await queryRunner.query(`INSERT INTO rating_band (rating_scale_id, rating, label, min_score) VALUES ($1, $2, $3, $4)`, [id, rating, label, minScore]);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM rating_band`);
    await queryRunner.query(`DELETE FROM rating_scale`);
    await queryRunner.query(`DELETE FROM criterion`);
    await queryRunner.query(`DELETE FROM criteria_set`);
  }
}
