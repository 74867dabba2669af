/** Enumerations shared by server and web, each with its Chinese label for the UI. */

export const ORG_TREES = ['admin', 'party'] as const;
export type OrgTree = (typeof ORG_TREES)[number];

/** Kinds of node in the administrative tree (行政树) and the party tree (党组织树). */
export const ADMIN_NODE_KINDS = ['city', 'district', 'system', 'unit', 'department'] as const;
export const PARTY_NODE_KINDS = ['party_committee', 'general_branch', 'branch', 'party_group'] as const;
export const ORG_NODE_KINDS = [...ADMIN_NODE_KINDS, ...PARTY_NODE_KINDS] as const;
export type AdminNodeKind = (typeof ADMIN_NODE_KINDS)[number];
export type PartyNodeKind = (typeof PARTY_NODE_KINDS)[number];
export type OrgNodeKind = (typeof ORG_NODE_KINDS)[number];

export const ORG_NODE_KIND_LABELS: Record<OrgNodeKind, string> = {
  city: '市',
  district: '县区',
  system: '系统',
  unit: '单位',
  department: '内设科室',
  party_committee: '机关党委',
  general_branch: '党总支',
  branch: '党支部',
  party_group: '党小组',
};

/**
 * Which kinds may stand under which. `null` means a root: the city in the admin tree,
 * and in the party tree the top party organisation of a unit (its parent is the unit,
 * recorded as `unitId`, not as a party parent).
 */
export const ALLOWED_PARENT_KINDS: Record<OrgNodeKind, readonly (OrgNodeKind | null)[]> = {
  city: [null],
  district: ['city', 'district'],
  system: ['city', 'district'],
  unit: ['city', 'district', 'system'],
  department: ['unit'],
  party_committee: [null],
  general_branch: [null, 'party_committee'],
  branch: [null, 'party_committee', 'general_branch'],
  party_group: ['branch'],
};

export function treeOfKind(kind: OrgNodeKind): OrgTree {
  return (ADMIN_NODE_KINDS as readonly string[]).includes(kind) ? 'admin' : 'party';
}

/** Posts (职务/党内职务) a person holds in an org node, with start and end dates. */
export const POST_ROLES = [
  'top_leader',
  'leadership_member',
  'department_head',
  'department_member',
  'branch_secretary',
  'branch_committee_member',
  'discipline_member',
  'party_group_leader',
] as const;
export type PostRole = (typeof POST_ROLES)[number];

export const POST_ROLE_LABELS: Record<PostRole, string> = {
  top_leader: '一把手',
  leadership_member: '班子成员',
  department_head: '科室负责人',
  department_member: '科室成员',
  branch_secretary: '支部书记',
  branch_committee_member: '支部委员',
  discipline_member: '纪检委员',
  party_group_leader: '党小组长',
};

/** The node kinds each post may be held in. */
export const POST_ROLE_NODE_KINDS: Record<PostRole, readonly OrgNodeKind[]> = {
  top_leader: ['unit'],
  leadership_member: ['unit'],
  department_head: ['department'],
  department_member: ['department'],
  branch_secretary: ['party_committee', 'general_branch', 'branch'],
  branch_committee_member: ['party_committee', 'general_branch', 'branch'],
  discipline_member: ['party_committee', 'general_branch', 'branch'],
  party_group_leader: ['party_group'],
};

export const POLITICAL_STATUSES = [
  'party_member',
  'probationary_member',
  'league_member',
  'democratic_party',
  'masses',
] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

export const POLITICAL_STATUS_LABELS: Record<PoliticalStatus, string> = {
  party_member: '中共党员',
  probationary_member: '中共预备党员',
  league_member: '共青团员',
  democratic_party: '民主党派',
  masses: '群众',
};

export function isPartyMember(status: PoliticalStatus): boolean {
  return status === 'party_member' || status === 'probationary_member';
}

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

