export const programmeKeys = {
  all: ['programmes'] as const,
  publications: (nodeId: string) => ['programmes', 'publications', nodeId] as const,
  ownRequirements: (nodeId: string) => ['programmes', 'own-requirements', nodeId] as const,
};

/**
 * An own requirement changes what the localisation page lists and what every overview below the
 * node counts: those features' key roots, spelled out the way the catalogue feature spells out compliance's.
 */
export const localisationKeyRoot = ['catalogue-localisation'] as const;
export const complianceKeyRoot = ['compliance'] as const;
