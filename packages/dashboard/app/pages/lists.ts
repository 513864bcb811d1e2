import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AbsentMembersDocument,
  CellsWithoutSemiAnnualMeetingDocument,
  ReviewsAgainstResidenceCommentDocument,
  LostIntroductionLettersDocument,
  MembersInTransitDocument,
  MembersNotIntroducedDocument,
  MembersRecommendedForActionDocument,
  OverdueCommentRequestsDocument,
  ResidenceDisagreementsDocument,
  UnansweredLeavingNoticesDocument,
  WorkplaceDisagreementsDocument,
  type AbsentMembersQuery,
  type CellsWithoutSemiAnnualMeetingQuery,
  type ReviewsAgainstResidenceCommentQuery,
  type LostIntroductionLettersQuery,
  type MembersInTransitQuery,
  type MembersNotIntroducedQuery,
  type MembersRecommendedForActionQuery,
  type OverdueCommentRequestsQuery,
  type ResidenceDisagreementsQuery,
  type UnansweredLeavingNoticesQuery,
  type WorkplaceDisagreementsQuery,
} from '../generated/graphql';
import { formatDate } from '../format';
import { COMMENT_PURPOSE, LOST_LETTER_STAGE, RECOMMENDATION, REVIEW_ISSUE, TRANSFER_KIND, label } from '../labels';

/** One column of a list: its header, and its text for a row, the same on screen, in CSV and in Excel. */
export interface Column {
  header: string;
  text: (row: Row) => string;
}

/** A row of any list: an edge of its connection, with the member it is about. */
export type Row = Record<string, unknown> & { memberId?: string; memberName?: string };

interface ListVariables {
  organizationId: string;
  first: number;
  after?: string | null;
  order?: 'ASC' | 'DESC';
  asOf?: string | null;
  year?: number;
}

export interface ListAnswer {
  organization?: { list: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: unknown[] } } | null;
}

export interface OversightList {
  /** In the page's address: #/danh-sach/<node>/<slug>. */
  slug: string;
  title: string;
  /** What the list is, for the official. */
  about: string;
  document: TypedDocumentNode<ListAnswer, ListVariables>;
  /** The API sorts it (order: ASC / DESC) and by what. */
  sortedBy?: string;
  /** It is reckoned as of a day (the reference day). */
  asOf: boolean;
  /** It is of a review year, chosen on the page (the year before the reference day's at first). */
  byYear?: boolean;
  columns: Column[];
  row: (edge: never) => Row;
}

const text = (value: unknown) => (value == null ? '' : String(value));

/** An edge of a list's connection, as the generated types of its operation say. */
type EdgeOf<Q extends { organization?: { list: { edges: readonly unknown[] } } | null }> = NonNullable<Q['organization']>['list']['edges'][number];

/** The two lists of disagreements (the residence's with the workplace's records, the workplace's own) read alike. */
const DISAGREEMENT_COLUMNS: Column[] = [
  { header: 'Đảng viên', text: (r) => text(r.memberName) },
  { header: 'Nội dung', text: (r) => text(r.detail) },
  { header: 'Loại', text: (r) => text(r.kind) },
  { header: 'Đơn vị', text: (r) => text(r.organization) },
];

/** A row of either; the residence's list names its members by id only (one the workplace does not know has no name). */
const disagreementRow = (edge: { node: { member: { id: string; fullName?: string }; detail: string; kind: string; organization?: { name: string } | null } }): Row => ({
  memberId: edge.node.member.id,
  memberName: edge.node.member.fullName ?? `Mã ${edge.node.member.id}`,
  detail: edge.node.detail,
  kind: edge.node.kind,
  organization: edge.node.organization?.name,
});

