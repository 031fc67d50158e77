/**
 * One phrase family a rule looks for, written in a small pattern language so that lexicon files
 * stay data:
 * - a space matches any run of white space (including U+00A0 and U+202F);
 * - `'` matches a straight or curly apostrophe;
 * - `(a|b)` groups alternatives and `(…)?` makes them optional (groups never capture);
 * - ` … ` between two words allows up to four words in between ("I … guarantee");
 * - `{name}` inserts a shared word class from `classes.ts` of the same language;
 * - any other regular-expression syntax keeps its meaning; matching ignores case and respects
 *   word edges.
 */
export interface Phrase {
  pattern: string;
  /** Why this wording is in the list, or the call it makes on a hard case. */
  note?: string;
  /** A calmer wording that replaces exactly the matched words. */
  rewrite?: string;
}

export type WordClasses = Readonly<Record<string, string>>;
