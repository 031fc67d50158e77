// A cheap first look before a phrase list's regular expressions: for each phrase, the literal words
// one of which any match must contain. A sentence usually holds the words of one or two phrases out
// of dozens, and a few substring tests cost far less than trying every phrase at every word. Not yet
// wired into `byLanguage`, so rules opt in with `screenedByLanguage` and `findScreened`.
import type { Phrase } from '../lexicon/types.ts';
import { isInQuote, type Sentence } from './document.ts';
import { wordClasses } from './lexicons.ts';
import { compilePhrases, type PhraseHit, type PhraseSet, patternSource } from './phrases.ts';
import type { Lang } from './types.ts';

/** Strings of which a match must contain at least one; `null` when nothing is certain. */
type Needs = string[] | null;

/** Words in almost every sentence: needing one of them screens nothing out. */
const COMMON = new Set(
  'the that this you your how what when with have not was were are is it we to of and for on in be do will can our my me que de não o a e é um uma para com por'.split(
    ' ',
  ),
);

/** How well a requirement screens: its weakest string, by length, common words counting as one letter. */
function strength(needs: Needs): number {
  return needs === null ? 0 : Math.min(...needs.map((need) => (COMMON.has(need) ? 1 : need.length)));
}

function better(a: Needs, b: Needs): Needs {
  const diff = strength(b) - strength(a);
  if (diff !== 0) return diff > 0 ? b : a;
  return (b?.length ?? Number.POSITIVE_INFINITY) < (a?.length ?? Number.POSITIVE_INFINITY) ? b : a;
}

/**
 * Reads the regular-expression source of one compiled phrase and works out what a match needs.
 * Only what a match must consume counts: optional parts, classes and look-arounds promise nothing.
 */
class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Needs {
    const needs = this.alternation();
    return this.at === this.source.length ? needs : null;
  }

  private alternation(): Needs {
    const options: Needs[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    if (options.some((option) => option === null)) return null;
    return [...new Set(options.flatMap((option) => option ?? []))];
  }

  private sequence(): Needs {
    let best: Needs = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min, once } = this.quantifier();
      if (atom.char !== undefined && min > 0) run += atom.char;
      if (atom.char !== undefined && once) continue;
      endRun();
      if (min > 0) best = better(best, atom.needs);
    }
    endRun();
    return best;
  }

  /** One atom: a literal character, or a group or class with what it needs. */
  private atom(): { char?: string; needs: Needs } {
    const { source } = this;
    const char = source[this.at] ?? '';
    if (char === '(') {
      this.at++;
      let lookaround = false;
      if (source.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(source.slice(this.at, this.at + 3))) {
        lookaround = true;
        this.at += source[this.at + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', this.at)) this.at = source.indexOf('>', this.at) + 1;
      const needs = this.alternation();
      this.at++;
      return { needs: lookaround ? null : needs };
    }
    if (char === '[') {
      this.at++;
      while (this.at < source.length && source[this.at] !== ']') this.at += source[this.at] === '\\' ? 2 : 1;
      this.at++;
      return { needs: null };
    }
    if (char === '\\') return this.escape();
    this.at++;
    if ('.^$'.includes(char)) return { needs: null };
    return { char: char.toLowerCase(), needs: null };
  }

  private escape(): { char?: string; needs: Needs } {
    const rest = this.source.slice(this.at + 1);
    const code = /^u\{([0-9a-f]+)\}|^u([0-9a-f]{4})|^x([0-9a-f]{2})/i.exec(rest);
    if (code) {
      this.at += 1 + code[0].length;
      return {
        char: String.fromCodePoint(Number.parseInt(code[1] ?? code[2] ?? code[3] ?? '0', 16)).toLowerCase(),
        needs: null,
      };
    }
    const property = /^[pP]\{[^}]*\}/.exec(rest);
    if (property) {
      this.at += 1 + property[0].length;
      return { needs: null };
    }
    this.at += 2;
    const escaped = rest.charAt(0);
    if (/[dDsSwWbBnrtfv0-9]/.test(escaped)) return { needs: null };
    return { char: escaped.toLowerCase(), needs: null };
  }

  /** How often the atom just read must occur, and whether exactly once (so a literal run goes on). */
  private quantifier(): { min: number; once: boolean } {
    const { source } = this;
    const char = source[this.at];
    let min = 1;
    const once = false;
    if (char === '?' || char === '*') {
      min = 0;
      this.at++;
    } else if (char === '+') {
      this.at++;
    } else if (char === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(this.at))) {
      const counted = /^\{(\d+)(,\d*)?\}/.exec(source.slice(this.at)) as RegExpExecArray;
      min = Number(counted[1]);
      this.at += counted[0].length;
    } else {
      return { min: 1, once: true };
    }
    if (source[this.at] === '?') this.at++;
    return { min, once };
  }
}

