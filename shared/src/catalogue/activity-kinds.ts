/**
 * Every kind of activity the requirement catalogue names, and what the one record form asks for
 * each (domain.md §3 burden rule: ask only what a requirement needs; photos are never required).
 * A record may carry several kinds at once (a 主题党日 that includes a 党课 and a 警示教育片) and
 * then asks the union of their fields.
 */
import type { OrgNodeKind } from '../enums';

export const ACTIVITY_KINDS = [
  // 三会一课
  'members_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  // 组织生活
  'theme_day',
  'life_meeting',
  'democratic_review',
  'charter_study',
  'political_birthday',
  'election',
  'secretary_training',
  'double_report_register',
  'double_report_report',
  // 学习
  'center_group_study',
  'reading_class',
  'first_topic',
  // 工作机制
  'weekly_huddle',
  'monthly_summary',
  'quarterly_check',
  'work_retreat',
  // 业务能力
  'monthly_book',
  'business_lecture',
  'research_topic',
  'research_report',
  'research_exchange',
  'business_exam',
  'qa_bank',
  'qa_quiz',
  // 廉政
  'annual_clean_plan',
  'leadership_clean_study',
  'responsibility_report',
  'hear_report',
  'clean_lecture',
  'clean_talk',
  'warning_education',
  'discipline_education',
  'family_activity',
  'family_visit',
  'family_pledge',
  'eco_analysis',
  // 一线与群众
  'site_office',
  'propaganda',
  'field_trip',
  'org_practical_matter',
  'pair_registration',
  'pair_visit',
  'practical_matter',
  'mass_contact',
  // 关爱与环境
  'union_activity',
  'heart_talk',
  'clean_check',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_GROUPS = [
  'three_meetings',
  'party_life',
  'study',
  'work_mechanism',
  'skill',
  'clean',
  'frontline',
  'care',
] as const;
export type ActivityGroup = (typeof ACTIVITY_GROUPS)[number];

export const ACTIVITY_GROUP_LABELS: Record<ActivityGroup, string> = {
  three_meetings: '三会一课',
  party_life: '组织生活',
  study: '理论学习',
  work_mechanism: '工作机制',
  skill: '业务能力',
  clean: '党风廉政',
  frontline: '一线工作与联系群众',
  care: '关爱与机关环境',
};

/**
 * `org`: the record belongs to an org node (a 支部's meeting, a unit's 警示教育);
 * `personal`: it names one person it is about (月读一书, 下基层, 谈心谈话), entered by that person
 * or by the clerk on their behalf; its owner node defaults to the person's 科室.
 */
export const RECORD_SCOPES = ['org', 'personal'] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];

export const RECORD_SCOPE_LABELS: Record<RecordScope, string> = { org: '组织台账', personal: '个人记录' };

