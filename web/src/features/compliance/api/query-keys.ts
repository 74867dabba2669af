/** Under the root the records mutations invalidate: a saved record recomputes every view below. */
export const complianceKeys = {
  all: ['compliance'] as const,
  overview: (unitId: string, year: number) => ['compliance', 'overview', unitId, year] as const,
  detail: (unitId: string, requirementId: string, year: number, period: string) => ['compliance', 'detail', unitId, requirementId, year, period] as const,
  branchGrid: (unitId: string, year: number) => ['compliance', 'branch-grid', unitId, year] as const,
  myDuties: ['compliance', 'my-duties'] as const,
  warnings: ['compliance', 'warnings'] as const,
  city: (q: { year: number; programme: string; nodeId?: string }) => ['compliance', 'city', q] as const,
};