/** The oversight lists of docs/oversight.md, as the dashboard shows and exports them. */
export const LISTS: OversightList[] = [
  {
    slug: 'thu-that-lac',
    title: 'Thư giới thiệu thất lạc',
    about: 'Thư giới thiệu sinh hoạt nơi cư trú quá hạn mà phường chưa tiếp nhận, hoặc đã tiếp nhận nhưng chưa phân về chi bộ.',
    document: LostIntroductionLettersDocument as never,
    sortedBy: 'hạn xử lý',
    asOf: true,
    columns: [
      { header: 'Số thư', text: (r) => text(r.number) },
      { header: 'Ngày cấp', text: (r) => formatDate(r.issuedOn as string) },
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Nơi công tác', text: (r) => text(r.workplace) },
      { header: 'Phường nhận', text: (r) => text(r.ward) },
      { header: 'Tình trạng', text: (r) => label(LOST_LETTER_STAGE, r.stage as string) },
      { header: 'Hạn', text: (r) => formatDate(r.deadline as string) },
    ],
    row: (edge: EdgeOf<LostIntroductionLettersQuery>) => ({
      memberId: edge.node.member.id,
      memberName: edge.node.member.fullName,
      number: edge.node.number,
      issuedOn: edge.node.issuedOn,
      workplace: edge.node.member.workplaceOrganization.name,
      ward: edge.node.toWard.name,
      stage: edge.stage,
      deadline: edge.deadline,
    }),
  },
  {
    slug: 'vang-hop',
    title: 'Vắng hai kỳ họp 6 tháng gần nhất',
    about: 'Đảng viên vắng cả hai kỳ họp định kỳ 6 tháng gần nhất ở chi bộ nơi cư trú.',
    document: AbsentMembersDocument as never,
    sortedBy: 'ngày phường tiếp nhận',
    asOf: true,
    columns: [
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Chức vụ', text: (r) => text(r.position) },
      { header: 'Nơi công tác', text: (r) => text(r.workplace) },
      { header: 'Chi bộ nơi cư trú', text: (r) => text(r.cell) },
      { header: 'Phường', text: (r) => text(r.ward) },
    ],
    row: (edge: EdgeOf<AbsentMembersQuery>) => ({
      memberId: edge.node.member.id,
      memberName: edge.node.member.fullName,
      position: edge.node.member.position,
      workplace: edge.node.member.workplaceOrganization.name,
      cell: edge.node.cell?.name,
      ward: edge.node.ward.name,
    }),
  },
  {
    slug: 'nhan-xet-qua-han',
    title: 'Nhận xét quá hạn',
    about: 'Phiếu xin nhận xét của nơi công tác mà nơi cư trú chưa trả lời khi đã quá hạn.',
    document: OverdueCommentRequestsDocument as never,
    sortedBy: 'hạn trả lời',
    asOf: true,
    columns: [
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Mục đích', text: (r) => label(COMMENT_PURPOSE, r.purpose as string) },
      { header: 'Hạn trả lời', text: (r) => formatDate(r.dueOn as string) },
      { header: 'Nơi công tác', text: (r) => text(r.workplace) },
      { header: 'Phường', text: (r) => text(r.ward) },
    ],
    row: (edge: EdgeOf<OverdueCommentRequestsQuery>) => ({
      memberId: edge.node.member.id,
      memberName: edge.node.member.fullName,
      purpose: edge.node.purpose,
      dueOn: edge.node.dueOn,
      workplace: edge.node.workplaceOrganization.name,
      ward: edge.node.ward?.name,
    }),
  },
  {
    slug: 'de-nghi-xem-xet',
    title: 'Được đề nghị xem xét',
    about: 'Đảng viên mà chi bộ nơi cư trú đề nghị nơi công tác xem xét trong phiếu nhận xét.',
    document: MembersRecommendedForActionDocument as never,
    sortedBy: 'ngày ký nhận xét',
    asOf: false,
    columns: [
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Năm', text: (r) => text(r.year) },
      { header: 'Chi bộ nơi cư trú', text: (r) => text(r.cell) },
      { header: 'Người ký', text: (r) => text(r.signedBy) },
      { header: 'Ngày ký', text: (r) => formatDate(r.signedOn as string) },
    ],
    row: (edge: EdgeOf<MembersRecommendedForActionQuery>) => ({
      memberId: edge.node.member.id,
      memberName: edge.node.member.fullName,
      year: edge.node.year,
      cell: edge.node.cell.name,
      signedBy: edge.node.signedBy,
      signedOn: edge.node.signedOn,
    }),
  },
  {
    slug: 'khong-khop',
    title: 'Nơi cư trú, nơi công tác ghi khác nhau',
    about: 'Đảng viên nơi cư trú còn ghi tên mà nơi công tác báo đã rời đi (chuyển, khai trừ, xóa tên, từ trần) hoặc không biết đến.',
    document: ResidenceDisagreementsDocument as never,
    asOf: false,
    columns: DISAGREEMENT_COLUMNS,
    row: (edge: EdgeOf<ResidenceDisagreementsQuery>) => disagreementRow(edge),
  },
  {
    slug: 'ho-so-noi-cong-tac',
    title: 'Hồ sơ nơi công tác mâu thuẫn',
    about: 'Mâu thuẫn trong chính hồ sơ của nơi công tác: thư giới thiệu mở tới hai phường cùng lúc, hai hồ sơ đảng viên cùng một số CCCD.',
    document: WorkplaceDisagreementsDocument as never,
    asOf: false,
    columns: DISAGREEMENT_COLUMNS,
    row: (edge: EdgeOf<WorkplaceDisagreementsQuery>) => disagreementRow(edge),
  },
  {
    slug: 'chi-bo-chua-hop',
    title: 'Chi bộ chưa họp 6 tháng',
    about: 'Chi bộ khu dân cư có đảng viên sinh hoạt hai chiều mà chưa tổ chức kỳ họp định kỳ 6 tháng nào trong thời hạn quy định; chi bộ chưa họp lần nào đứng đầu, rồi đến chi bộ chờ lâu nhất.',
    document: CellsWithoutSemiAnnualMeetingDocument as never,
    asOf: true,
    columns: [
      { header: 'Chi bộ', text: (r) => text(r.cell) },
      { header: 'Trực thuộc', text: (r) => text(r.parent) },
    ],
    row: (edge: EdgeOf<CellsWithoutSemiAnnualMeetingQuery>) => ({ cell: edge.node.name, parent: edge.node.parent?.name }),
  },
  {
    slug: 'chua-gioi-thieu',
    title: 'Chưa giới thiệu về nơi cư trú',
    about: 'Đảng viên của nơi công tác đã đến hạn mà chưa được giới thiệu về sinh hoạt ở nơi cư trú (mới kết nạp, mới chuyển đến, hoặc thư giới thiệu đã chấm dứt), theo hạn.',
    document: MembersNotIntroducedDocument as never,
    asOf: true,
    columns: [
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Chức vụ', text: (r) => text(r.position) },
      { header: 'Nơi công tác', text: (r) => text(r.workplace) },
      { header: 'Hạn giới thiệu', text: (r) => formatDate(r.deadline as string) },
    ],
    row: (edge: EdgeOf<MembersNotIntroducedQuery>) => ({
      memberId: edge.node.id,
      memberName: edge.node.fullName,
      position: edge.node.position,
      workplace: edge.node.workplaceOrganization.name,
      deadline: edge.deadline,
    }),
  },
  {
    slug: 'dang-chuyen-sinh-hoat',
    title: 'Đang chuyển sinh hoạt',
    about: 'Đảng viên chuyển đi từ hoặc chuyển đến một tổ chức trong phạm vi này mà nơi đến chưa tiếp nhận, theo hạn tiếp nhận; quá hạn là thất lạc giữa hai tổ chức.',
    document: MembersInTransitDocument as never,
    asOf: true,
    columns: [
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Hình thức', text: (r) => label(TRANSFER_KIND, r.kind as string) },
      { header: 'Từ', text: (r) => text(r.from) },
      { header: 'Đến', text: (r) => text(r.to) },
      { header: 'Ngày gửi', text: (r) => formatDate(r.sentOn as string) },
      { header: 'Hạn tiếp nhận', text: (r) => formatDate(r.deadline as string) },
      { header: 'Quá hạn', text: (r) => (r.overdue ? 'Quá hạn' : '') },
    ],
    row: (edge: EdgeOf<MembersInTransitQuery>) => ({
      memberId: edge.node.member.id,
      memberName: edge.node.member.fullName,
      kind: edge.node.kind,
      from: edge.node.fromOrganization.name,
      to: edge.node.toOrganization?.name,
      sentOn: edge.node.sentOn,
      deadline: edge.deadline,
      overdue: edge.overdue,
    }),
  },
  {
    slug: 'bao-roi-noi-cu-tru',
    title: 'Báo rời nơi cư trú chưa được xử lý',
    about: 'Phường đã báo đảng viên rời khỏi nơi cư trú mà nơi công tác chưa giới thiệu đảng viên về nơi ở mới sau thời hạn quy định, theo hạn.',
    document: UnansweredLeavingNoticesDocument as never,
    asOf: true,
    columns: [
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Nơi công tác', text: (r) => text(r.workplace) },
      { header: 'Phường báo', text: (r) => text(r.ward) },
      { header: 'Ngày báo', text: (r) => formatDate(r.reportedOn as string) },
      { header: 'Lý do', text: (r) => text(r.reason) },
      { header: 'Hạn xử lý', text: (r) => formatDate(r.deadline as string) },
    ],
    row: (edge: EdgeOf<UnansweredLeavingNoticesQuery>) => ({
      memberId: edge.node.member.id,
      memberName: edge.node.member.fullName,
      workplace: edge.node.member.workplaceOrganization.name,
      ward: edge.node.ward.name,
      reportedOn: edge.node.reportedOn,
      reason: edge.node.reason,
      deadline: edge.deadline,
    }),
  },
  {
    slug: 'danh-gia-trai-nhan-xet',
    title: 'Xếp loại trái với nhận xét nơi cư trú',
    about: 'Kết quả đánh giá, xếp loại hằng năm trái với đề nghị trong nhận xét của nơi cư trú, hoặc quyết định khi chưa có nhận xét của nơi cư trú; mới nhất trước.',
    document: ReviewsAgainstResidenceCommentDocument as never,
    asOf: false,
    byYear: true,
    columns: [
      { header: 'Đảng viên', text: (r) => text(r.memberName) },
      { header: 'Vấn đề', text: (r) => label(REVIEW_ISSUE, r.kind as string) },
      { header: 'Xếp loại', text: (r) => text(r.rating) },
      { header: 'Nơi cư trú đề nghị', text: (r) => (r.recommendation ? label(RECOMMENDATION, r.recommendation as string) : 'Chưa có nhận xét') },
      { header: 'Chi bộ nơi công tác', text: (r) => text(r.cell) },
      { header: 'Ngày quyết định', text: (r) => formatDate(r.decidedOn as string) },
    ],
    row: (edge: EdgeOf<ReviewsAgainstResidenceCommentQuery>) => ({
      memberId: edge.node.member.id,
      memberName: edge.node.member.fullName,
      kind: edge.kind,
      rating: edge.node.ratingLabel,
      recommendation: edge.node.residenceComment?.recommendation,
      cell: edge.node.workplaceCell.name,
      decidedOn: edge.node.decidedOn,
    }),
  },
];