/** The fields the record form can ask. Each says where its value lives in a stored record. */
export const RECORD_FIELDS = [
  'owner',
  'person',
  'date',
  'date_range',
  'month',
  'host',
  'lecturer',
  'participants',
  'absentees',
  'topic',
  'place',
  'purpose',
  'book_title',
  'household',
  'community',
  'family_member',
  'trigger_reason',
  'claimed_on',
  'solved_on',
  'solution',
  'improvement',
  'notes',
  'attachments',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

export type FieldInput = 'org' | 'person' | 'people' | 'absences' | 'date' | 'date_range' | 'month' | 'text' | 'long_text' | 'files';

/** Where a field is kept in an activity record (shared/src/schemas/records.ts). */
export type FieldStorage =
  | { in: 'column'; columns: ('ownerNodeId' | 'personId' | 'occurredOn' | 'endsOn' | 'topic' | 'hostPersonId' | 'lecturer' | 'notes')[] }
  | { in: 'participants'; present: boolean }
  | { in: 'details'; key: string }
  | { in: 'attachments' };

export interface RecordFieldDefinition {
  id: RecordField;
  label: string;
  input: FieldInput;
  storage: FieldStorage;
  /** Photos, screenshots, sign-in sheets: never a condition of "done" (domain.md §3). */
  media: boolean;
}

const column = (...columns: Extract<FieldStorage, { in: 'column' }>['columns']): FieldStorage => ({ in: 'column', columns });
const detail = (key: string): FieldStorage => ({ in: 'details', key });

export const RECORD_FIELD_DEFINITIONS: Record<RecordField, RecordFieldDefinition> = {
  owner: { id: 'owner', label: '所属组织', input: 'org', storage: column('ownerNodeId'), media: false },
  person: { id: 'person', label: '本人', input: 'person', storage: column('personId'), media: false },
  date: { id: 'date', label: '日期', input: 'date', storage: column('occurredOn'), media: false },
  date_range: { id: 'date_range', label: '起止日期', input: 'date_range', storage: column('occurredOn', 'endsOn'), media: false },
  month: { id: 'month', label: '月份', input: 'month', storage: column('occurredOn'), media: false },
  host: { id: 'host', label: '主持人', input: 'person', storage: column('hostPersonId'), media: false },
  lecturer: { id: 'lecturer', label: '主讲人', input: 'person', storage: column('lecturer'), media: false },
  participants: { id: 'participants', label: '参加人员', input: 'people', storage: { in: 'participants', present: true }, media: false },
  absentees: { id: 'absentees', label: '缺席人员及原因', input: 'absences', storage: { in: 'participants', present: false }, media: false },
  topic: { id: 'topic', label: '主题', input: 'text', storage: column('topic'), media: false },
  place: { id: 'place', label: '地点', input: 'text', storage: detail('place'), media: false },
  purpose: { id: 'purpose', label: '事由', input: 'text', storage: detail('purpose'), media: false },
  book_title: { id: 'book_title', label: '书名', input: 'text', storage: detail('bookTitle'), media: false },
  household: { id: 'household', label: '结对农户', input: 'text', storage: detail('household'), media: false },
  community: { id: 'community', label: '报到社区', input: 'text', storage: detail('community'), media: false },
  family_member: { id: 'family_member', label: '签订家属', input: 'text', storage: detail('familyMember'), media: false },
  trigger_reason: { id: 'trigger_reason', label: '谈话缘由', input: 'text', storage: detail('triggerReason'), media: false },
  claimed_on: { id: 'claimed_on', label: '认领日期', input: 'date', storage: detail('claimedOn'), media: false },
  solved_on: { id: 'solved_on', label: '解决日期', input: 'date', storage: detail('solvedOn'), media: false },
  solution: { id: 'solution', label: '解决情况', input: 'long_text', storage: detail('solution'), media: false },
  improvement: { id: 'improvement', label: '完善机制', input: 'long_text', storage: detail('improvement'), media: false },
  notes: { id: 'notes', label: '简要情况', input: 'long_text', storage: column('notes'), media: false },
  attachments: { id: 'attachments', label: '附件（照片、签到表等，可不传）', input: 'files', storage: { in: 'attachments' }, media: true },
};

export interface KindField {
  field: RecordField;
  required: boolean;
  /** The label this kind shows instead of the field's default (主讲人 → 宣讲人). */
  label?: string;
  /** Why a requirement needs it, for the burden page; set on every required field beyond the basics. */
  reason?: string;
}

/** A stage of a record that is filled in over time (为群众办实事: 了解需求 → … → 完善机制). */
export interface KindStage {
  id: string;
  label: string;
  /** Fields this stage fills in; they are asked when the stage is reached, not at creation. */
  fields: RecordField[];
}

export interface ActivityKindDefinition {
  id: ActivityKind;
  label: string;
  group: ActivityGroup;
  scope: RecordScope;
  /** For org records: the node kinds that may own one. */
  ownerKinds: readonly OrgNodeKind[];
  fields: KindField[];
  /**
   * The fields naming people whose personal duties a record of this kind counts for: the
   * lecturer of a 党课 for 讲党课, each participant of a 纪律教育, the person of a 月读一书.
   */
  credits: RecordField[];
  stages?: KindStage[];
  /** The stage from which the record counts as evidence; without stages, from its creation. */
  countsFromStage?: string;
  description: string;
}

const PARTY_ORGS: readonly OrgNodeKind[] = ['party_committee', 'general_branch', 'branch'];
const ANY_PARTY_ORG: readonly OrgNodeKind[] = [...PARTY_ORGS, 'party_group'];
const UNIT: readonly OrgNodeKind[] = ['unit'];
const DEPARTMENT: readonly OrgNodeKind[] = ['department'];
const UNIT_OR_DEPARTMENT: readonly OrgNodeKind[] = ['unit', 'department'];
const ANYWHERE_IN_UNIT: readonly OrgNodeKind[] = ['unit', 'department', ...PARTY_ORGS];
const NONE: readonly OrgNodeKind[] = [];

const req = (field: RecordField, reason?: string, label?: string): KindField => ({ field, required: true, reason, label });
const opt = (field: RecordField, label?: string): KindField => ({ field, required: false, label });

/** The basics every org record asks: whose, when; then optional who-came, notes and files. */
const orgRecord = (middle: KindField[], attendance = true): KindField[] => {
  const asksParticipants = middle.some((f) => f.field === 'participants');
  return [
    req('owner'),
    req('date'),
    ...middle,
    // Attendance is optional where no requirement counts it: the form offers the org's people in one tap.
    ...(attendance && !asksParticipants ? [opt('participants')] : []),
    ...(attendance ? [opt('absentees')] : []),
    opt('notes'),
    opt('attachments'),
  ];
};

const personalRecord = (middle: KindField[], personLabel?: string): KindField[] => [
  req('person', undefined, personLabel),
  ...middle,
  opt('notes'),
  opt('attachments'),
];

export const ACTIVITY_KIND_DEFINITIONS: Record<ActivityKind, ActivityKindDefinition> = {
  members_meeting: {
    id: 'members_meeting',
    label: '支部党员大会',
    group: 'three_meetings',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([opt('host'), opt('topic', '议题')]),
    credits: ['participants'],
    description: '“三会一课”之党员大会，每季度至少1次。',
  },
  committee_meeting: {
    id: 'committee_meeting',
    label: '支部委员会',
    group: 'three_meetings',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([opt('host'), opt('topic', '议题')]),
    credits: ['participants'],
    description: '“三会一课”之支部委员会会议，每月至少1次。',
  },
  group_meeting: {
    id: 'group_meeting',
    label: '党小组会',
    group: 'three_meetings',
    scope: 'org',
    ownerKinds: ['party_group'],
    fields: orgRecord([opt('host'), opt('topic', '议题')]),
    credits: ['participants'],
    description: '“三会一课”之党小组会，每月至少1次。',
  },
  party_lecture: {
    id: 'party_lecture',
    label: '党课',
    group: 'three_meetings',
    scope: 'org',
    ownerKinds: ANY_PARTY_ORG,
    fields: orgRecord([req('lecturer', '党员领导干部、党支部书记每年至少讲1次党课，按主讲人计'), opt('topic', '党课题目')]),
    credits: ['lecturer', 'participants'],
    description: '“三会一课”之党课，每季度至少1次；主讲人计入“讲党课”。',
  },
  theme_day: {
    id: 'theme_day',
    label: '主题党日',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([opt('topic')]),
    credits: ['participants'],
    description: '每月至少1次；同一次活动含党课、警示教育等时一并勾选，各自计数。',
  },
  life_meeting: {
    id: 'life_meeting',
    label: '组织生活会',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([req('participants', '党员领导干部双重组织生活按参会计'), opt('topic')]),
    credits: ['participants'],
    description: '每年至少1次，通常与民主评议党员同时开展。',
  },
  democratic_review: {
    id: 'democratic_review',
    label: '民主评议党员',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([]),
    credits: ['participants'],
    description: '每年至少1次，与组织生活会一并登记即可。',
  },
  charter_study: {
    id: 'charter_study',
    label: '党章专题学习交流',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([opt('topic')]),
    credits: ['participants'],
    description: '各支部每年至少1次。',
  },
  political_birthday: {
    id: 'political_birthday',
    label: '政治生日（重温入党誓词）',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([req('participants', '政治生日按党员本人计，须知道为谁过')]),
    credits: ['participants'],
    description: '为入党纪念日临近的党员集中过“政治生日”、重温入党誓词，可在主题党日中一并进行。',
  },
  election: {
    id: 'election',
    label: '换届选举',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([], false),
    credits: [],
    description: '党总支、党支部按期换届，新一届班子可在简要情况中写明。',
  },
  secretary_training: {
    id: 'secretary_training',
    label: '党支部书记轮训',
    group: 'party_life',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date', undefined, '培训日期'), opt('topic', '培训班名称')]),
    credits: ['person'],
    description: '党支部书记每届任期内至少参加1次轮训。',
  },
  double_report_register: {
    id: 'double_report_register',
    label: '双报到（到社区报到）',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([req('community', '报到须写明社区'), req('participants', '在职党员报到按本人计', '报到党员')], false),
    credits: ['participants'],
    description: '机关党组织和在职党员到社区报到；支部和党员一次登记。',
  },
  double_report_report: {
    id: 'double_report_report',
    label: '双报告（向社区报告）',
    group: 'party_life',
    scope: 'org',
    ownerKinds: PARTY_ORGS,
    fields: orgRecord([req('community', '报告对象为报到社区'), req('participants', '在职党员报告按本人计', '报告党员')], false),
    credits: ['participants'],
    description: '机关党组织和在职党员每年向报到社区报告情况。',
  },
  center_group_study: {
    id: 'center_group_study',
    label: '理论学习中心组集中学习',
    group: 'study',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('host'), opt('topic', '学习内容')]),
    credits: ['participants'],
    description: '每月至少1次。',
  },
  reading_class: {
    id: 'reading_class',
    label: '读书班',
    group: 'study',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic', '读书班主题')]),
    credits: ['participants'],
    description: '每年至少举办1期。',
  },
  first_topic: {
    id: 'first_topic',
    label: '党组会议“第一议题”',
    group: 'study',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([req('topic', '“第一议题”制度要求每次党组会议记明首先学习的内容', '第一议题学习内容')]),
    credits: ['participants'],
    description: '党组（党委）会议首先学习习近平总书记最新重要讲话和指示批示精神；每次会议登记1条。',
  },
  weekly_huddle: {
    id: 'weekly_huddle',
    label: '周碰头',
    group: 'work_mechanism',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([], false),
    credits: [],
    description: '每周1次工作碰头。',
  },
  monthly_summary: {
    id: 'monthly_summary',
    label: '月小结',
    group: 'work_mechanism',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([], false),
    credits: [],
    description: '每月1次工作小结。',
  },
  quarterly_check: {
    id: 'quarterly_check',
    label: '季督查',
    group: 'work_mechanism',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([], false),
    credits: [],
    description: '每季度1次督促检查。',
  },
  work_retreat: {
    id: 'work_retreat',
    label: '工作务虚会',
    group: 'work_mechanism',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic')]),
    credits: ['participants'],
    description: '每半年召开1次，分析研判、督促检查。',
  },
  monthly_book: {
    id: 'monthly_book',
    label: '月读一书',
    group: 'skill',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('month'), req('book_title', '“月精读1本书”须写明读的是哪本书')]),
    credits: ['person'],
    description: '每天学习1小时、月精读1本书。',
  },
  business_lecture: {
    id: 'business_lecture',
    label: '业务讲堂',
    group: 'skill',
    scope: 'org',
    ownerKinds: UNIT_OR_DEPARTMENT,
    fields: orgRecord([req('lecturer', '“轮流上讲台”须看得出谁讲'), opt('topic', '讲题')]),
    credits: ['lecturer', 'participants'],
    description: '每周一业务讲堂，干部轮流上讲台、讲业务。',
  },
  research_topic: {
    id: 'research_topic',
    label: '调研选题',
    group: 'skill',
    scope: 'org',
    ownerKinds: DEPARTMENT,
    fields: orgRecord([req('topic', '调研主题本身即是要求', '调研主题')], false),
    credits: [],
    description: '各科室年初确定1—2个调研主题，每个主题登记1条。',
  },
  research_report: {
    id: 'research_report',
    label: '调研报告',
    group: 'skill',
    scope: 'org',
    ownerKinds: DEPARTMENT,
    fields: orgRecord([req('topic', '报告须对应调研主题', '报告题目')], false),
    credits: [],
    description: '5月底前形成调研报告报分管领导审阅。',
  },
  research_exchange: {
    id: 'research_exchange',
    label: '调研成果交流活动',
    group: 'skill',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic')]),
    credits: ['participants'],
    description: '结合调研情况每年开展1次。',
  },
  business_exam: {
    id: 'business_exam',
    label: '业务知识闭卷考试',
    group: 'skill',
    scope: 'org',
    ownerKinds: UNIT_OR_DEPARTMENT,
    fields: orgRecord([req('participants', '每季度考试按参考人员计', '参考人员')]),
    credits: ['participants'],
    description: '每季度1次，成绩在一定范围内公布，作为评先评优依据（成绩另行导入，不在此填写）。',
  },
  qa_bank: {
    id: 'qa_bank',
    label: '业务知识问答汇编',
    group: 'skill',
    scope: 'org',
    ownerKinds: DEPARTMENT,
    fields: orgRecord([opt('topic', '问答名称')], false),
    credits: [],
    description: '科室就常用业务知识、政策规定和工作流程形成问答并汇总下发；附件可选。',
  },
  qa_quiz: {
    id: 'qa_quiz',
    label: '业务问答随机提问',
    group: 'skill',
    scope: 'org',
    ownerKinds: DEPARTMENT,
    fields: orgRecord([]),
    credits: ['participants'],
    description: '利用干部职工会、主题党日等对问答内容随机提问。',
  },
  annual_clean_plan: {
    id: 'annual_clean_plan',
    label: '年度党风廉政建设工作方案',
    group: 'clean',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic', '方案名称')], false),
    credits: [],
    description: '研究制定年度党风廉政建设工作方案及重点任务清单。',
  },
  leadership_clean_study: {
    id: 'leadership_clean_study',
    label: '班子研究党风廉政建设',
    group: 'clean',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic', '研究事项')]),
    credits: ['participants'],
    description: '领导班子每半年至少研究1次党风廉政建设工作。',
  },
  responsibility_report: {
    id: 'responsibility_report',
    label: '党风廉政建设责任制落实情况报告',
    group: 'clean',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic', '报告名称')], false),
    credits: [],
    description: '年底向上级书面报告落实年度党风廉政建设责任制情况。',
  },
  hear_report: {
    id: 'hear_report',
    label: '听取分管科室党风廉政建设汇报',
    group: 'clean',
    scope: 'org',
    ownerKinds: DEPARTMENT,
    fields: orgRecord([req('host', '按“班子成员×分管科室”计，须知道哪位班子成员听取', '听取汇报的班子成员')]),
    credits: ['host'],
    description: '所属组织填汇报的科室，班子成员每半年对每个分管科室至少听取1次。',
  },
  clean_lecture: {
    id: 'clean_lecture',
    label: '廉政党课',
    group: 'clean',
    scope: 'org',
    ownerKinds: ANYWHERE_IN_UNIT,
    fields: orgRecord([req('lecturer', '班子成员、“一把手”讲廉政党课按主讲人计'), opt('topic', '党课题目')]),
    credits: ['lecturer', 'participants'],
    description: '班子成员为分管科室干部讲廉政党课，“一把手”讲廉政党课；也可同时算作党课。',
  },
  clean_talk: {
    id: 'clean_talk',
    label: '廉政谈话',
    group: 'clean',
    scope: 'org',
    ownerKinds: DEPARTMENT,
    fields: orgRecord([req('host', '按“班子成员×分管科室”计，须知道谈话人', '谈话人'), opt('participants', '谈话对象')]),
    credits: ['host'],
    description: '所属组织填谈话对象所在科室；班子成员每半年与每个分管科室干部至少谈1次。',
  },
  warning_education: {
    id: 'warning_education',
    label: '警示教育',
    group: 'clean',
    scope: 'org',
    ownerKinds: ANYWHERE_IN_UNIT,
    fields: orgRecord([opt('topic', '警示教育片或案例')]),
    credits: ['participants'],
    description: '观看警示教育片、以案示警，每年不少于4次。',
  },
  discipline_education: {
    id: 'discipline_education',
    label: '纪律教育（廉政教育）',
    group: 'clean',
    scope: 'org',
    ownerKinds: ANYWHERE_IN_UNIT,
    fields: orgRecord([req('participants', '新入职、新任职干部的纪律教育按本人计'), opt('topic')]),
    credits: ['participants'],
    description: '对新入职党员干部和新任职党员领导干部开展纪律教育、廉政教育。',
  },
  family_activity: {
    id: 'family_activity',
    label: '家庭助廉活动',
    group: 'clean',
    scope: 'org',
    ownerKinds: ANYWHERE_IN_UNIT,
    fields: orgRecord([opt('topic')]),
    credits: ['participants'],
    description: '“树良好家风、建廉洁家庭”活动，每年至少1次。',
  },
  family_visit: {
    id: 'family_visit',
    label: '廉政家访',
    group: 'clean',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date'), opt('host', '家访人')], '被家访干部职工'),
    credits: ['person'],
    description: '本人填被家访的干部职工；每年至少开展1次。',
  },
  family_pledge: {
    id: 'family_pledge',
    label: '家属签订家庭助廉承诺书',
    group: 'clean',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date', undefined, '签订日期'), opt('family_member')], '干部职工'),
    credits: ['person'],
    description: '全体干部职工家属签订，按干部职工本人登记；可批量登记。',
  },
  eco_analysis: {
    id: 'eco_analysis',
    label: '政治生态分析研判',
    group: 'clean',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic')], false),
    credits: [],
    description: '每年1次；研判报告由平台依据台账、问题整改、评议等数据生成，无需另行填报数字。',
  },
  site_office: {
    id: 'site_office',
    label: '一线现场办公',
    group: 'frontline',
    scope: 'org',
    ownerKinds: UNIT_OR_DEPARTMENT,
    fields: orgRecord([
      req('host', '班子成员每季度现场办公按带队领导计', '带队班子成员'),
      req('place', '须到基层一线'),
      opt('participants', '随行人员'),
      opt('topic', '解决的问题'),
    ]),
    credits: ['host', 'participants'],
    description: '领导班子成员到基层一线现场办公，每季度至少1次；同行的班子成员列入随行人员即一并计数。',
  },
  propaganda: {
    id: 'propaganda',
    label: '到基层宣讲党的方针政策',
    group: 'frontline',
    scope: 'org',
    ownerKinds: UNIT_OR_DEPARTMENT,
    fields: orgRecord([req('lecturer', '班子成员每半年宣讲按宣讲人计', '宣讲人'), req('place', '须到基层'), opt('topic', '宣讲内容')], false),
    credits: ['lecturer'],
    description: '领导班子成员每半年至少到基层宣讲1次。',
  },
  field_trip: {
    id: 'field_trip',
    label: '下基层调研',
    group: 'frontline',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date_range', '按天数累计'), req('place', '须到基层一线或服务对象单位'), req('purpose', '写明调研事由')]),
    credits: ['person'],
    description: '班子成员每年至少90天、科室人员每年至少60天；按起止日期计天数。',
  },
  org_practical_matter: {
    id: 'org_practical_matter',
    label: '为挂钩村（社区）解决重点难点问题',
    group: 'frontline',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([req('place', '须写明挂钩村或网格社区', '挂钩村或社区'), req('topic', '了解到的需求即事项本身', '群众需求')], false),
    credits: [],
    stages: [
      { id: 'need', label: '了解需求', fields: ['date', 'topic'] },
      { id: 'claim', label: '认领问题', fields: ['claimed_on'] },
      { id: 'solve', label: '解决问题', fields: ['solved_on', 'solution'] },
      { id: 'improve', label: '完善机制', fields: ['improvement'] },
    ],
    countsFromStage: 'solve',
    description: '单位每年至少为挂钩村或网格社区解决1个重点、难点问题；解决后计数。',
  },
  pair_registration: {
    id: 'pair_registration',
    label: '结对帮扶农户登记',
    group: 'frontline',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date', undefined, '结对日期'), req('household', '“结对帮扶1户”须写明农户'), opt('place', '所在村')]),
    credits: ['person'],
    description: '在职党员干部至少结对帮扶1户农户，登记一次长期有效。',
  },
  pair_visit: {
    id: 'pair_visit',
    label: '结对帮扶走访',
    group: 'frontline',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date', undefined, '走访日期'), opt('household', '走访农户（默认本人结对户）')]),
    credits: ['person'],
    description: '每季度至少走访结对农户1次。',
  },
  practical_matter: {
    id: 'practical_matter',
    label: '为群众办实事',
    group: 'frontline',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date', undefined, '了解需求日期'), req('topic', '了解到的需求即事项本身', '群众需求')]),
    credits: ['person'],
    stages: [
      { id: 'need', label: '了解需求', fields: ['date', 'topic'] },
      { id: 'claim', label: '认领问题', fields: ['claimed_on'] },
      { id: 'solve', label: '解决问题', fields: ['solved_on', 'solution'] },
      { id: 'improve', label: '完善机制', fields: ['improvement'] },
    ],
    countsFromStage: 'solve',
    description: '“了解需求、认领问题、解决问题、完善机制”闭环；每年至少办1件，解决后计数。',
  },
  mass_contact: {
    id: 'mass_contact',
    label: '直接联系群众',
    group: 'frontline',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date'), opt('topic', '联系对象及事项')]),
    credits: ['person'],
    description: '党员干部直接联系群众；结对走访、办实事也一并计入。',
  },
  union_activity: {
    id: 'union_activity',
    label: '工会活动',
    group: 'care',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic')]),
    credits: ['participants'],
    description: '每季度开展1次。',
  },
  heart_talk: {
    id: 'heart_talk',
    label: '谈心谈话',
    group: 'care',
    scope: 'personal',
    ownerKinds: NONE,
    fields: personalRecord([req('date'), opt('host', '谈话人'), opt('trigger_reason')], '谈话对象'),
    credits: ['person'],
    description: '本人填谈话对象；结合岗位调整、工作变动、家庭变故常态开展。',
  },
  clean_check: {
    id: 'clean_check',
    label: '清洁机关检查（抽查、评比、通报）',
    group: 'care',
    scope: 'org',
    ownerKinds: UNIT,
    fields: orgRecord([opt('topic', '通报标题')], false),
    credits: [],
    description: '每月一抽查、一评比、一通报；科室评分表由检查模块生成，可作附件。',
  },
};

/** Kind labels for the UI. */
export const ACTIVITY_KIND_LABELS = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, ACTIVITY_KIND_DEFINITIONS[k].label])) as Record<
  ActivityKind,
  string
>;

export function isActivityKind(value: string): value is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(value);
}
