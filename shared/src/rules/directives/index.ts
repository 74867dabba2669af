/** The deadline rules of 督办件 (issue 4): time limits, extensions, 亮灯 and progress reports. */
export * from './directive-limits';
export * from './directive-light';
