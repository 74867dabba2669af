export * from './org';
export * from './people';
export * from './auth';
export * from './audit';
export * from './imports';
export * from './settings';
export * from './records';
export * from './catalogue';
