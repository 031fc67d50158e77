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
      "(i'm|i am|we're|we are) (so |very |really |truly )?sorry (that )?you (were|are|felt|feel|got|have been|'re|'ve been) (so )?(offended|insulted)|(we|i) regret (that )?you (feel|felt) (that way|this way|like that|so)",
    rewrite: "I'm sorry for the upset this caused",
  },
  {
    pattern:
      "(i'm|i am|we're|we are) (so |very |really |truly )?sorry (that )?you (feel|felt|think|believe)( that)?(?= (we|i|our|my)(?![\\p{L}]))",
    rewrite: "I'm sorry",
    note: '"sorry you feel we let you down" becomes the real apology "sorry we let you down"',
  },
  { pattern: 'mistakes were made', rewrite: 'we made mistakes', note: 'the passive hides who made them' },
];
