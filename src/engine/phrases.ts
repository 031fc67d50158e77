import type { Phrase, WordClasses } from '../lexicon/types.ts';
import { isInQuote, type Sentence } from './document.ts';
import { neededWords, needsOfSource, TextIndex } from './screen.ts';

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
  /**
   * The same, lower-case and without the `i` flag, for a sentence already lower-cased: matching
   * case-insensitively costs more than lower-casing once.
   */
  lowerSingles: readonly RegExp[];
  /**
   * Per phrase, what a match holds: clauses of words (their numbers in `neededWords`), each
   * satisfied by one of its words; no clause when nothing is certain.
   */
  needs: ReadonlyArray<ReadonlyArray<readonly number[]>>;
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

/**
 * Regular-expression source with its letters lower-cased, escapes (`\P{L}`, `\S`, `\u00C0`) kept as
 * they are. Group names and their back references change together, so they still agree.
 */
function lowerCaseSource(source: string): string {
  return source.replace(/\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)|[^\\]+/gu, (part) =>
    part.startsWith('\\') ? part : part.toLowerCase(),
  );
}

function phraseSetOf(phrases: readonly Phrase[], sources: readonly string[]): PhraseSet {
  const needs = sources.map((source) =>
    needsOfSource(source).map((clause) => clause.map((word) => neededWords.numberOf(word))),
  );
  return {
    phrases,
    regex: new RegExp(sources.map((source) => `(${source})`).join('|') || '(?!)', 'giu'),
    singles: sources.map((source) => new RegExp(source, 'giu')),
    lowerSingles: sources.map((source) => new RegExp(lowerCaseSource(source), 'gu')),
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

/** Each sentence indexed once, however many phrase lists look at it. */
const indexes = new WeakMap<Sentence, TextIndex>();

function indexOf(sentence: Sentence): TextIndex {
  let index = indexes.get(sentence);
  if (index === undefined) {
    index = new TextIndex(sentence.text);
    indexes.set(sentence, index);
  }
  return index;
}

/** Indices of the phrases whose needed words the sentence holds. Plain loops: this runs for every list on every sentence. */
function livePhrases(set: PhraseSet, index: TextIndex): number[] {
  const live: number[] = [];
  for (let phrase = 0; phrase < set.needs.length; phrase++) {
    const clauses = set.needs[phrase] ?? [];
    let satisfied = true;
    for (let c = 0; satisfied && c < clauses.length; c++) {
      const clause = clauses[c] ?? [];
      satisfied = false;
      for (let w = 0; !satisfied && w < clause.length; w++) satisfied = index.holds(clause[w] as number);
    }
    if (satisfied) live.push(phrase);
  }
  return live;
}

/**
 * Every non-overlapping phrase in the sentence, skipping quoted words: exactly what running the whole
 * alternation `regex` at every position finds (the leftmost match, the earlier phrase on a tie, and on after it), but only runs the
 * phrases whose needed words the sentence holds (the others cannot match).
 */
export function findPhrases(set: PhraseSet, sentence: Sentence): PhraseHit[] {
  const index = indexOf(sentence);
  const live = livePhrases(set, index);
  if (live.length === 0) return [];
  // Lower-casing rarely changes a text's length (a dotted capital I does); offsets must stay true.
  const lowered = index.lower.length === sentence.text.length;
  const text = lowered ? index.lower : sentence.text;
  const singles = lowered ? set.lowerSingles : set.singles;
  // Each live phrase's next match, kept until the scan passes its start: one search per phrase and hit.
  const next: Array<RegExpExecArray | null | undefined> = live.map(() => undefined);
  const hits: PhraseHit[] = [];
  for (let from = 0; from <= text.length; ) {
    let best = -1;
    for (let slot = 0; slot < live.length; slot++) {
      let found = next[slot];
      if (found === undefined || (found && found.index < from)) {
        const regex = singles[live[slot] as number] as RegExp;
        regex.lastIndex = from;
        found = regex.exec(text);
        regex.lastIndex = 0;
        next[slot] = found;
      }
      const leader = best >= 0 ? next[best] : null;
      if (found && (!leader || found.index < leader.index)) best = slot;
    }
    const found = best >= 0 ? next[best] : null;
    const phrase = best >= 0 ? set.phrases[live[best] as number] : undefined;
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
