/** Pure compliance rules (issue 3): periods, bindings and the verdict per target × requirement × period. */
export * from './calendar';
export * from './intervals';
export * from './periods';
export * from './types';
export * from './binding';
export * from './evidence';
export * from './result';
export * from './count';
export * from './amount';
export * from './coverage';
export * from './deadline';
export * from './trigger';
export * from './evaluate';
export * from './warning';
