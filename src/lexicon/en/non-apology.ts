import type { Phrase } from '../types.ts';

/** Apologies that put the problem in the reader's feelings rather than in what happened. */
export const phrases: Phrase[] = [
  {
    pattern:
      "(i'm|i am|we're|we are|i'm very|i'm really) (so |very |really |truly )?sorry (that )?you (feel|felt|think|thought|see (it|things)) (that way|this way|like that|so|otherwise)",
    rewrite: "I'm sorry this has been so frustrating",
    note: '"I can see why you feel that way" is validation and "sorry you were spoken to that way" owns a failing',
  },
  {
    pattern:
      "((i'm|i am|we're|we are) (so |very |really |truly )?sorry|(i|we) (apologi[sz]e|apologi[sz]e sincerely)|apologies|sorry) if (you|anyone|my|our|this|that|it|the|i|we) … (offended|upset|hurt|bothered|annoyed|insulted|took offence|took offense|took it the wrong way|misunderstood|came across|caused (any )?offen[cs]e|felt)( by (the|my|our|this|that|what) [^,.;:!?]{1,30})?",
    rewrite: "I'm sorry for the upset this caused",
    note: 'the "if" doubts the hurt; "sorry if this causes any inconvenience" is boilerplate, not this',
  },
  {
    pattern:
      "((i'm|i am|we're|we are) (so |very |really |truly )?sorry|(i|we) apologi[sz]e|apologies|sorry) if (the|my|our) (tone|wording|way|manner|language|comments?|remarks?|email|message|reply|response|note)( [^,.;:!?]{1,40})? (upset|offended|hurt|annoyed|bothered|insulted|came across)",
    rewrite: "I'm sorry for the upset this caused",
    note: 'the "if" doubts the hurt, however long the thing named: "sorry if the tone of my last email upset you"',
  },
  {
    pattern:
      "(i'm|i am|we're|we are) (so |very |really |truly )?sorry (that )?you (were|are|felt|feel|got|have been|'re|'ve been) (so )?(offended|insulted)|(we|i) regret (that )?you (feel|felt) (that way|this way|like that|so)",
    rewrite: "I'm sorry for the upset this caused",
  },
  {
    pattern:
      "(i'm|i am|we're|we are) (so |very |really |truly )?sorry (that )?you (feel|felt|have felt|thought|think) (the need|it necessary|compelled|obliged|forced|you (had|have|needed|need)) to",
    rewrite: 'Thank you for taking the time to',
    note: 'sorry for the reader\'s choice to complain ("sorry you felt the need to leave a one-star review"), not for what drove it',
  },
  {
    pattern:
      "(i'm|i am|we're|we are) (so |very |really |truly )?sorry (that )?you (feel|felt|think|believe)( that)?(?= (we|i|our|my|your|the|this|it|it's|things)(?![\\p{L}]))",
    rewrite: "I'm sorry",
    note: '"sorry you feel we let you down" and "sorry you feel your stay was ruined" become real apologies ("sorry your stay was ruined")',
  },
  { pattern: 'mistakes were made', rewrite: 'we made mistakes', note: 'the passive hides who made them' },
];
