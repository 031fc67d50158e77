import { classes as enClasses } from '../lexicon/en/classes.ts';
import { concreteTimes as enTimes } from '../lexicon/en/time.ts';
import { classes as ptClasses } from '../lexicon/pt/classes.ts';
import { concreteTimes as ptTimes } from '../lexicon/pt/time.ts';
import type { Phrase, WordClasses } from '../lexicon/types.ts';
import { compilePhrases, type PhraseSet } from './phrases.ts';
import type { Lang } from './types.ts';

export const wordClasses: Record<Lang, WordClasses> = { en: enClasses, pt: ptClasses };

const compiled = new WeakMap<readonly Phrase[], PhraseSet>();

/** Compiles a phrase list once, with its language's word classes. */
export function phraseSet(phrases: readonly Phrase[], lang: Lang): PhraseSet {
  let set = compiled.get(phrases);
  if (!set) {
    set = compilePhrases(phrases, wordClasses[lang]);
    compiled.set(phrases, set);
  }
  return set;
}

/** Per-language phrase lists of one rule, compiled on first use. */
export function byLanguage(lists: Record<Lang, readonly Phrase[]>): (lang: Lang) => PhraseSet {
  return (lang) => phraseSet(lists[lang], lang);
}

export const concreteTimes = byLanguage({ en: enTimes, pt: ptTimes });