/** The lower-case strings of which any match of a regular-expression source holds one, or `null`. */
export function needsOfSource(source: string): string[] | null {
  return new Reader(source).read();
}

export interface ScreenedList {
  lang: Lang;
  /** Each phrase compiled alone, in list order. */
  sets: readonly PhraseSet[];
  /** Every string some phrase needs, lower-case. */
  words: readonly string[];
  /** Per phrase, the indices in `words` of which a match holds one; `null` when nothing is certain. */
  needs: ReadonlyArray<readonly number[] | null>;
}

const screened = new WeakMap<readonly Phrase[], ScreenedList>();

/** A phrase list with what each phrase needs, worked out once. */
export function screenedList(phrases: readonly Phrase[], lang: Lang): ScreenedList {
  let entry = screened.get(phrases);
  if (entry) return entry;
  const words: string[] = [];
  const needs = phrases.map((phrase) => {
    const strings = needsOfSource(patternSource(phrase.pattern, wordClasses[lang]));
    return (
      strings?.map((string) => {
        const known = words.indexOf(string);
        return known >= 0 ? known : words.push(string) - 1;
      }) ?? null
    );
  });
  const sets = phrases.map((phrase) => compilePhrases([phrase], wordClasses[lang]));
  entry = { lang, sets, words, needs };
  screened.set(phrases, entry);
  return entry;
}

/** Per-language phrase lists of one rule, screened on first use (like `byLanguage`). */
export function screenedByLanguage(lists: Record<Lang, readonly Phrase[]>): (lang: Lang) => ScreenedList {
  return (lang) => screenedList(lists[lang], lang);
}

/**
 * The same hits as `findPhrases` over the whole list, found by running only the phrases whose
 * needed words the sentence holds (the others cannot match). Like one alternation, it takes the
 * leftmost match, the earlier phrase on a tie, and goes on after it.
 */
export function findScreened(entry: ScreenedList, sentence: Sentence): PhraseHit[] {
  const lower = sentence.text.toLowerCase();
  const present = entry.words.map((word) => lower.includes(word));
  const live = entry.sets.filter((_, index) => {
    const needs = entry.needs[index];
    return !needs || needs.some((word) => present[word]);
  });
  // Each phrase's next match, kept until the scan passes its start: one search per phrase and hit.
  const next: Array<RegExpExecArray | null | undefined> = live.map(() => undefined);
  const hits: PhraseHit[] = [];
  for (let from = 0; from <= sentence.text.length; ) {
    let best = -1;
    live.forEach((set, index) => {
      let found = next[index];
      if (found === undefined || (found && found.index < from)) {
        set.regex.lastIndex = from;
        found = set.regex.exec(sentence.text);
        set.regex.lastIndex = 0;
        next[index] = found;
      }
      const leader = best >= 0 ? next[best] : null;
      if (found && (!leader || found.index < leader.index)) best = index;
    });
    const found = best >= 0 ? next[best] : null;
    const phrase = live[best]?.phrases[0];
    if (!found || !phrase) break;
    const start = found.index;
    const end = start + found[0].length;
    if (end > start && !isInQuote(sentence, start, end)) hits.push({ start, end, phrase });
    from = end > start ? end : start + 1;
  }
  return hits;
}
