/**
 * The 台账 import: past ledgers typed into a spreadsheet, one record a row. The job it starts has
 * the same shape as the 花名册 import (importJobSchema): progress, then a report by row and column.
 */

/**
 * The columns of the 台账 template, in order; headers are matched by these Chinese names, so the
 * order in a file may differ. The columns after 地点 hold the fields a few kinds require
 * (下基层 事由 and 结束日期, 双报到 社区 …), so every kind of the catalogue can be imported; the
 * last four are the later stages of 为群众办实事 (认领, 解决, 完善), so a ledger of solved items
 * imports complete.
 */
export const LEDGER_COLUMNS = [
  { key: 'date', header: '日期', required: true },
  { key: 'kinds', header: '活动类型', required: true },
  { key: 'owner', header: '所属组织', required: true },
  { key: 'person', header: '本人', required: false },
  { key: 'topic', header: '主题', required: false },
  { key: 'lecturer', header: '主讲人', required: false },
  { key: 'host', header: '主持人', required: false },
  { key: 'participants', header: '参加人员', required: false },
  { key: 'absentees', header: '缺席人员', required: false },
  { key: 'notes', header: '简要情况', required: false },
  { key: 'bookTitle', header: '书名', required: false },
  { key: 'place', header: '地点', required: false },
  { key: 'endsOn', header: '结束日期', required: false },
  { key: 'purpose', header: '事由', required: false },
  { key: 'community', header: '报到社区', required: false },
  { key: 'household', header: '结对农户', required: false },
  { key: 'familyMember', header: '签订家属', required: false },
  { key: 'triggerReason', header: '谈话缘由', required: false },
  { key: 'claimedOn', header: '认领日期', required: false },
  { key: 'solvedOn', header: '解决日期', required: false },
  { key: 'solution', header: '解决情况', required: false },
  { key: 'improvement', header: '完善机制', required: false },
] as const;
export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

/** The most rows one file may hold; a bigger ledger is imported in parts. */
export const LEDGER_IMPORT_MAX_ROWS = 20000;
