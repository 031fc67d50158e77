import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInQuote, parseDocument, type Sentence } from '../../../src/engine/document.ts';
import { rules } from '../../../src/engine/index.ts';
import { phraseSet } from '../../../src/engine/lexicons.ts';
import { findPhrases, type PhraseHit, type PhraseSet } from '../../../src/engine/phrases.ts';
import { needsOfSource } from '../../../src/engine/screen.ts';
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

const examples = rules.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good].map((example) => example.text));
const words = [...new Set(examples.join(' ').split(/\s+/))];

describe('what a phrase needs', () => {
  it('reads the literal words a match must hold', () => {
    expect(needsOfSource('(?:please|kindly)[\\s]+calm')).toEqual(['please', 'kindly']);
    expect(needsOfSource('(?:please|kindly) calm down')).toEqual([' calm down']);
    expect(needsOfSource('it is what it is')).toEqual(['it is what it is']);
    expect(needsOfSource('(?:a|b)?c')).toEqual(['c']);
    expect(needsOfSource('so+ much')).toEqual([' much']);
    expect(needsOfSource('so+')).toEqual(['so']);
    expect(needsOfSource('x?')).toBeNull();
    expect(needsOfSource('(?<=thanks )\\p{L}+')).toBeNull();
  });
});

/** What the whole list finds when every phrase is tried at every position: the reference. */
function scanWhole(set: PhraseSet, sentence: Sentence): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const found of sentence.text.matchAll(set.regex)) {
    const phrase = set.phrases[found.findIndex((value, index) => index > 0 && value !== undefined) - 1];
    const end = found.index + found[0].length;
    if (phrase && end > found.index && !isInQuote(sentence, found.index, end)) {
      hits.push({ start: found.index, end, phrase });
    }
  }
  return hits;
}

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
            expect(findPhrases(set, parsed), name).toEqual(scanWhole(set, parsed));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
