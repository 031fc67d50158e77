import type { Phrase } from '../types.ts';

/** Repeats counted only out of exasperation: a second email is just a second email. */
const LATER = 'fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|umpteenth|nth|hundredth|millionth';
const LATE_ORDINAL = `(third|${LATER})`;

/** Praise or thanks that mean the opposite. */
export const phrases: Phrase[] = [
  {
    pattern:
      '^(oh,? |well,? )?(great|wonderful|fantastic|brilliant|perfect|lovely|super|terrific|marvellous|marvelous|excellent|fabulous|oh good|how lovely|just great|just perfect)(,|\\u2014| -)? ((yet )?(another|one more)|an? (third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth))(?! (thing|question|option|idea|point)(?![\\p{L}]))',
    rewrite: 'thanks for letting me know about the',
    note: 'only at the start of a sentence: "great, one more thing" is sincere and not in the list',
  },
  {
    pattern: '(lovely|nice|great|good|wonderful|delightful|a pleasure) to hear from you (again )?(so soon|already)',
    rewrite: 'thanks for getting in touch again',
  },
  {
    pattern: `(?<=(thanks|thank you) for (your|the|yet another|another) )${LATE_ORDINAL}(?= (email|e-mail|message|call|voicemail|text|complaint|reminder|chaser|request|change|revision|note)s?(?![\\p{L}]))`,
    rewrite: '',
    note: 'thanking while counting',
  },
  {
    pattern: `(?<=(happy|glad|delighted|thrilled|pleased|love) to [^.;!?]{1,60})(a|for the) (${LATER}) time`,
    note: '"happy to look at it a third time" can be sincere; by the fourth it is not',
    rewrite: 'once more',
  },
  { pattern: '(?<=(thanks|thank you) for )(finally|eventually)', rewrite: '' },
  { pattern: '(so |how )?(nice|good|kind|thoughtful|lovely) of you to (finally|eventually)' },
  {
    pattern:
      "(we're|we are|i'm|i am) not (magicians|miracle workers|mind-readers|mind readers)|(expect|expecting|expected|want|wanting|ask|asking) (us|me) to (work|perform|pull off|produce) (miracles|a miracle|magic)|(can't|cannot) (work|perform) miracles|(can't|cannot) read (your )?minds?",
  },
  { pattern: 'good luck with that|nice try|thanks for nothing|must be nice' },
  {
    pattern:
      '^(oh,? |well,? )?(great|wonderful|fantastic|brilliant|perfect|lovely|marvellous|marvelous|oh good)(,|\\u2014| -)? so [^.;!?]{1,60} again(?=\\s*([.!]|$))',
    note: '"Great, so the plan has changed again." greets a repeat with mock cheer',
  },
  {
    pattern: `(?<=, )for the (${LATER}) time(?=\\s*([.!]|$))`,
    rewrite: '',
    note: 'tagged on at the end: "I\'ll let the architect know, for the fourth time"',
  },
  {
    pattern:
      "^(i'm |i am |we're |we are )?not sure what (else )?you (were|are) expecting(?=\\s*([.!]|$))|^what (else )?(did|do) you expect(?=\\s*([.!?]|$))",
    note: 'the shrug that ends a sentence; "I\'m not sure what you were expecting to receive, so could you tell me?" asks and is left alone',
  },
  {
    pattern: 'more (your (style|thing|speed|cup of tea)|up your (street|alley)) (next time|in future|in the future)',
    note: 'steering the reader elsewhere "next time"; "the blue option might be more your style" is a sincere suggestion and is left alone',
  },
  { pattern: '(glad|nice|good|great) (that )?you (finally|eventually) ' },
];

/**
 * Thanks made loud: "thanks SO much" is sarcasm, "thanks so much" is not. The rule keeps a hit
 * only when one of its words is written in capitals.
 */
export const loudThanks: Phrase[] = [
  { pattern: '(thanks|thank you) (so+|very|really|a lot|a million)( much)?', rewrite: 'thank you' },
];
