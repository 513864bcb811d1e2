import { subgraphCodegen } from '../../codegen.base.js';

export default subgraphCodegen({
  context: 'ResidenceContext',
  mappers: {
    Member: '../context.js#MemberReference',
    ResidenceRegistration: '../entities/residence-registration.entity.js#ResidenceRegistration',
    Meeting: '../entities/meeting.entity.js#Meeting',
    Attendance: '../entities/meeting-attendance.entity.js#MeetingAttendance',
    LetterReceipt: '../entities/letter-receipt.entity.js#LetterReceipt',
    IntroductionLetter: '../context.js#MemberReference',
    MeetingAttendance: '../entities/meeting-attendance.entity.js#MeetingAttendance',
    ChangeNoticeAcknowledgement: '../entities/change-notice-acknowledgement.entity.js#ChangeNoticeAcknowledgement',
    OrganizationStatistics: '@twoway/subgraph-runtime#StatisticsKey',
    AttendanceRecord: '../repositories/attendance.repository.js#AttendanceSummary',
  },
});
