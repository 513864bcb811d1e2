import { MemberRecordDocument } from '../generated/graphql';
import { formatDate, formatNumber, formatPercent, monthsBefore } from '../format';
import { useOperation } from '../hooks';
import { ACTIVITY, CHANGE_TYPE, MEMBERSHIP_STATUS, RECOMMENDATION, REGISTRATION_STATUS, RESIDENCE_DUTY, SEX, TRANSFER_KIND, TRANSFER_STATUS, label } from '../labels';
import type { Session } from '../session';
import { Failure, Link, Loading, PartialErrors, Section } from '../components/ui';

/** A personal field: its value when the gateway answered one, otherwise a note that the role may not see it. */
function Personal({ value }: { value: string | null | undefined }) {
  return value == null ? <span className="muted">Không hiển thị với tư cách này</span> : <>{value}</>;
}

/**
 * A member's page: the workplace's record (standing, reviews) next to the residence's (registration,
 * attendance, comments), and the history across organisations. Personal data only as the gateway answers it.
 */
export function MemberPage({ session, day, memberId }: { session: Session; day: string; memberId: string }) {
  const record = useOperation(MemberRecordDocument, { id: memberId, from: monthsBefore(day, 11), to: day }, session.token);
  if (record.state === 'loading') return <Loading what="hồ sơ đảng viên" />;
  if (record.state === 'failed') return <Failure error={record.error} />;
  const member = record.data.member;
  if (!member) return <Failure error={{ code: 'NOT_FOUND', message: 'Không có đảng viên này, hoặc tư cách hiện tại không được xem.' }} />;
  const registration = member.residenceRegistration;
  const attendance = member.attendance;
  return (
    <>
      <h1 data-testid="member-name">{member.fullName}</h1>
      <PartialErrors errors={record.errors} />
      <div className="two-columns">
        <Section title="Nơi công tác">
          <dl data-testid="workplace-record">
            <dt>Đơn vị</dt>
            <dd>
              <Link to={`/don-vi/${member.workplaceOrganization.id}`}>{member.workplaceOrganization.name}</Link>
            </dd>
            <dt>Chi bộ</dt>
            <dd>
              <Link to={`/don-vi/${member.workplaceCell.id}`}>{member.workplaceCell.name}</Link>
            </dd>
            <dt>Chức vụ</dt>
            <dd>{member.position ?? '—'}</dd>
            <dt>Tình trạng</dt>
            <dd>{label(MEMBERSHIP_STATUS, member.status)}</dd>
            <dt>Nghĩa vụ ở nơi cư trú</dt>
            <dd>{label(RESIDENCE_DUTY, member.residenceDuty)}</dd>
            <dt>Giới tính</dt>
            <dd>{label(SEX, member.sex)}</dd>
            <dt>Ngày vào Đảng</dt>
            <dd>{formatDate(member.admissionDate)}</dd>
            <dt>Ngày chính thức</dt>
            <dd>{formatDate(member.fullMembershipDate)}</dd>
            <dt>Số thẻ đảng viên</dt>
            <dd data-testid="party-card">
              <Personal value={member.partyCardNumber} />
            </dd>
            <dt>Số CCCD</dt>
            <dd data-testid="citizen-id">
              <Personal value={member.citizenId} />
            </dd>
            <dt>Ngày sinh</dt>
            <dd data-testid="birth-date">
              <Personal value={member.birthDate ? formatDate(member.birthDate) : null} />
            </dd>
            <dt>Xếp loại gần nhất</dt>
            <dd>{member.latestReview ? `${member.latestReview.year}: ${member.latestReview.ratingLabel} (${formatNumber(member.latestReview.score)} điểm)` : '—'}</dd>
          </dl>
        </Section>
        <Section title="Nơi cư trú">
          {registration ? (
            <dl data-testid="residence-record">
              <dt>Phường</dt>
              <dd>
                <Link to={`/don-vi/${registration.ward.id}`}>{registration.ward.name}</Link>
              </dd>
              <dt>Chi bộ</dt>
              <dd>{registration.cell ? <Link to={`/don-vi/${registration.cell.id}`}>{registration.cell.name}</Link> : 'Chưa phân về chi bộ'}</dd>
              <dt>Tình trạng</dt>
              <dd>
                {label(REGISTRATION_STATUS, registration.status)} · {label(ACTIVITY, registration.activity)}
              </dd>
              <dt>Tiếp nhận</dt>
              <dd>{formatDate(registration.receivedOn)}</dd>
              <dt>Địa chỉ cư trú</dt>
              <dd data-testid="address">
                <Personal value={registration.address} />
              </dd>
            </dl>
          ) : (
            <p data-testid="residence-record">{member.residenceRegistration === null && member.residenceRegistrations === null ? 'Không xem được hồ sơ nơi cư trú.' : 'Chưa đăng ký sinh hoạt ở nơi cư trú.'}</p>
          )}
          {attendance ? (
            <>
              <h3>
                Dự họp từ {formatDate(attendance.from)} đến {formatDate(attendance.to)}
              </h3>
              <p data-testid="attendance">
                Phải dự {formatNumber(attendance.meetingsExpected)} kỳ: có mặt {formatNumber(attendance.present)}, đến muộn {formatNumber(attendance.late)}, về sớm {formatNumber(attendance.leftEarly)}, vắng có lý do {formatNumber(attendance.excused)}, vắng {formatNumber(attendance.absent)} · tỷ lệ dự {formatPercent(attendance.attendanceRate)}
              </p>
            </>
          ) : null}
        </Section>
      </div>
      <div className="two-columns">
        <Section title="Nhận xét của nơi cư trú">
          <table data-testid="comments">
            <thead>
              <tr>
                <th>Năm</th>
                <th>Đề nghị</th>
                <th>Chi bộ</th>
                <th>Người ký, ngày ký</th>
              </tr>
            </thead>
            <tbody>
              {(member.residenceComments ?? []).map((comment, i) => (
                <tr key={i}>
                  <td>{comment.year ?? '—'}</td>
                  <td>{label(RECOMMENDATION, comment.recommendation)}</td>
                  <td>{comment.cell.name}</td>
                  <td>
                    {comment.signedBy}, {formatDate(comment.signedOn)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section title="Đánh giá, xếp loại hằng năm">
          <table data-testid="reviews">
            <thead>
              <tr>
                <th>Năm</th>
                <th className="num">Điểm</th>
                <th>Xếp loại</th>
                <th>Ngày quyết định</th>
              </tr>
            </thead>
            <tbody>
              {(member.annualReviews ?? []).map((review) => (
                <tr key={review.year}>
                  <td>{review.year}</td>
                  <td className="num">{formatNumber(review.score)}</td>
                  <td>{review.ratingLabel}</td>
                  <td>{formatDate(review.decidedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
      <Section title="Quá trình sinh hoạt">
        <table data-testid="history">
          <thead>
            <tr>
              <th>Ngày</th>
              <th>Sự việc</th>
              <th>Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...(member.residenceRegistrations ?? []).map((r) => ({ on: r.receivedOn, what: `Tiếp nhận sinh hoạt nơi cư trú (${label(REGISTRATION_STATUS, r.status)})`, detail: `${r.ward.name}${r.cell ? ` · ${r.cell.name}` : ''}${r.endedOn ? ` · kết thúc ${formatDate(r.endedOn)}${r.endReason ? `: ${r.endReason}` : ''}` : ''}` })),
              ...member.transfers.map((t) => ({ on: t.effectiveOn, what: `${label(TRANSFER_KIND, t.kind)} (${label(TRANSFER_STATUS, t.status)})`, detail: `${t.fromOrganization.name} › ${t.toOrganization?.name ?? '—'}` })),
              ...member.changes.map((c) => ({ on: c.effectiveOn, what: label(CHANGE_TYPE, c.changeType), detail: c.ward ? `báo cho ${c.ward.name}` : '' })),
            ]
              .sort((a, b) => b.on.localeCompare(a.on))
              .map((event, i) => (
                <tr key={i}>
                  <td>{formatDate(event.on)}</td>
                  <td>{event.what}</td>
                  <td>{event.detail}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}
