import type { Phrase } from '../types.ts';

/** Time words a client cannot plan around. */
export const vagueTimes: Phrase[] = [
  {
    pattern: '(?<!(so|too|how|as) )soon(er or later)?(?! as)',
    rewrite: 'by [date]',
    note: '"so soon" and "as soon as you…" are not promises',
  },
  { pattern: 'shortly after( that)?', rewrite: 'by [date]', note: 'still vague when it follows a date' },
  { pattern: 'shortly', rewrite: 'by [date]' },
  { pattern: 'asap|as soon as (possible|practicable|we can|i can)', rewrite: 'by [date]' },
  { pattern: "as soon as (we|i)('re| are|'m| am) able( to)?", rewrite: 'by [date]' },
  {
    pattern: 'as soon as (one|it|a slot|a space|a place|an appointment) (becomes|is) (available|free)',
    rewrite: 'by [date]',
  },
  { pattern: 'in a (bit|while|little while)', rewrite: 'by [time]' },
  { pattern: 'at some (point|stage)', rewrite: 'by [date]' },
  { pattern: 'sometime( soon)?', rewrite: 'by [date]' },
  { pattern: 'in (the )?(near|not too distant) future', rewrite: 'by [date]' },
  { pattern: 'in due course', rewrite: 'by [date]' },
  { pattern: 'in the coming (days|weeks|months)', rewrite: 'by [date]' },
  { pattern: 'at the earliest (opportunity|convenience)', rewrite: 'by [date]' },
  {
    pattern: 'when (we|i) (can|get (a|the) chance|get round to it|have (a|the) (moment|chance))',
    rewrite: 'by [date]',
  },
  { pattern: "when it's ready|once things (calm|settle) down( here)?", rewrite: 'by [date]' },
  { pattern: "(we|i)('ll| will) get (to|round to|around to) it", rewrite: "we'll start on it on [date]" },
];

/** Words that make a vague time a commitment rather than a forecast or a memory. */
export const commitmentCues: Phrase[] = [
  { pattern: 'will|shall|going to|gonna|plan(ning)? to|aim(ing)? to|intend to|can|expect to' },
  { pattern: "'ll", note: 'the contraction follows its subject directly: "We\'ll"' },
  { pattern: "(we|i)('re|'m| are| am) working", note: 'work under way, finishing at an unstated time' },
];
