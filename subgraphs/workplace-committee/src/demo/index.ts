export { seedDemoData } from './seed.js';
export { workplaceDemoRows, type IntroductionLetterRecord, type MemberRecord } from './demo-rows.js';
export { WORKPLACE_AFTER_LOAD, WORKPLACE_DATA_TABLES, workplaceGeneratedRows } from './generated-rows.js';
