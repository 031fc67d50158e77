// A cheap first look before a phrase list's regular expressions: for each phrase, the literal words
// a match must contain (clauses: one word of each). A sentence usually holds the words of a few
// phrases out of hundreds, so `findPhrases` (phrases.ts) runs only those. The words of every list
// are numbered in one table, and each sentence is read once, position by position, to mark the
// words it holds; after that, screening a phrase list is a few array reads.

/** Strings of which a match must contain at least one. */
type Clause = string[];
/** Clauses a match must all satisfy, strongest first; none when nothing is certain. */
type Needs = Clause[];

/** Words in almost every sentence: needing one of them screens nothing out. */
const COMMON = new Set(
  'the that this you your how what when with have not was were are is it we to of and for on in be do will can our my me que de não o a e é um uma para com por'.split(
    ' ',
  ),
);

/** More clauses than this cost more to test than they save. */
const MOST_CLAUSES = 3;
/**
 * Strings shorter than this have no trigram to probe and are searched for outright: worth it for
 * a phrase's only clause, not beside a stronger one.
 */
const STRONG = 3;

/** How well a clause screens: its weakest string, by length, common words counting as one letter. */
function strength(clause: Clause): number {
  return Math.min(...clause.map((need) => (COMMON.has(need) ? 1 : need.length)));
}

/**
 * The strongest few clauses, without repeats and without a clause that a stronger one already
 * implies (every string of the other is in it). Dropping a clause only lets more sentences through.
 */
function strongest(clauses: Needs): Needs {
  const unique = [...new Map(clauses.map((clause) => [[...new Set(clause)].sort().join('\u0000'), clause])).values()];
  const ranked = unique
    .map((clause) => [...new Set(clause)])
    .sort((a, b) => strength(b) - strength(a) || a.length - b.length);
  const kept: Needs = [];
  for (const clause of ranked) {
    if (kept.length > 0 && strength(clause) < STRONG) break;
    if (kept.some((stronger) => stronger.every((need) => clause.includes(need)))) continue;
    kept.push(clause);
    if (kept.length === MOST_CLAUSES) break;
  }
  return kept;
}

/** What one of several alternatives needs: for every pair of their clauses, one string of either. */
function either(a: Needs, b: Needs): Needs {
  return strongest(a.flatMap((left) => b.map((right) => [...left, ...right])));
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
    return this.at === this.source.length ? needs : [];
  }

  private alternation(): Needs {
    let needs = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      needs = either(needs, this.sequence());
    }
    return needs;
  }

  private sequence(): Needs {
    const clauses: Needs = [];
    let run = '';
    const endRun = () => {
      if (run) clauses.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min, once } = this.quantifier();
      if (atom.char !== undefined && min > 0) run += atom.char;
      if (atom.char !== undefined && once) continue;
      endRun();
      if (min > 0) clauses.push(...atom.needs);
    }
    endRun();
    return strongest(clauses);
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
      return { needs: lookaround ? [] : needs };
    }
    if (char === '[') {
      this.at++;
      while (this.at < source.length && source[this.at] !== ']') this.at += source[this.at] === '\\' ? 2 : 1;
      this.at++;
      return { needs: [] };
    }
    if (char === '\\') return this.escape();
    this.at++;
    if ('.^$'.includes(char)) return { needs: [] };
    return { char: char.toLowerCase(), needs: [] };
  }

  private escape(): { char?: string; needs: Needs } {
    const rest = this.source.slice(this.at + 1);
    const code = /^u\{([0-9a-f]+)\}|^u([0-9a-f]{4})|^x([0-9a-f]{2})/i.exec(rest);
    if (code) {
      this.at += 1 + code[0].length;
      return {
        char: String.fromCodePoint(Number.parseInt(code[1] ?? code[2] ?? code[3] ?? '0', 16)).toLowerCase(),
        needs: [],
      };
    }
    const property = /^[pP]\{[^}]*\}/.exec(rest);
    if (property) {
      this.at += 1 + property[0].length;
      return { needs: [] };
    }
    this.at += 2;
    const escaped = rest.charAt(0);
    if (/[dDsSwWbBnrtfv0-9]/.test(escaped)) return { needs: [] };
    return { char: escaped.toLowerCase(), needs: [] };
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

/**
 * What any match of a regular-expression source holds: clauses of lower-case strings, each clause
 * satisfied by one of its strings, strongest clause first; none when nothing is certain.
 */
export function needsOfSource(source: string): string[][] {
  return new Reader(source).read();
}

/** Buckets for the words of the table, by their first three characters. */
const BUCKETS = 4096;
const NO_WORD = -1;

/** Where the three characters from `at` fall among the buckets (order matters: "ton" is not "not"). */
function bucketOf(text: string, at: number): number {
  const mixed =
    Math.imul(text.charCodeAt(at), 0x9e3779b1) ^
    Math.imul(text.charCodeAt(at + 1), 0x85ebca77) ^
    Math.imul(text.charCodeAt(at + 2), 0xc2b2ae3d);
  return mixed >>> 20;
}

/**
 * Every string a phrase needs, from every phrase list, numbered once. Words of three characters or
 * more are also filed by their first three, so a sentence can be read for all of them in one pass.
 */
class WordTable {
  readonly words: string[] = [];
  private readonly numbers = new Map<string, number>();
  readonly firstInBucket = new Int32Array(BUCKETS).fill(NO_WORD);
  /** Per word, the next word filed in the same bucket. */
  readonly nextInBucket: number[] = [];
  /** What a sentence's pass starts from: filed words absent until seen, short ones unknown until asked. */
  private blank = new Uint8Array(0);

  numberOf(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.words.push(word) - 1;
      this.numbers.set(word, number);
      const bucket = word.length >= 3 ? bucketOf(word, 0) : NO_WORD;
      this.nextInBucket.push(bucket === NO_WORD ? NO_WORD : (this.firstInBucket[bucket] as number));
      if (bucket !== NO_WORD) this.firstInBucket[bucket] = number;
    }
    return number;
  }

  /** A fresh answer sheet for a sentence about to be read. */
  blankSheet(): Uint8Array {
    if (this.blank.length !== this.words.length) {
      this.blank = Uint8Array.from(this.words, (word) => (word.length >= 3 ? ABSENT : UNKNOWN));
    }
    return this.blank.slice();
  }
}

const UNKNOWN = 0;
const HELD = 1;
const ABSENT = 2;

export const neededWords = new WordTable();

/** A sentence, lower-cased and read once for every word of the table, for many "does it hold…?" questions. */
export class TextIndex {
  readonly lower: string;
  /** Per word of `neededWords` numbered before this index was made: held, absent, or not looked for yet. */
  private readonly found: Uint8Array;

  constructor(text: string) {
    const lower = text.toLowerCase();
    const { words, firstInBucket, nextInBucket } = neededWords;
    const found = neededWords.blankSheet();
    for (let at = 0; at + 3 <= lower.length; at++) {
      let word = firstInBucket[bucketOf(lower, at)] as number;
      for (; word !== NO_WORD; word = nextInBucket[word] as number) {
        if (found[word] === ABSENT && lower.startsWith(words[word] as string, at)) found[word] = HELD;
      }
    }
    this.lower = lower;
    this.found = found;
  }

  /** Whether the text holds the word numbered `word` in `neededWords`. */
  holds(word: number): boolean {
    const known = this.found[word];
    if (known === HELD) return true;
    if (known === ABSENT) return false;
    const held = this.lower.includes(neededWords.words[word] as string);
    if (known === UNKNOWN) this.found[word] = held ? HELD : ABSENT;
    return held;
  }
}
