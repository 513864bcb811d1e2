import type { CodegenConfig } from '@graphql-codegen/cli';

const organizationSchemaPath = '../../packages/org-tree/src/organization.graphql';

/** Resolver types generated from schema.graphql (federation on, typed context and models). */
const config: CodegenConfig = {
  schema: ['schema.graphql', organizationSchemaPath],
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.js#ResidenceContext',
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        mapperTypeSuffix: 'Entity',
        mappers: {
          ResidenceRegistration: '../entities/residence-registration.entity.js#ResidenceRegistration',
          Meeting: '../entities/meeting.entity.js#Meeting',
          Attendance: '../entities/meeting-attendance.entity.js#MeetingAttendance',
          AttendanceRecord: '../repositories/attendance.repository.js#AttendanceSummary',
          Member: '../context.js#MemberReference',
          Organization: '@twoway/org-tree#OrganizationUnit',
        },
      },
    },
  },
};
export default config;
