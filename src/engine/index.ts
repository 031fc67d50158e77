export { Analyzer, analyze } from './analyze.ts';
export { checklistLabel } from './checklist.ts';
export type { Rule } from './rule.ts';
export { rules } from './rules/index.ts';
export { parseOfficeHours, ScheduleError, weeklyHours } from './schedule.ts';
export * from './types.ts';
