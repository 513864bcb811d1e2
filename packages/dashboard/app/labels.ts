/** What the official reads for each of the API's codes: roles, node kinds, statuses, list kinds. */
export const ROLE_LABELS: Record<string, string> = {
  MEMBER: 'Đảng viên',
  CELL_COMMITTEE: 'Chi ủy chi bộ',
  WARD_COMMITTEE: 'Đảng ủy phường, xã',
  WORKPLACE_COMMITTEE: 'Cấp ủy nơi công tác',
  OVERSIGHT: 'Cơ quan kiểm tra, giám sát',
  PARTNER_APP: 'Ứng dụng đối tác',
  ADMINISTRATOR: 'Quản trị hệ thống',
};

export const KIND_LABELS: Record<string, string> = {
  PROVINCE: 'Tỉnh, thành phố',
  DISTRICT: 'Quận, huyện',
  WARD: 'Phường, xã',
  RESIDENTIAL_CELL: 'Chi bộ khu dân cư',
  BLOC: 'Khối',
  AGENCY: 'Cơ quan, đơn vị',
  WORKPLACE_CELL: 'Chi bộ nơi công tác',
};

export const MEMBERSHIP_STATUS: Record<string, string> = {
  ACTIVE: 'Đang sinh hoạt',
  IN_TRANSIT: 'Đang chuyển sinh hoạt',
  TRANSFERRED: 'Đã chuyển đi',
  RETIRED: 'Nghỉ hưu',
  DECEASED: 'Từ trần',
  EXPELLED: 'Khai trừ',
  REMOVED: 'Xóa tên',
};

export const REGISTRATION_STATUS: Record<string, string> = { RECEIVED: 'Đã tiếp nhận', ACTIVE: 'Đang sinh hoạt', ENDED: 'Đã kết thúc' };
export const ACTIVITY: Record<string, string> = { OFFICIAL: 'Sinh hoạt chính thức', TWO_WAY: 'Sinh hoạt hai chiều' };
export const RESIDENCE_DUTY: Record<string, string> = {
  TWO_WAY: 'Phải sinh hoạt hai chiều',
  OFFICIAL_AT_RESIDENCE: 'Sinh hoạt chính thức tại nơi cư trú',
  NOT_INTRODUCED: 'Chưa được giới thiệu về nơi cư trú',
  EXEMPT: 'Được miễn',
  NONE: 'Không',
};
export const SEX: Record<string, string> = { MALE: 'Nam', FEMALE: 'Nữ' };
export const LOST_LETTER_STAGE: Record<string, string> = { NOT_RECEIVED: 'Phường chưa tiếp nhận', NOT_ASSIGNED: 'Chưa phân về chi bộ' };
export const COMMENT_PURPOSE: Record<string, string> = { ANNUAL: 'Đánh giá hằng năm', APPOINTMENT: 'Bổ nhiệm', AWARD: 'Khen thưởng', DISCIPLINE: 'Kỷ luật', NOMINATION: 'Giới thiệu ứng cử' };
export const REVIEW_ISSUE: Record<string, string> = { CONTRADICTS: 'Trái với đề nghị của nơi cư trú', WITHOUT_COMMENT: 'Quyết định khi chưa có nhận xét' };
export const RECOMMENDATION: Record<string, string> = { COMMEND: 'Đề nghị biểu dương', NONE: 'Không đề nghị', CONSIDER_ACTION: 'Đề nghị xem xét' };
export const CHANGE_TYPE: Record<string, string> = {
  NEWLY_ADMITTED: 'Kết nạp mới',
  POSITION_CHANGED: 'Thay đổi chức vụ',
  EXEMPTION_CHANGED: 'Thay đổi miễn sinh hoạt',
  RESIDENCE_CHANGED: 'Thay đổi nơi cư trú',
  TRANSFERRED: 'Chuyển sinh hoạt',
  RETIRED: 'Nghỉ hưu',
  DECEASED: 'Từ trần',
  EXPELLED: 'Khai trừ',
  REMOVED: 'Xóa tên',
};
export const TRANSFER_STATUS: Record<string, string> = { SENT: 'Đã gửi đi', RECEIVED: 'Nơi đến đã tiếp nhận' };
export const TRANSFER_KIND: Record<string, string> = { OFFICIAL: 'Chuyển chính thức', TEMPORARY: 'Chuyển tạm thời' };

/** A code's label, or the code itself when the API grows a value this page does not know yet. */
export const label = (labels: Record<string, string>, code: string | null | undefined) => (code == null ? '—' : (labels[code] ?? code));
