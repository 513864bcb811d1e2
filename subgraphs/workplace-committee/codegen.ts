import { subgraphCodegen } from '../../codegen.base.js';

export default subgraphCodegen({
  context: 'WorkplaceContext',
  mappers: {
    Member: '../entities/member.entity.js#Member',
    IntroductionLetter: '../entities/introduction-letter.entity.js#IntroductionLetter',
  },
});
