// Shared by the overpromise rules: the same claim is fine once the clause hedges it ("I expect",
// "I can't promise", "if"), and the kindest rewrite is often just a softer modal ("will" ->
// "should"), which keeps the writer's sentence and makes it an expectation.
import type { Sentence } from './document.ts';
import { wordClasses } from './lexicons.ts';
import { patternSource } from './phrases.ts';
import { replaceWords } from './rewrite.ts';
import type { Edit, Lang } from './types.ts';

const hedgeWords: Record<Lang, RegExp> = {
  en: new RegExp(patternSource('{hedge}', wordClasses.en), 'iu'),
  pt: new RegExp(patternSource('{hedge}', wordClasses.pt), 'iu'),
};

/** Where one clause ends and the next begins: a contrast ("but") starts a new claim. */
const CLAUSE_BREAK = /[;:()\u2013\u2014]|\s-\s|,?\s(?:but|however|mas|por[ée]m|no entanto)(?![\p{L}])/giu;

/** The clause of `text` that holds `[start, end)`. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const breakEnd = found.index + found[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (found.index >= end) {
      to = found.index;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * Whether a hedge sits in the clause of `[start, end)`: anywhere in it, or only on one side of it.
 * A marker that vouches for what follows looks `after` itself; one tagged onto a claim looks `before`.
 */
export function isHedged(
  sentence: Sentence,
  lang: Lang,
  start: number,
  end: number,
  side?: 'before' | 'after',
): boolean {
  const clause = clauseAround(sentence.text, start, end);
  const before = side === 'after' ? '' : sentence.text.slice(clause.start, start);
  const after = side === 'before' ? '' : sentence.text.slice(end, clause.end);
  return hedgeWords[lang].test(`${before} ${after}`);
}

/** A future modal, with any certainty adverb that leans on it. */
const MODALS: Record<Lang, RegExp> = {
  en: /(?:(?<![\p{L}])(?:will|shall)(?: not)?|['\u2019]ll|(?<![\p{L}])won['\u2019]t|(?<![\p{L}])(?:is|are|am)(?: not)? going to|['\u2019](?:s|re|m)(?: not)? going to|(?<![\p{L}])gonna)(?:\s+(?:definitely|certainly|surely|absolutely|undoubtedly))?(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:n[ãa]o\s+)?(?:vai|v[ãa]o|ir[áa]|ir[ãa]o|ser[áa]|ser[ãa]o)(?:\s+(?:certamente|definitivamente|com certeza))?(?![\p{L}])/iu,
};

function softer(modal: string, lang: Lang): string {
  const words = modal.toLowerCase();
  const negative = /not|n['\u2019]t|n[ãa]o/.test(words);
  if (lang === 'pt') {
    const plural = /v[ãa]o|ir[ãa]o|ser[ãa]o/.test(words);
    const passive = /ser[áa]|ser[ãa]o/.test(words);
    return `${negative ? 'não ' : ''}${plural ? 'devem' : 'deve'}${passive ? ' ser' : ''}`;
  }
  const word = negative ? (/n['\u2019]t/.test(words) ? "shouldn't" : 'should not') : 'should';
  // A contraction hangs on its subject ("it'll"): the replacement needs its own space.
  return /^['\u2019]/.test(modal) ? ` ${word}` : word;
}

/** Replaces the first future modal inside `[start, end)` with "should" ("deve"), or null if there is none. */
export function softenModal(sentence: Sentence, lang: Lang, start: number, end: number): Edit | null {
  const found = MODALS[lang].exec(sentence.text.slice(start, end));
  if (!found) return null;
  const at = start + found.index;
  return replaceWords(sentence, at, at + found[0].length, softer(found[0], lang));
}
