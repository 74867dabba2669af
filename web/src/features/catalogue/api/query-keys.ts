/**
 * Localisations live apart from ['catalogue'] (the seed catalogue, cached for the session), so
 * saving a setting refetches what a node is bound by without refetching the seed data.
 */
export const localisationKeys = {
  all: ['catalogue-localisation'] as const,
  effective: (nodeId: string) => ['catalogue-localisation', 'effective', nodeId] as const,
  settings: (nodeId: string) => ['catalogue-localisation', 'settings', nodeId] as const,
};

/** A localised requirement changes what every overview below the node counts. */
export const complianceKeyRoot = ['compliance'] as const;
