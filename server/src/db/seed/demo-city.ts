/** The org chart of 示范市, the demo city: units under the city and one 县区, each with its 科室. */
export interface DemoUnit {
  name: string;
  district?: string;
  departments: string[];
  branches: number;
}

const COMMON = ['办公室', '人事科', '机关党委办公室'];

export const DEMO_CITY = '示范市';
export const DEMO_DISTRICT = '示范市东湖区';

export const DEMO_UNITS: DemoUnit[] = [
  { name: '市委办公室', departments: [...COMMON, '秘书科', '综合调研科', '督查科', '信息科'], branches: 3 },
  { name: '市政府办公室', departments: [...COMMON, '秘书一科', '秘书二科', '督查室', '政务公开科'], branches: 3 },
  { name: '市纪委监委机关', departments: [...COMMON, '党风政风监督室', '信访室', '第一监督检查室', '案件审理室'], branches: 3 },
  { name: '市委组织部', departments: [...COMMON, '干部科', '组织科', '公务员管理科'], branches: 2 },
  { name: '市委宣传部', departments: [...COMMON, '理论科', '宣传科', '文艺科'], branches: 2 },
  { name: '市发展和改革委员会', departments: [...COMMON, '规划科', '投资科', '价格科', '经济运行科'], branches: 3 },
  { name: '市教育局', departments: [...COMMON, '基础教育科', '职业教育科', '教育督导科'], branches: 3 },
  { name: '市科学技术局', departments: [...COMMON, '科技计划科', '成果转化科'], branches: 2 },
  { name: '市工业和信息化局', departments: [...COMMON, '产业发展科', '信息化推进科', '中小企业科'], branches: 2 },
  { name: '市民政局', departments: [...COMMON, '社会救助科', '养老服务科', '社会组织管理科'], branches: 2 },
  { name: '市司法局', departments: [...COMMON, '法治督察科', '普法与依法治理科', '公共法律服务科'], branches: 2 },
  { name: '市财政局', departments: [...COMMON, '预算科', '国库科', '政府采购监管科', '会计科', '绩效管理科'], branches: 3 },
  { name: '市人力资源和社会保障局', departments: [...COMMON, '就业促进科', '社会保险科', '劳动关系科'], branches: 3 },
  { name: '市自然资源和规划局', departments: [...COMMON, '国土空间规划科', '耕地保护科', '不动产登记科'], branches: 3 },
  { name: '市生态环境局', departments: [...COMMON, '大气环境科', '水生态环境科', '执法监督科'], branches: 2 },
  { name: '市住房和城乡建设局', departments: [...COMMON, '房地产市场监管科', '建筑业科', '城市建设科'], branches: 3 },
  { name: '市交通运输局', departments: [...COMMON, '综合规划科', '公路管理科', '运输管理科'], branches: 2 },
  { name: '市农业农村局', departments: [...COMMON, '乡村振兴科', '种植业科', '农村经营管理科'], branches: 3 },
  { name: '东湖区财政局', district: DEMO_DISTRICT, departments: [...COMMON, '预算股', '国库股'], branches: 2 },
  { name: '东湖区民政局', district: DEMO_DISTRICT, departments: [...COMMON, '社会救助股', '基层政权股'], branches: 2 },
];

export const JOB_TITLES = ['科员', '科员', '科员', '一级科员', '四级主任科员', '三级主任科员', '二级主任科员', '一级主任科员'];
export const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '畲族', '满族', '壮族'];

/** One shared password for every demo account, listed in the README and printed at start. */
export const DEMO_PASSWORD = 'Mofan@2026';

export const DEMO_ACCOUNTS = [
  { username: 'admin', label: '系统管理员（全局）' },
  { username: 'gongwei', label: '工委管理员（示范市）' },
  { username: 'danwei', label: '单位管理员（市财政局）' },
  { username: 'yibashou', label: '一把手（市财政局局长，任职自动获得本单位查看范围）' },
  { username: 'banzi', label: '班子成员（市财政局副局长，分管预算科、国库科）' },
  { username: 'kezhang', label: '科室负责人（市财政局预算科科长）' },
  { username: 'shuji', label: '支部书记（市财政局机关第一党支部）' },
  { username: 'dangyuan', label: '党员（市财政局预算科）' },
  { username: 'zhigong', label: '干部职工（市财政局办公室，非党员）' },
  { username: 'shenji', label: '安全审计员（全局）' },
] as const;
