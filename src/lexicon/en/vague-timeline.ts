import type { Phrase } from '../types.ts';

/** Time words a client cannot plan around. */
export const vagueTimes: Phrase[] = [
  {
    pattern: '(?<!(so|too|how|as|see you|get well|feel better|better) )soon(er or later)?(?! (as|after))(?!-)',
    rewrite: 'by [date]',
    note: '"so soon", "as soon as you…", "see you soon", "get well soon" and "soon-to-be" are not promises',
  },
  { pattern: 'shortly(?! after)', rewrite: 'by [date]' },
  { pattern: 'asap|as soon as (possible|practicable|we can|i can)', rewrite: 'by [date]' },
  { pattern: "as soon as (we|i)('re| are|'m| am) able( to)?", rewrite: 'by [date]' },
  {
    pattern: 'as soon as (one|it|a slot|a space|a place|an appointment) (becomes|is) (available|free)',
    rewrite: 'by [date]',
  },
  {
    pattern: 'in a (bit|while|little while)(?! (more|of|less|longer)\\b)',
    rewrite: 'by [time]',
    note: '"in a bit more detail" is not a time',
  },
  { pattern: 'at some (point|stage)', rewrite: 'by [date]' },
  { pattern: 'sometime( soon)?', rewrite: 'by [date]' },
  { pattern: 'in (the )?(near|not too distant) future', rewrite: 'by [date]' },
  { pattern: 'in due course', rewrite: 'by [date]' },
  {
    pattern:
      'as a matter of (priority|urgency)|as a (top |high |matter of )?priority|with (the utmost|all due|all possible) (urgency|speed)',
    rewrite: 'by [date]',
    note: '"who will contact you as a matter of priority" sounds urgent and names no day',
  },
  {
    pattern: '(in|within|over) the (coming|next (few|couple of)) (days|weeks|months)',
    rewrite: 'by [date]',
    note: '"within the next few days" bounds nothing; "within two working days" does and is not in the list',
  },
  {
    pattern: 'before long|any day now|eventually|at a later (date|stage|point)|in due time|when time permits',
    rewrite: 'by [date]',
  },
  { pattern: 'as and when( (we|i) can)?', rewrite: 'by [date]' },
  { pattern: 'imminently|in good time|down the (line|road|track)', rewrite: 'by [date]' },
  {
    pattern: 'in a (few|couple of) (days|weeks)',
    rewrite: 'by [date]',
    note: 'a count nobody can hold you to; "within two days" names a bound and is not in the list',
  },
  { pattern: 'in the next (little )?while', rewrite: 'by [date]' },
  {
    pattern:
      'in (a|an|the) ((future|later|coming|upcoming|subsequent|forthcoming) (release|update|version|phase|sprint|round)|next (release|update|version))',
    rewrite: 'in the release due on [date]',
    note: 'a release with no date is a vague time in product support; "the next round of revisions" is a step in an agreed process and is left alone',
  },
  {
    pattern:
      'at (the|our|my) (earliest|first) (opportunity|convenience)|in a timely (manner|fashion|way)|within a reasonable (time|timeframe|time frame|period( of time)?)',
    rewrite: 'by [date]',
    note: 'office stock phrases that name no day; "at your earliest convenience" asks the reader and is not here',
  },
  {
    pattern:
      'when (we|i) (can|get (a|the) chance|get round to it|have (a|the) (moment|chance))(?= ?([.,;:!?)]|$|(and|but|so|though)\\b))',
    rewrite: 'by [date]',
    note: 'only as the end of a clause: "when we can confirm the date" waits for an event, which is not the same as no date',
  },
  {
    pattern: "(?<!(ready|done|finished|sorted) )when it's (ready|done|finished|sorted)",
    rewrite: 'by [date]',
    note: 'the tautology "it\'ll be ready when it\'s ready" is a brush-off (escalation), not a vague date',
  },
  { pattern: 'once things (calm|settle) down( here)?', rewrite: 'by [date]' },
  {
    pattern: "once (i|we)('ve| have) had (a|the) (chance|moment)",
    rewrite: 'by [date]',
    note: 'the writer\'s own free time, like "when I get a chance"; an outside event ("once the court sends it") is not vague',
  },
  { pattern: "(we|i)('ll| will) get (to|round to|around to) it", rewrite: "we'll start on it on [date]" },
];

/**
 * A vague stretch after an event: still vague when the event has a date ("the refund will follow
 * shortly after"), pinned down only by a time right after it ("shortly after 2pm tomorrow").
 */
export const vagueAfter: Phrase[] = [
  {
    pattern: '(?<!(so|too|how|as) )(soon|shortly) after( that| this| which)?',
    rewrite: 'by [date]',
    note: '"came loose so soon after it was fitted" measures a past stretch; it promises nothing',
  },
];

/** Words that make a vague time a commitment rather than a forecast or a memory. */
export const commitmentCues: Phrase[] = [
  {
    pattern:
      'will|shall|going to|gonna|plan(ning)? to|aim(ing)? to|intend to|can|expect( (it|them|this|that|the [\\p{L}-]+))? to',
  },
  { pattern: "'ll", note: 'the contraction follows its subject directly: "We\'ll"' },
  {
    pattern:
      "(fix|patch|update|refund|reply|response|replacement|solution|answer)( \\p{L}+)? (is|are|'s) (coming|on (its|the) way|in the works)",
    note: '"a fix is coming soon" promises the fix; "the weather is coming in" is not in the list',
  },
  {
    pattern:
      "(we|i|they|he|she)('re|'m| are| am| is|'s) (working|fixing|replacing|upgrading|updating|reviewing|processing|preparing|sorting|looking into|chasing|sending)",
    note: 'work under way, finishing at an unstated time ("we\'re upgrading the network at the earliest opportunity"); "I\'m writing…" and "we\'re looking forward…" are not work',
  },
];

/**
 * Wording that makes the vague time the reader's part or a wish, not the writer's commitment:
 * "Could you send it back as soon as possible so we can file it?", "I hope you'll feel better soon".
 * It excuses a vague word later in the same clause.
 */
/**
 * Between a request and the vague word, these start the writer's own clause, so the request no
 * longer governs it: "Please rest assured we'll sort it soon".
 */
export const clauseBreaks: Phrase[] = [{ pattern: '[;:\u2013\u2014]' }, { pattern: 'i|we' }];

export const notTheWritersPromise: Phrase[] = [
  { pattern: 'please|kindly', note: 'a request to the reader' },
  { pattern: '(could|can|would|will) you', note: 'a question or request to the reader' },
  { pattern: 'if you (can|could)|let (me|us) know', note: "the reader's action" },
  {
    pattern: '(i|we) hope (that )?(you|your)|(i|we) wish you',
    note: 'a wish for the reader; "we hope to have it soon" is still a vague commitment',
  },
];
