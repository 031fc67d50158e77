import type { Phrase, WordClasses } from '../lexicon/types.ts';
import { isInQuote, type Sentence } from './document.ts';

export interface PhraseSet {
  phrases: readonly Phrase[];
  regex: RegExp;
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

/** Compiles a lexicon list into one regular expression with a capture group per phrase. */
export function compilePhrases(phrases: readonly Phrase[], classes: WordClasses = {}): PhraseSet {
  const alternatives = phrases.map((phrase) => `(${patternSource(phrase.pattern, classes)})`);
  return { phrases, regex: new RegExp(alternatives.join('|') || '(?!)', 'giu') };
}

/**
 * Compiles words a person typed (a firm's own phrases) to match literally: any white space,
 * either apostrophe, any case, whole words only. Nothing in them is pattern syntax.
 */
export function compileLiteralPhrases(phrases: readonly Phrase[]): PhraseSet {
  const alternatives = phrases.map(({ pattern }) => {
    const words = pattern.trim();
    const source = words
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/['\u2019\u2018]/g, APOSTROPHE)
      .replace(/\s+/g, SPACE);
    const before = /^[\p{L}\p{N}]/u.test(words) ? WORD_EDGE_BEFORE : '';
    const after = /[\p{L}\p{N}]$/u.test(words) ? WORD_EDGE_AFTER : '';
    return words === '' ? '(?!)' : `(${before}${source}${after})`;
  });
  return { phrases, regex: new RegExp(alternatives.join('|') || '(?!)', 'giu') };
}

/** Every non-overlapping phrase in the sentence, leftmost first, skipping quoted words. */
export function findPhrases(set: PhraseSet, sentence: Sentence): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const found of sentence.text.matchAll(set.regex)) {
    if (found[0].length === 0) continue;
    const group = found.findIndex((value, index) => index > 0 && value !== undefined);
    const phrase = set.phrases[group - 1];
    const start = found.index;
    const end = start + found[0].length;
    if (phrase && !isInQuote(sentence, start, end)) hits.push({ start, end, phrase });
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
