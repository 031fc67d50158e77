import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInQuote, parseDocument, type Sentence } from '../../../src/engine/document.ts';
import { rules } from '../../../src/engine/index.ts';
import { phraseSet } from '../../../src/engine/lexicons.ts';
import { findPhrases, type PhraseHit, type PhraseSet } from '../../../src/engine/phrases.ts';
import { neededWords, needsOfSource, TextIndex } from '../../../src/engine/screen.ts';
import type { Lang } from '../../../src/engine/types.ts';
import type { Phrase } from '../../../src/lexicon/types.ts';

const lexicons = import.meta.glob<Record<string, unknown>>('../../../src/lexicon/{en,pt}/*.ts', { eager: true });

/** Every phrase list in the lexicon, with its language. */
const lists: Array<{ name: string; lang: Lang; phrases: readonly Phrase[] }> = Object.entries(lexicons).flatMap(
  ([path, module]) => {
    const lang = (path.includes('/pt/') ? 'pt' : 'en') as Lang;
    return Object.entries(module)
      .filter(
        (entry): entry is [string, Phrase[]] =>
          Array.isArray(entry[1]) && entry[1].length > 0 && typeof entry[1][0]?.pattern === 'string',
      )
      .map(([name, phrases]) => ({ name: `${path.split('/lexicon/')[1]}#${name}`, lang, phrases }));
  },
);

/** The reference the screened search must equal: the whole alternation tried at every position. */
function scanPhrases(set: PhraseSet, sentence: Sentence): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const found of sentence.text.matchAll(set.regex)) {
    const end = found.index + found[0].length;
    if (end === found.index) continue;
    const phrase = set.phrases[found.findIndex((value, index) => index > 0 && value !== undefined) - 1];
    if (phrase && !isInQuote(sentence, found.index, end)) hits.push({ start: found.index, end, phrase });
  }
  return hits;
}

const examples = rules.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good].map((example) => example.text));
// Capitals, and a letter whose lower case is longer (the search then runs on the text as written).
const words = [...new Set(examples.join(' ').split(/\s+/)), 'GUARANTEE', 'ALWAYS', '\u0130stanbul'];

describe('what a phrase needs', () => {
  it('reads the literal words a match must hold, strongest clause first', () => {
    expect(needsOfSource('(?:please|kindly)[\\s]+calm')).toEqual([['please', 'kindly'], ['calm']]);
    expect(needsOfSource('(?:please|kindly) calm down')).toEqual([[' calm down'], ['please', 'kindly']]);
    expect(needsOfSource('it is what it is')).toEqual([['it is what it is']]);
    expect(needsOfSource('(?:a|b)?c')).toEqual([['c']]);
    expect(needsOfSource('so+')).toEqual([['so']]);
    expect(needsOfSource('x?')).toEqual([]);
    expect(needsOfSource('(?<=thanks )\\p{L}+')).toEqual([]);
  });

  it('leaves out a short string beside a stronger clause: it would screen little and cost a search', () => {
    expect(needsOfSource('so+ much')).toEqual([[' much']]);
  });

  it('keeps what every alternative needs', () => {
    expect(needsOfSource('(?:panic|worry) now|(?:panic|worry) later')).toEqual([
      ['panic', 'worry'],
      [' now', ' later'],
    ]);
    expect(needsOfSource('worry|x?')).toEqual([]);
  });
});

describe('the word index of a sentence', () => {
  const letters = fc.constantFrom('a', 'b', 'n', 'o', 't', ' ', "'", 'É', '\u00a0', '😀', '\ud800');
  const text = fc.string({ unit: letters, maxLength: 60 });
  const word = fc.string({ unit: letters, minLength: 1, maxLength: 6 }).map((typed) => typed.toLowerCase());

  it('answers exactly as a substring search does, for words numbered before and after it was made', () => {
    fc.assert(
      fc.property(text, word, word, (sentence, early, late) => {
        const before = neededWords.numberOf(early);
        const index = new TextIndex(sentence);
        const after = neededWords.numberOf(late);
        expect(index.holds(before)).toBe(sentence.toLowerCase().includes(early));
        expect(index.holds(after)).toBe(sentence.toLowerCase().includes(late));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('screened phrase lists', () => {
  it('find exactly what the whole list finds', () => {
    const sentence = fc.oneof(
      fc.constantFrom(...examples),
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 16 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(sentence, (text) => {
        for (const { name, lang, phrases } of lists) {
          for (const parsed of parseDocument(text, lang).sentences) {
            const set = phraseSet(phrases, lang);
            expect(findPhrases(set, parsed), name).toEqual(scanPhrases(set, parsed));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