export const PERSON_STATUSES = ['active', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = { active: '在职', left: '已调离' };

/** Permissions a role may carry. Each is checked against the data scope of the grant. */
export const PERMISSIONS = [
  'org.read',
  'org.write',
  'people.read',
  'people.write',
  'people.import',
  'people.export',
  'users.read',
  'users.write',
  'roles.write',
  'audit.read',
  'records.read',
  'records.write',
  'catalogue.write',
  'calendar.write',
  'tasks.read',
  'tasks.write',
  'directives.read',
  'directives.handle',
  'directives.supervise',
  'office.write',
  'inspections.read',
  'inspections.write',
  'rectifications.handle',
  'leave.approve',
  'requests.handle',
  'integrity.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'org.read': '查看组织',
  'org.write': '维护组织',
  'people.read': '查看人员',
  'people.write': '维护人员',
  'people.import': '导入花名册',
  'people.export': '导出人员',
  'users.read': '查看账号',
  'users.write': '管理账号与授权',
  'roles.write': '管理角色',
  'audit.read': '查看审计日志',
  'records.read': '查看台账',
  'records.write': '登记台账',
  'catalogue.write': '调整制度要求（结合实际）',
  'calendar.write': '维护工作日历（节假日与调休）',
  'tasks.read': '查看任务清单',
  'tasks.write': '维护任务清单（工作要点、重点任务、项目化清单）',
  'directives.read': '查看督办件',
  'directives.handle': '承办督办件（签收、报告进展、办结）',
  'directives.supervise': '督查督办（立项、交办、审核、销号、催办、批准延期）',
  'office.write': '登记发文与会议（精文减会）',
  'inspections.read': '查看督查、问题与整改',
  'inspections.write': '组织督查、登记问题、核验整改、问责、清洁检查',
  'rectifications.handle': '落实整改（报告进展、提交整改结果）',
  'leave.approve': '审批请假',
  'requests.handle': '受理和办理群众诉求',
  'integrity.write': '维护廉政风险点与三重一大记录',
};

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];
export const AUDIT_RESULT_LABELS: Record<AuditResult, string> = {
  success: '成功',
  failure: '失败',
  denied: '拒绝',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出',
  'auth.lockout': '账号锁定',
  'auth.password_change': '修改密码',
  'auth.password_reset': '重置密码',
  'access.denied': '越权访问被拒',
  'org.create': '新建组织',
  'org.update': '修改组织',
  'org.delete': '删除组织',
  'person.create': '新建人员',
  'person.update': '修改人员',
  'person.delete': '删除人员',
  'post.create': '任职',
  'post.update': '修改任职',
  'post.delete': '删除任职',
  'exemption.create': '登记免考核期间',
  'exemption.update': '修改免考核期间',
  'exemption.delete': '删除免考核期间',
  'people.import': '导入花名册',
  'people.export': '导出人员',
  'user.create': '新建账号',
  'user.update': '修改账号',
  'user.unlock': '解锁账号',
  'grant.create': '授予角色',
  'grant.delete': '撤销角色',
  'role.create': '新建角色',
  'role.update': '修改角色',
  'role.delete': '删除角色',
  'record.create': '登记台账',
  'record.update': '修改台账',
  'record.delete': '删除台账',
  'records.import': '导入台账',
  'requirement.localize': '调整制度要求',
  'own_requirement.create': '增设自定要求',
  'own_requirement.update': '修改自定要求',
  'own_requirement.delete': '删除自定要求',
  'programme.publish': '发布创建体系',
  'programme.withdraw': '撤回创建体系',
  'programme.adopt': '采纳创建体系',
  'system.backup': '备份数据',
  'system.restore': '恢复备份',
  'calendar.year_save': '录入工作日历年度安排',
  'calendar.year_delete': '删除工作日历年度',
  'calendar.day_set': '调整工作日历某日',
  'calendar.day_clear': '恢复工作日历某日',
  'directive.create': '督办件立项',
  'directive.update': '修改督办件',
  'directive.assign': '交办督办件',
  'directive.sign': '签收督办件',
  'directive.report': '报告督办件进展',
  'directive.complete': '督办件办结',
  'directive.close': '督办件销号',
  'directive.reject': '退回督办件',
  'directive.urge': '催办督办件',
  'directive.extension.request': '申请督办件延期',
  'directive.extension.approve': '批准督办件延期',
  'directive.extension.reject': '不予督办件延期',
  'directive.webhook.set': '设置督办提醒群机器人',
  'directive.webhook.delete': '删除督办提醒群机器人',
  'office_output.create': '登记发文或会议',
  'office_output.update': '修改发文或会议',
  'office_output.delete': '删除发文或会议',
  'task_plan.create': '新建任务清单',
  'task_plan.update': '修改任务清单',
  'task_plan.issue': '下发任务清单',
  'task_plan.delete': '删除任务清单',
  'task_plan.localise': '转化重点任务指引',
  'task_item.create': '新增任务',
  'task_item.update': '修改任务',
  'task_item.delete': '删除任务',
  'task_item.progress': '报告任务进展',
  'task_item.complete': '报告任务完成',
  'task_item.verify': '核验任务',
  'task_item.reject': '核验退回',
  'task_item.drop': '取消任务',
  'task_milestone.create': '设定节点',
  'task_milestone.update': '修改节点',
  'task_milestone.delete': '删除节点',
  'inspection.create': '制定检查计划',
  'inspection.update': '修改检查计划',
  'inspection.complete': '检查完成',
  'inspection.delete': '删除检查计划',
  'problem.create': '登记问题',
  'problem.update': '修改问题',
  'problem.delete': '删除问题',
  'problem.accountability.create': '记录问责',
  'problem.accountability.delete': '删除问责记录',
  'rectification.create': '交付整改',
  'rectification.update': '修改整改要求',
  'rectification.progress': '报告整改进展',
  'rectification.evidence': '提交整改佐证',
  'rectification.submit': '提交整改完成情况',
  'rectification.accept': '核验通过（销号）',
  'rectification.reopen': '核验退回',
  'rectification.escalate': '整改逾期转督办',
  'public_request.create': '登记群众诉求',
  'public_request.update': '修改群众诉求',
  'public_request.claim': '认领群众诉求',
  'public_request.solve': '群众诉求解决问题',
  'public_request.close': '群众诉求完善机制办结',
  'public_request.revisit': '群众诉求回访',
  'public_request.reissue_code': '重新生成查询码',
  'public_request.feedback': '群众评价办理结果',
  'integrity_risk.create': '登记廉政风险点',
  'integrity_risk.update': '修改廉政风险点',
  'integrity_risk.review': '廉政风险点年度复核',
  'integrity_risk.delete': '删除廉政风险点',
  'major_decision.create': '登记三重一大决策',
  'major_decision.update': '修改三重一大决策',
  'major_decision.delete': '删除三重一大决策',
  'leave.request': '请假',
  'leave.approve': '批准请假',
  'leave.reject': '不予批准请假',
  'leave.cancel': '撤销请假',
  'leave.return': '销假',
  'cleanliness_item.create': '增设清洁机关检查项目',
  'cleanliness_item.update': '修改清洁机关检查项目',
  'cleanliness_item.standard': '套用清洁机关标准检查表',
  'cleanliness_check.draw': '清洁机关随机抽查科室',
  'cleanliness_check.score': '清洁机关检查评分',
  'cleanliness_check.publish': '发布清洁机关检查通报',
};
