import type { IntegrityRiskListQuery, MajorDecisionListQuery } from '@mofan/shared';

/** Filters of the 廉政风险点 register, as the API names them. */
export type IntegrityRiskFilters = Partial<Omit<IntegrityRiskListQuery, 'page' | 'pageSize'>>;
/** Filters of the 三重一大 log, as the API names them. */
export type MajorDecisionFilters = Partial<Omit<MajorDecisionListQuery, 'page' | 'pageSize'>>;

export const integrityKeys = {
  all: ['integrity'] as const,
  risks: ['integrity', 'risks'] as const,
  riskList: (query: IntegrityRiskFilters & { page: number; pageSize: number }) => ['integrity', 'risks', query] as const,
  decisions: ['integrity', 'decisions'] as const,
  decisionList: (query: MajorDecisionFilters & { page: number; pageSize: number }) => ['integrity', 'decisions', query] as const,
};
