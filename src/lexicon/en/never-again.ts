import type { Phrase } from '../types.ts';

const SAME =
  '(this|it|that|such a thing|something like (this|that)|anything like (this|that)|this (kind|sort) of thing|an? (mistake|problem|delay|error|mix-up|leak|failure|breach|outage) like (this|that)|the same (thing|mistake|problem|error))';
const RECUR = '(happen|occur|recur|be repeated|arise|come up)( (to you|here))?';

/**
 * "Never again" about a failure: nobody can promise it, and the next slip turns an apology into a
 * broken promise. The rewrite commits to effort instead.
 */
export const recurrences: Phrase[] = [
  {
    pattern:
      '(no one|nobody|none of (us|our (team|staff|people)))( (here|on (our|the) (team|staff)))? (will|is going to|shall) ever … again',
    note: '"nobody on our team will ever double-book you again" is "never again" said of people',
    rewrite: "we'll do everything we can to stop this happening again",
  },
  {
    pattern: `${SAME}( will|'ll| shall) never (ever )?${RECUR}( again)?`,
    rewrite: "we'll do everything we can to stop this happening again",
  },
  {
    pattern: `${SAME}( won't| will not| shan't| is not going to| isn't going to|'s not going to) (ever )?${RECUR}( ever)? again`,
    rewrite: "we'll do everything we can to stop this happening again",
  },
  {
    pattern: `(?<=(and|so) )((will|shall) never (ever )?|(won't|will not|shan't) (ever )?)${RECUR}( ever)? again`,
    rewrite: "we'll do everything we can to stop this happening again",
    note: 'the subject left behind a conjunction: "this has never happened before and will never happen again"',
  },
  {
    pattern: `(you|they|it)('ll| will| shall) never (ever )?(have|get|see|hear|experience|suffer|face|run into|hit|need) (that|this|the|a|an|any|such)( [\\p{L}-]+){0,3}? (again|ever again)`,
    rewrite: "we'll do everything we can to stop this happening again",
    note: '"you\'ll never see that error again" promises the same as "it will never happen again"',
  },
  {
    pattern: "we('ll| will) never let (this|that|it|anything like (this|that)) happen( to you)? again",
    rewrite: "we'll do everything we can to stop this happening again",
  },
  {
    pattern: "I('ll| will) never let (this|that|it|anything like (this|that)) happen( to you)? again",
    rewrite: "I'll do everything I can to stop this happening again",
  },
  {
    pattern: `(make sure|ensure|see to it)( that)? (this|it|that|the same thing) (will )?never ${RECUR} again|(make sure|ensure|see to it)( that)? (nothing like (this|that)|nothing similar) (will )?(ever )?(happens?|occurs?|recurs?)( to you)? again`,
    rewrite: 'help prevent this happening again',
    note: '"to make sure this doesn\'t happen again" states a purpose and is not flagged',
  },
];

/**
 * A problem declared gone for good ("you won't have any more dropouts, ever"). The rule swaps the
 * modal for "shouldn't" and drops a trailing ", ever".
 */
export const endings: Phrase[] = [
  {
    pattern:
      "((you|they|it)( won't| will not| shan't)( ever)? (have|get|see|hear|experience|suffer|face|be troubled by|be bothered by|lose)|there( won't| will not)( ever)? be) ((any more|anymore|any further|another|more|a repeat of|a single) [\\p{L}-]+|any (problems?|issues?|trouble|faults?|errors?|dropouts?|outages?|leaks?|disruption|noise|delays?))(( [\\p{L}\\u0027\\u2019-]+){0,5},\\s*ever(?![\\p{L}]))?",
    note: '"it won\'t be any more expensive" is about price, so "be" only counts after "there"',
  },
  {
    pattern:
      "(won't|will not)( ever)? (leak|break|crash|fail|go down|drop out|be late|let you down|be a problem|cause (you )?(any )?(problems|trouble)) again",
  },
  { pattern: "(this|that|it)( will|'ll) be the (end|last) of (it|this|that|the (matter|problem|issue|noise))" },
  { pattern: "(this|that)( will|'ll) be the last time" },
];

/** A fix called permanent: the words can simply go. */
export const permanence: Phrase[] = [
  {
    pattern:
      '(for good|once and for all|permanently|forever)(?<=(fix|fixes|fixed|solve|solves|solved|sort|sorts|sorted|resolve|resolves|resolved|cure|cures|cured|stop|stops|stopped|end|ends|ended)( [\\p{L}\\u0027\\u2019-]+){0,4}( out)? (for good|once and for all|permanently|forever))',
    note: 'the words come first and the fix verb is checked behind them, which keeps the search cheap',
    rewrite: '',
  },
  { pattern: 'permanently(?= (fixed|solved|resolved|sorted|cured|gone))', rewrite: '' },
];
