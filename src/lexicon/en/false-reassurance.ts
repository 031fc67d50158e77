import type { Phrase } from '../types.ts';

const WORRY = 'to (worry|be worried|be concerned|be alarmed) about';

/**
 * What the client may be told not to worry about only by someone who controls the outcome: an
 * inspection, a ruling, a test result, or whoever decides them. Errands ("the paperwork", "office
 * hours") are not here: the writer can take those on.
 */
const OUTCOME =
  '(the |your |this |that |their |his |her |any )?([\\p{L}-]+ ){0,2}(inspections?|audits?|enquiry|inquiry|investigation|hearing|trial|appeal|tribunal|results?|outcome|verdict|decision|ruling|scan|tests?|biopsy|survey|valuation|assessment|review|claim|case|interview|exam|checks?|{third-party})';
/** Words that make "don't worry" total: about anything that might come of it. */
const AT_ALL = '(at all|one bit|in the (least|slightest)|whatsoever)';

/**
 * Reassurance that settles the outcome for the client ("you have nothing to worry about"). It
 * closes the conversation just when they need to hear what is being checked.
 */
export const dismissals: Phrase[] = [
  {
    pattern: `(you|you've|you have|you've got|you have got) (absolutely |really )?nothing (at all )?${WORRY}`,
    rewrite: "I don't expect this to be a problem",
  },
  {
    pattern: `(there's|there is|it's|it is|that's|that is|this is) (definitely |certainly |absolutely |really )?nothing (at all )?${WORRY}`,
    rewrite: "I don't expect this to be a problem",
  },
  {
    pattern:
      "(it's|it is|that's|that is|this is) (definitely |certainly |absolutely |really )?nothing (serious|sinister|major)",
    rewrite: "it's unlikely to be serious",
  },
  {
    pattern:
      "(there's |there is )?(absolutely )?no (need|reason) (at all )?to (worry|be worried|panic)(?!\\s+about\\s+(?!(it|this|that|anything|a thing)(?![\\p{L}])))",
    rewrite: "I don't expect this to be a problem",
    note: '"no need to worry about the paperwork, I\'ll handle it" is about an errand, not the outcome',
  },
  { pattern: "don't (you )?worry about a thing", rewrite: "I'll keep you updated at every step" },
  {
    pattern: `(please )?(don't|do not) (you )?(worry|fret|panic)( about ${OUTCOME})?( ${AT_ALL})(?![\\p{L}])|(please )?(don't|do not) (you )?(worry|fret|panic) about ${OUTCOME}(?![\\p{L}])`,
    rewrite: "I don't expect this to be a problem",
    note: '"don\'t worry about the enquiry at all"; "don\'t worry about the paperwork, I\'ll handle it" takes on an errand and passes',
  },
  {
    pattern: `((there's |there is )?(absolutely |really |simply )?no (need|reason) (at all )?|you (don't|do not) (need|have) )to (worry|be worried|panic) about ${OUTCOME}( ${AT_ALL})?(?![\\p{L}])`,
    rewrite: "I don't expect this to be a problem",
  },
  {
    pattern:
      '(absolutely |really |simply )?(no|zero) (risk|danger)(?!-)(?= (to|of|for|that|at all|whatsoever)(?![\\p{L}])|\\s*([.,;!]|$))',
    rewrite: 'very little risk',
    note: '"there is absolutely no risk to your deposit"; "a small risk" is honest',
  },
  { pattern: 'nothing can (possibly )?go wrong', rewrite: 'nothing should go wrong' },
  {
    pattern: `you can (now |all |safely )?(stop worrying|stop (being )?(stressing|fretting)|rest easy|sleep easy|breathe easy)( about ${OUTCOME}(?![\\p{L}])| about (it|this|that)(?![\\p{L}])| on that (front|score))?(?!\\s+about)`,
    rewrite: "I don't expect this to be a problem",
    note: 'tells the client the outcome is settled, like "you have nothing to worry about"; "stop worrying about when you\'ll hear from me" is the writer\'s own step',
  },
];

/**
 * A good outcome declared for the client ("you'll sail through", "the launch will be fine"); the rule
 * offers "should". The weather is nobody's promise and is left alone.
 */
export const outcomes: Phrase[] = [
  {
    pattern:
      "(everything|it|this|all|things|(the|your) (?!(weather|forecast)(?![\\p{L}]))[\\p{L}-]+)( is going to|'s going to|'ll| will)( all)? (be (absolutely |totally )?(fine|ok|okay|alright|all right)|work out( fine)?|turn out (fine|well|ok|okay))",
  },
  {
    pattern:
      "you('ll| will| are going to|'re going to) (definitely |absolutely |totally )?((sail|breeze|walk|fly) through|be (absolutely |totally |completely )?(fine|ok|okay|alright|all right)|feel (much |so |a lot )?better)",
  },
  {
    pattern:
      "(he|she|they)('ll| will| is going to|'s going to| are going to|'re going to) (definitely |certainly )?be (absolutely|completely|totally|perfectly|100%) (fine|ok|okay|alright|all right|safe)",
    note: 'a patient, a pet or a team declared fine outright: "he\'ll be absolutely fine after the operation"; "he\'ll be fine to drive tomorrow" without the intensifier is advice and is not in the list',
  },
  { pattern: "you( won't| will not) (be out of pocket|lose (a penny|a cent|anything|out))" },
  { pattern: "nothing( will|'ll| is going to) go wrong" },
  {
    pattern:
      "(?<!(I|we) )(won't|will not|(are|is)(n't| not) going to)( be able to)? find (any(thing)? (wrong|amiss|untoward|problems?|issues?|faults?|errors?|irregularit(y|ies)|discrepanc(y|ies))|a thing|anything)",
    note: '"they won\'t find a thing" promises what an inspector or auditor will conclude; "we won\'t find…" is the writer\'s own search',
  },
];
