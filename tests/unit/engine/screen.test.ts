import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/engine/document.ts';
import { rules } from '../../../src/engine/index.ts';
import { phraseSet } from '../../../src/engine/lexicons.ts';
import { findPhrases, scanPhrases } from '../../../src/engine/phrases.ts';
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
