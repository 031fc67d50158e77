import type { Phrase } from '../types.ts';

/** Concrete moments and deadlines: a reader can put them in a calendar. */
export const concreteTimes: Phrase[] = [
  { pattern: '((this|next|on|by|until|before|from) )?{weekday}', note: 'a named weekday' },
  { pattern: 'today|tomorrow|tonight', note: 'a named day' },
  { pattern: 'this (morning|afternoon|evening|week)', note: 'a bounded stretch of today or this week' },
  { pattern: '{ordinal}( of)?( {month})?', note: '"the 16th", "20th of March"' },
  { pattern: '\\d{1,2} {month}|{month} \\d{1,2}', note: '"10 March", "March 10"' },
  { pattern: '\\d{1,2}/\\d{1,2}(/\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}', note: 'numeric dates' },
  { pattern: '{clock}', note: 'a clock time' },
  { pattern: '(by|at|before|until) ({day-part})', note: '"by close of business"' },
  { pattern: 'within {number} {time-unit}', note: 'a bounded interval' },
  { pattern: 'in {number} {time-unit}', note: '"in two days"' },
  { pattern: '(by|before|until) the end of (the|this|next) (week|month|day)', note: 'a stated deadline' },
  { pattern: '(by|before) {month}|in {month}|(by|before) the weekend', note: 'a stated deadline' },
  { pattern: 'same day|on the day|end of (the )?day', note: 'a same-day commitment' },
  { pattern: 'q[1-4]', note: 'a quarter' },
];
