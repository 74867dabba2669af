/** The rules of 督查 and 整改 (issue 5): repeat problems and the 整改 light. */
export * from './problem-repeats';
export * from './rectification-light';
