/**
 * The five programmes (创建体系) of the seeds, shipped as templates a 工委 publishes and a unit
 * localises (domain.md §7). Names and dimensions are quoted from the speeches in shared/seeds/;
 * the dimension codes are stable English identifiers that requirements are tagged with.
 */
import type { ProgrammeCode } from './types';

export interface ProgrammeDimension {
  /** Stable code (English snake_case), unique within its programme. */
  code: string;
  /** The seed's own words, e.g. 政治清明. */
  name: string;
  /**
   * A programme may carry more than one dimension set (五型 + 六廉 in [001]); the group names the
   * set so the overviews can show each set as its own block of columns.
   */
  group: string;
  description: string;
}

export interface ProgrammeDefinition {
  code: ProgrammeCode;
  name: string;
  /** The seed speech it comes from: shared/seeds/<seed>_*.txt. */
  seed: ProgrammeCode;
  /** The seed's own title line or slogan for the programme. */
  motto: string;
  description: string;
  dimensions: ProgrammeDimension[];
}

export const PROGRAMMES: readonly ProgrammeDefinition[] = [
  {
    code: '000',
    name: '“五清”模范机关',
    seed: '000',
    motto: '打造政治清明、干部清正、业务清楚、作风清廉、氛围清新的“五清”模范机关',
    description: '以“对标先进、争创一流”为目标，从政治、干部、业务、作风、氛围五个方面建设自身清、自身正、自身硬的模范机关。',
    dimensions: [
      {
        code: 'politics_clear',
        name: '政治清明',
        group: '五清',
        description: '锤炼对党忠诚的政治品格：第一议题、中心组学习、读书班、按期换届、“三会一课”、党章学习、讲党课，周碰头、月小结、季督查和务虚会。',
      },
      {
        code: 'cadres_upright',
        name: '干部清正',
        group: '五清',
        description: '弘扬公道正派的核心价值：严格监督管理、平时考核，管爱并重，家访、工会慰问，每季度1次工会活动。',
      },
      {
        code: 'business_clear',
        name: '业务清楚',
        group: '五清',
        description: '提升担当作为的能力素质：月读一书、每周一业务讲堂、调研主题与调研报告、调研成果交流、每季度闭卷考试、业务知识问答。',
      },
      {
        code: 'style_clean',
        name: '作风清廉',
        group: '五清',
        description: '加强廉洁高效的作风建设：清廉机关、党风廉政建设责任制、警示教育、家庭助廉、政治生态研判，项目工作法、一线工作法、我为群众办实事。',
      },
      {
        code: 'atmosphere_fresh',
        name: '氛围清新',
        group: '五清',
        description: '倡导积极向上的文明新风：人文建设，结合岗位调整、工作变动、家庭变故常态开展谈心谈话，“清洁机关”每月一抽查、一评比、一通报。',
      },
    ],
  },
  {
    code: '001',
    name: '“五型”机关（含“六廉”建设）',
    seed: '001',
    motto: '创建政治型、服务型、实干型、文明型、廉洁型“五型”模范机关，推进讲廉、传廉、唱廉、示廉、思廉、助廉“六廉建设”',
    description:
      '紧扣贯彻落实党的二十大精神这条主线，实施增强党组织政治功能和组织功能“两大工程”，强化“三项服务”；支部建设以政治功能强、支部班子强、党员队伍强、作用发挥强的“四强”为目标。',
    dimensions: [
      { code: 'political_type', name: '政治型', group: '五型', description: '在贯彻落实党的二十大精神上坚守“第一方阵”：全面学习、全面把握、全面贯彻。' },
      { code: 'service_type', name: '服务型', group: '五型', description: '服务中心、服务基层、服务群众：下基层、结对帮扶、“双报到、双报告”、联系服务群众。' },
      { code: 'practical_type', name: '实干型', group: '五型', description: '五年“路线图”、年度“任务书”、每月“施工图”，岗位大练兵大比武，务实管用、求实扎实。' },
      { code: 'civilized_type', name: '文明型', group: '五型', description: '机关政治文化与文明风尚：展示党员风采，关爱干部，营造和谐氛围。' },
      { code: 'clean_type', name: '廉洁型', group: '五型', description: '围绕“六廉”推进廉洁型机关建设，“四警”教育，筑牢作风防线、严守纪律红线、巩固监督底线。' },
      { code: 'integrity_speak', name: '讲廉', group: '六廉', description: '领导干部讲廉政党课、讲纪律规矩。' },
      { code: 'integrity_spread', name: '传廉', group: '六廉', description: '把廉洁要求传导到每名干部：廉政谈话、新入职和新任职干部的纪律教育、廉政教育。' },
      { code: 'integrity_sing', name: '唱廉', group: '六廉', description: '以文艺形式弘扬廉洁文化（由单位结合实际设置项目）。' },
      { code: 'integrity_show', name: '示廉', group: '六廉', description: '典型案例警示教育、以案示警。' },
      { code: 'integrity_reflect', name: '思廉', group: '六廉', description: '研究、研判、自省：班子研究党风廉政建设、政治生态分析研判、责任制落实情况报告。' },
      { code: 'integrity_assist', name: '助廉', group: '六廉', description: '家庭助廉：家庭助廉活动、廉政家访、家属助廉承诺。' },
      { code: 'strong_political_function', name: '政治功能强', group: '四强支部', description: '“四强”党支部：主题党日、组织生活会、政治仪式等严肃党内政治生活。' },
      { code: 'strong_branch_committee', name: '支部班子强', group: '四强支部', description: '“四强”党支部：按期换届、支部委员会、党支部书记轮训。' },
      { code: 'strong_member_team', name: '党员队伍强', group: '四强支部', description: '“四强”党支部：党员大会、党小组会、党课，党员领导干部双重组织生活。' },
      { code: 'strong_role_play', name: '作用发挥强', group: '四强支部', description: '“四强”党支部：“双报到、双报告”、结对帮扶、为群众办实事。' },
    ],
  },
  {
    code: '002',
    name: '让党放心、人民满意的模范机关',
    seed: '002',
    motto: '把机关建设成为讲政治、守纪律、负责任、有效率的模范机关',
    description: '按照《实施方案》和《重点任务指引》，聚焦政治引领、工作作风、服务效能、队伍建设“当先锋、作表率”，上下联动推进。',
    dimensions: [
      { code: 'stress_politics', name: '讲政治', group: '模范机关', description: '永葆对党忠诚，推动在政治引领上再提升：理论武装、严肃党内政治生活、“三会一课”、民主评议党员。' },
      { code: 'observe_discipline', name: '守纪律', group: '模范机关', description: '严守政治纪律和政治规矩，纪律教育、警示教育，加强对“一把手”和领导班子监督。' },
      { code: 'take_responsibility', name: '负责任', group: '模范机关', description: '站稳人民立场：党员干部直接联系群众全覆盖，“我为群众办实事”闭环，压实主体责任。' },
      { code: 'be_efficient', name: '有效率', group: '模范机关', description: '聚焦中心大局，项目化引领、清单化推进，提升服务效能，能量化的尽量量化。' },
    ],
  },
  {
    code: '003',
    name: '机关作风建设',
    seed: '003',
    motto: '坚持文化筑魂、制度固本、效能塑型，全面落实机关作风建设',
    description:
      '针对“散、满、推、浮、混、乱”六种现象，查找思想作风、工作作风、领导作风、生活作风方面的突出问题并整改；以机关文化、机关制度、机关效能三项建设推进。',
    dimensions: [
      { code: 'thought_style', name: '思想作风', group: '作风领域', description: '理想信念与学习：集中学习和个人自学、学习型机关建设。' },
      { code: 'work_style', name: '工作作风', group: '作风领域', description: '责任心、敬业精神、深入基层具体指导，不推诿扯皮、不浮在上面。' },
      { code: 'leadership_style', name: '领导作风', group: '作风领域', description: '领导带头抓示范、率先垂范，带头讲廉政党课，一级抓一级。' },
      { code: 'life_style', name: '生活作风', group: '作风领域', description: '八小时外和家庭：廉洁家风、家庭助廉。' },
      { code: 'culture_building', name: '文化筑魂', group: '建设举措', description: '机关文化建设：机关精神、学习型机关、“XX讲堂”、群体活动、廉政课堂与警示教育。' },
      { code: 'institution_building', name: '制度固本', group: '建设举措', description: '机关制度建设：建立完善制度、树立制度权威、自查抽查督查制度执行。' },
      { code: 'efficiency_building', name: '效能塑型', group: '建设举措', description: '机关效能建设：制度化规范化、依法履职、提速增效、明查暗访整庸治懒。' },
    ],
  },
  {
    code: '004',
    name: '清廉机关',
    seed: '004',
    motto: '以机关党建引领清廉机关建设，营造“干部清正、政府清廉、政治清明、社会清朗”的清廉政治生态',
    description: '突出政治机关属性、深耕清廉机关“责任田”、践行担当作为实绩，将清廉机关建设融入模范机关创建。',
    dimensions: [
      { code: 'cadres_upright', name: '干部清正', group: '清廉政治生态', description: '纪律教育常态化，“一把手”讲廉政党课全覆盖，加强机关纪委建设。' },
      { code: 'government_clean', name: '政府清廉', group: '清廉政治生态', description: '压实清廉机关建设主体责任，与机关党建同谋划、同研究、同部署、同考核；清廉窗口。' },
      { code: 'politics_clear', name: '政治清明', group: '清廉政治生态', description: '规范党内政治生活，“三会一课”、民主评议党员，做实政治生态分析研判，“五学”理论学习。' },
      { code: 'society_clear', name: '社会清朗', group: '清廉政治生态', description: '“双报到、双报告”，党员联系群众，下基层察民情解民忧暖民心。' },
    ],
  },
];

/** The programme with the given code; every code of PROGRAMME_CODES has one. */
export function programmeByCode(code: ProgrammeCode): ProgrammeDefinition {
  const found = PROGRAMMES.find((p) => p.code === code);
  if (!found) throw new Error(`unknown programme ${code}`);
  return found;
}
