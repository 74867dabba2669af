export * from './types';
export * from './programmes';
export * from './activity-kinds';
export * from './requirements';
export * from './burden';
export * from './rule-spec';
export * from './record-checks';
export * from './localize';
