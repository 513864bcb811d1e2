import type { OrganizationKind } from '@twoway/org-tree';

/**
 * The words an official reads for the federation's codes inside a refusal: never `TRANSFERRED` or
 * `WORKPLACE_CELL` in a Vietnamese sentence. One list for the three subgraphs: the residence committee
 * refuses on the workplace's state of a member or a letter, read through the federation.
 */
export const ORGANIZATION_KIND_WORDS: Record<OrganizationKind, string> = {
  PROVINCE: 'tỉnh, thành ủy',
  DISTRICT: 'quận, huyện ủy',
  WARD: 'đảng ủy xã, phường',
  RESIDENTIAL_CELL: 'chi bộ khu dân cư',
  BLOC: 'đảng bộ khối',
  AGENCY: 'tổ chức cơ sở đảng nơi công tác',
  WORKPLACE_CELL: 'chi bộ nơi công tác',
};

const MEMBERSHIP_STATUS_WORDS: Record<string, string> = {
  ACTIVE: 'đang sinh hoạt',
  IN_TRANSIT: 'đang chuyển sinh hoạt',
  TRANSFERRED: 'đã chuyển sinh hoạt đi',
  RETIRED: 'đã nghỉ hưu',
  EXPELLED: 'đã bị khai trừ',
  REMOVED: 'đã bị xóa tên',
  DECEASED: 'đã từ trần',
};

const LETTER_STATUS_WORDS: Record<string, string> = {
  ISSUED: 'mới phát hành',
  PRESENTED: 'đã trình',
  RECEIVED: 'đã được tiếp nhận',
  ASSIGNED: 'đã được phân công về chi bộ',
  RETURNED: 'đã bị trả lại',
  ENDED: 'đã hết hiệu lực',
  TRANSFERRED: 'đã hết hiệu lực do chuyển sinh hoạt',
  RETIRED: 'đã hết hiệu lực do nghỉ hưu',
};

/** A member's standing at the workplace (`MembershipStatus`), as a predicate: "đã chuyển sinh hoạt đi". */
export const membershipStatusWords = (status: string | null | undefined): string => MEMBERSHIP_STATUS_WORDS[status ?? ''] ?? 'không rõ tình trạng';

/** An introduction letter's state (`IntroductionLetterStatus`), as a predicate: "đã bị trả lại". */
export const letterStatusWords = (status: string | null | undefined): string => LETTER_STATUS_WORDS[status ?? ''] ?? 'không rõ tình trạng';
