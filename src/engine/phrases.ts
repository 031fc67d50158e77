import type { Phrase, WordClasses } from '../lexicon/types.ts';
import { isInQuote, type Sentence } from './document.ts';
import { needsOfSource } from './screen.ts';

/**
 * A compiled phrase list. Besides one alternation of all phrases (for a yes/no test), it keeps
 * each phrase alone with the literal words any of its matches must hold, so a sentence is only
 * searched for the phrases whose words it contains: most sentences hold none.
 */
export interface PhraseSet {
  phrases: readonly Phrase[];
  /** Every phrase in one alternation, a capture group each, in list order. */
  regex: RegExp;
  /** Each phrase alone, in list order. */
  singles: readonly RegExp[];
  /** Every literal string some phrase needs, lower-case. */
  words: readonly string[];
  /** Per phrase, the indices in `words` of which a match holds one; `null` when nothing is certain. */
  needs: ReadonlyArray<readonly number[] | null>;
}

export interface PhraseHit {
  /** Sentence-relative offsets of the matched words. */
  start: number;
  end: number;
  phrase: Phrase;
}

const SPACE = '[\\s\\u00a0\\u202f]+';
const APOSTROPHE = "['\u2019\u2018]";
const GAP = `${SPACE}(?:[^\\s.!?;:]+${SPACE}){0,4}?`;
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

function expandClasses(pattern: string, classes: WordClasses, seen: readonly string[] = []): string {
  return pattern.replace(/\{([a-z][a-z0-9-]*)\}/g, (_, name: string) => {
    const body = classes[name];
    if (body === undefined) throw new Error(`Unknown word class {${name}} in pattern "${pattern}"`);
    if (seen.includes(name)) throw new Error(`Word class {${name}} refers to itself`);
    return `(${expandClasses(body, classes, [...seen, name])})`;
  });
}

/** Turns one lexicon pattern into regular-expression source, without flags. */
export function patternSource(pattern: string, classes: WordClasses = {}): string {
  const expanded = expandClasses(pattern, classes);
  const source = expanded
    .split(' … ')
    .map((part) =>
      part
        .replace(/\((?!\?)/g, '(?:')
        .replace(/'/g, APOSTROPHE)
        // A space followed by `?` or `*` keeps that quantifier: " ?" is optional white space.
        .replace(/ +([?*])?/g, (_, quantifier?: string) => (quantifier ? `(?:${SPACE})${quantifier}` : SPACE)),
    )
    .join(GAP);
  const before = /^[\p{L}\p{N}(]/u.test(expanded) ? WORD_EDGE_BEFORE : '';
  const after = /[\p{L}\p{N})?]$/u.test(expanded) ? WORD_EDGE_AFTER : '';
  return `${before}(?:${source})${after}`;
}

function phraseSetOf(phrases: readonly Phrase[], sources: readonly string[]): PhraseSet {
  const words: string[] = [];
  const needs = sources.map(
    (source) =>
      needsOfSource(source)?.map((word) => {
        const known = words.indexOf(word);
        return known >= 0 ? known : words.push(word) - 1;
      }) ?? null,
  );
  return {
    phrases,
    regex: new RegExp(sources.map((source) => `(${source})`).join('|') || '(?!)', 'giu'),
    singles: sources.map((source) => new RegExp(source, 'giu')),
    words,
    needs,
  };
}

/** Compiles a lexicon list. */
export function compilePhrases(phrases: readonly Phrase[], classes: WordClasses = {}): PhraseSet {
  return phraseSetOf(
    phrases,
    phrases.map((phrase) => patternSource(phrase.pattern, classes)),
  );
}

/**
 * Compiles words a person typed (a firm's own phrases) to match literally: any white space,
 * either apostrophe, any case, whole words only. Nothing in them is pattern syntax.
 */
export function compileLiteralPhrases(phrases: readonly Phrase[]): PhraseSet {
  const sources = phrases.map(({ pattern }) => {
    const words = pattern.trim();
    const source = words
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/['\u2019\u2018]/g, APOSTROPHE)
      .replace(/\s+/g, SPACE);
    const before = /^[\p{L}\p{N}]/u.test(words) ? WORD_EDGE_BEFORE : '';
    const after = /[\p{L}\p{N}]$/u.test(words) ? WORD_EDGE_AFTER : '';
    return words === '' ? '(?!)' : `${before}${source}${after}`;
  });
  return phraseSetOf(phrases, sources);
}

/**
 * Every non-overlapping phrase in the sentence, skipping quoted words. Like one alternation, it
 * takes the leftmost match, the earlier phrase on a tie, and goes on after it; but it only runs
 * the phrases whose needed words the sentence holds (the others cannot match).
 */
export function findPhrases(set: PhraseSet, sentence: Sentence): PhraseHit[] {
  const lower = sentence.text.toLowerCase();
  const present = set.words.map((word) => lower.includes(word));
  const live: Array<{ regex: RegExp; phrase: Phrase }> = [];
  set.singles.forEach((regex, index) => {
    const needs = set.needs[index];
    const phrase = set.phrases[index];
    if (phrase && (!needs || needs.some((word) => present[word]))) live.push({ regex, phrase });
  });
  if (live.length === 0) return [];
  // Each phrase's next match, kept until the scan passes its start: one search per phrase and hit.
  const next: Array<RegExpExecArray | null | undefined> = live.map(() => undefined);
  const hits: PhraseHit[] = [];
  for (let from = 0; from <= sentence.text.length; ) {
    let best = -1;
    for (const [index, { regex }] of live.entries()) {
      let found = next[index];
      if (found === undefined || (found && found.index < from)) {
        regex.lastIndex = from;
        found = regex.exec(sentence.text);
        regex.lastIndex = 0;
        next[index] = found;
      }
      const leader = best >= 0 ? next[best] : null;
      if (found && (!leader || found.index < leader.index)) best = index;
    }
    const found = best >= 0 ? next[best] : null;
    const phrase = live[best]?.phrase;
    if (!found || !phrase) break;
    const start = found.index;
    const end = start + found[0].length;
    if (end > start && !isInQuote(sentence, start, end)) hits.push({ start, end, phrase });
    from = end > start ? end : start + 1;
  }
  return hits;
}

/** Whether any phrase of the set occurs in `text` (no quote masking). */
export function containsPhrase(set: PhraseSet, text: string): boolean {
  set.regex.lastIndex = 0;
  const found = set.regex.test(text);
  set.regex.lastIndex = 0;
  return found;
}
