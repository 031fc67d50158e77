import type { Rule } from '../rule.ts';
import { rule as firmPhrase } from './firm-phrase.ts';
import { rule as outOfHours } from './out-of-hours.ts';
import { rule as overAvailability } from './over-availability.ts';
import { rule as vagueTimeline } from './vague-timeline.ts';

/** Every rule, in alphabetical order of id (a test keeps it so). */
export const rules: readonly Rule[] = [
  firmPhrase,
  outOfHours,
  overAvailability,
  vagueTimeline,
];
