import type { Phrase } from '../types.ts';

const WORRY = 'to (worry|be worried|be concerned|be alarmed) about';

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
  { pattern: 'nothing can (possibly )?go wrong', rewrite: 'nothing should go wrong' },
];

/** A good outcome declared for the client ("you'll sail through"); the rule offers "should". */
export const outcomes: Phrase[] = [
  {
    pattern:
      "(everything|it|this|all|things)( is going to|'s going to|'ll| will)( all)? (be (absolutely |totally )?(fine|ok|okay|alright|all right)|work out( fine)?|turn out (fine|well|ok|okay))",
  },
  {
    pattern:
      "you('ll| will| are going to|'re going to) (definitely |absolutely |totally )?((sail|breeze|walk|fly) through|be (absolutely |totally |completely )?(fine|ok|okay|alright|all right)|feel (much |so |a lot )?better)",
  },
  { pattern: "you( won't| will not) (be out of pocket|lose (a penny|a cent|anything|out))" },
  { pattern: "nothing( will|'ll| is going to) go wrong" },
];
