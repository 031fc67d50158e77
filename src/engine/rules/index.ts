import type { Rule } from '../rule.ts';
import { rule as absolutes } from './absolutes.ts';
import { rule as blame } from './blame.ts';
import { rule as condescension } from './condescension.ts';
import { rule as dismissal } from './dismissal.ts';
import { rule as falseReassurance } from './false-reassurance.ts';
import { rule as firmPhrase } from './firm-phrase.ts';
import { rule as guarantee } from './guarantee.ts';
import { rule as missingValidation } from './missing-validation.ts';
import { rule as neverAgain } from './never-again.ts';
import { rule as nonApology } from './non-apology.ts';
import { rule as outOfHours } from './out-of-hours.ts';
import { rule as overAvailability } from './over-availability.ts';
import { rule as sarcasm } from './sarcasm.ts';
import { rule as shouting } from './shouting.ts';
import { rule as thirdPartyOutcome } from './third-party-outcome.ts';
import { rule as threat } from './threat.ts';
import { rule as vagueTimeline } from './vague-timeline.ts';

/** Every rule, in alphabetical order of id (a test keeps it so). */
export const rules: readonly Rule[] = [
  absolutes,
  blame,
  condescension,
  dismissal,
  falseReassurance,
  firmPhrase,
  guarantee,
  missingValidation,
  neverAgain,
  nonApology,
  outOfHours,
  overAvailability,
  sarcasm,
  shouting,
  thirdPartyOutcome,
  threat,
  vagueTimeline,
];
