import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  FileDoneOutlined,
  BarChartOutlined,
  ScheduleOutlined,
  NotificationOutlined,
  FundProjectionScreenOutlined,
  CommentOutlined,
  ClearOutlined,
  SearchOutlined,
  ToolOutlined,
  CarryOutOutlined,
  SafetyOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  FileTextOutlined,
  FlagOutlined,
  HomeOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  SlidersOutlined,
  TeamOutlined,
  UploadOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { MeResponse, Permission } from '@mofan/shared';
import { canUseIntegrity, canUseLedger, canUseProblems, canUsePublicRequests, hasPermission } from '../lib/permissions';
import { canUseLeave } from '../features/leave/leave-access';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only to users holding it; the route checks it again. */
  permission?: Permission;
  /** For entries open on other grounds than one permission (an account linked to a person). */
  visible?: (me: MeResponse) => boolean;
  description: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: '首页', icon: <HomeOutlined />, description: '我的授权与常用入口' },
  { path: '/my-duties', label: '我的任务', icon: <CheckSquareOutlined />, visible: (me) => !!me.personId, description: '本期应完成的任务与完成情况' },
  { path: '/records', label: '台账', icon: <FileTextOutlined />, visible: canUseLedger, description: '一次录入，处处计数：会议、学习与个人记录' },
  { path: '/compliance', label: '落实情况', icon: <PieChartOutlined />, permission: 'records.read', description: '制度要求落实情况与组织生活大排查' },
  { path: '/compliance/city', label: '工委总览', icon: <DashboardOutlined />, permission: 'records.read', description: '各单位按创建体系维度的完成率' },
  { path: '/programmes', label: '创建体系', icon: <DeploymentUnitOutlined />, permission: 'records.read', description: '工委发布创建体系，各单位采纳并结合实际调整' },
  { path: '/catalogue', label: '制度要求目录', icon: <BookOutlined />, description: '创建体系与各项制度要求' },
  {
    path: '/catalogue/localise',
    label: '结合实际调整',
    icon: <SlidersOutlined />,
    permission: 'catalogue.write',
    description: '提高或停用制度要求，增设自定要求，查看下级的调整',
  },
  { path: '/directives', label: '督办件', icon: <NotificationOutlined />, permission: 'directives.read', description: '本单位承办协办的督办件：待签收、临期、逾期' },
  { path: '/directives/board', label: '督办看板', icon: <FundProjectionScreenOutlined />, permission: 'directives.supervise', description: '各承办单位督办件的亮灯与办理情况，立项与交办' },
  { path: '/inspections', label: '督查检查', icon: <SearchOutlined />, permission: 'inspections.read', description: '明查暗访、专项整治、自查抽查：检查计划、结果与发现的问题' },
  { path: '/problems', label: '问题与整改', icon: <ToolOutlined />, visible: canUseProblems, description: '问题标签与重复标记，整改亮灯、核验销号，问责，通报与台账' },
  { path: '/leave', label: '请销假', icon: <CarryOutOutlined />, visible: canUseLeave, description: '请假、审批、销假；科室不在岗人员' },
  { path: '/cleanliness', label: '清洁机关', icon: <ClearOutlined />, permission: 'inspections.read', description: '每月一抽查、一评比、一通报：检查表、随机抽查、评分排名与通报' },
  { path: '/public-requests', label: '群众诉求', icon: <CommentOutlined />, visible: canUsePublicRequests, description: '了解需求、认领问题、解决问题、完善机制；群众凭查询码查进度、评价' },
  { path: '/integrity', label: '廉政风险与三重一大', icon: <SafetyOutlined />, visible: canUseIntegrity, description: '岗位和流程的廉政风险点及年度复核；“三重一大”集体决策与表态顺序' },
  { path: '/tasks', label: '任务清单', icon: <ScheduleOutlined />, permission: 'tasks.read', description: '工作要点、重点任务、项目化清单：牵头、责任人、时限、工作标准' },
  { path: '/directive-reports', label: '督办统计', icon: <BarChartOutlined />, permission: 'directives.read', description: '按期办结率、逾期事项与平均用时；生成督办情况通报和督办台账' },
  { path: '/office-outputs', label: '精文减会', icon: <FileDoneOutlined />, permission: 'office.write', description: '各单位每月发文数与会议数，一次录入' },
  { path: '/calendar', label: '工作日历', icon: <CalendarOutlined />, description: '节假日与调休安排，按工作日计算期限；管理员录入次年安排' },
  { path: '/org/admin', label: '组织机构', icon: <ApartmentOutlined />, permission: 'org.read', description: '市、县区、单位与内设科室' },
  { path: '/org/party', label: '党组织', icon: <FlagOutlined />, permission: 'org.read', description: '机关党委、党总支、党支部与党小组' },
  { path: '/people', label: '人员', icon: <TeamOutlined />, permission: 'people.read', description: '干部职工信息与任职' },
  { path: '/roster/import', label: '花名册导入', icon: <UploadOutlined />, permission: 'people.import', description: '按模板批量导入人员' },
  { path: '/users', label: '账号与授权', icon: <UserSwitchOutlined />, permission: 'users.read', description: '账号、重置密码与角色授权' },
  { path: '/roles', label: '角色', icon: <SafetyCertificateOutlined />, permission: 'users.read', description: '角色及其权限' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.read', description: '登录与数据变更记录' },
];

export function visibleNavItems(me: MeResponse): NavItem[] {
  return NAV_ITEMS.filter((item) => (!item.permission || hasPermission(me, item.permission)) && (!item.visible || item.visible(me)));
}

/** The menu entry a path belongs to: the longest matching prefix, with '/' matching only itself. */
export function activeNavPath(pathname: string): string {
  let best = '/';
  for (const item of NAV_ITEMS) {
    if (item.path === '/') continue;
    if ((pathname === item.path || pathname.startsWith(`${item.path}/`)) && item.path.length > best.length) best = item.path;
  }
  return best;
}
