import type { Phrase } from '../types.ts';

/** Where "you always/never" is not about the reader's habits: help texts, rights, reassurance. */
const NOT_A_HABIT =
  '(?! (know|have (the|a|an) (right|option|choice)|have to|need to|needed to|had to|can|could|may|might|will|would|should|be|deserve|deserved|welcome)(?![\\p{L}]))';

/** Sweeping claims about the reader: "you always", "you never", "every single time". */
export const phrases: Phrase[] = [
  {
    pattern: `(?<!(if|unless|whether|thank|make sure|ensure|hope|promise|sure) )you (always|never|constantly|continually|continuously|repeatedly|invariably|forever)${NOT_A_HABIT}`,
    note: '"you never know", "you always have the right to appeal" and "you can always call" are left alone',
  },
  {
    pattern:
      "you('re| are) (always|constantly|forever|continually) (\\p{L}+ing|late|on the phone|on at (us|me))(?![\\p{L}])",
    note: '"you\'re always welcome" is not in the list',
  },
  {
    pattern: "you('ve| have) never (once )?(?!been |had |needed |missed |let )\\p{L}+",
    rewrite: "you haven't always",
    note: '"you\'ve never been a burden" and "you\'ve never missed a payment" are kind and are left alone',
  },
  { pattern: '(?<!(if|unless|whether) )you keep (on )?\\p{L}+ing(?![\\p{L}])' },
  {
    pattern:
      '(every single|each and every) time(?= (you|there|we|something|anything|i|it|the|a|this|that|someone)(?![\\p{L}]))',
    rewrite: 'sometimes when',
  },
  { pattern: '(every single|each and every) time', rewrite: 'sometimes' },
  {
    pattern:
      "(that's|this is|that is|it's|it is)(?<!(sorry|apologi[sz]e|apologies|regret|ashamed|embarrassed)( that)? (that's|this is|that is|it's|it is)) (now )?the ({repeat-ordinal}) time (this|today|you|in|that you|we've had to)(?![\\p{L}])",
    note: 'counting the reader\'s repeats; "the third time we\'ve let you down" and "I\'m sorry it\'s the second time this month" are ownership',
  },
];

/** Softer words for the sweeping ones, put in their place. */
export const softer: Readonly<Record<string, string>> = {
  always: 'sometimes',
  never: "don't always",
  constantly: 'sometimes',
  continually: 'sometimes',
  continuously: 'sometimes',
  repeatedly: 'sometimes',
  invariably: 'sometimes',
  forever: 'sometimes',
  keep: 'have been',
  'keep on': 'have been',
};
