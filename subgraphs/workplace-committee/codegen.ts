import { subgraphCodegen } from '../../codegen.base.js';

export default subgraphCodegen({
  context: 'WorkplaceContext',
  mappers: {
    Member: '../entities/member.entity.js#Member',
    OrganizationStatistics: '@twoway/subgraph-runtime#StatisticsKey',
    MemberChange: '../entities/change-notice.entity.js#MemberChange',
    ChangeNotice: '../entities/change-notice.entity.js#ChangeNotice',
    ResidenceLeavingNotice: '../entities/change-notice.entity.js#ResidenceLeavingNotice',
    IntroductionLetter: '../entities/introduction-letter.entity.js#IntroductionLetter',
    MemberTransfer: '../entities/member-transfer.entity.js#MemberTransfer',
  },
});
