// A cheap first look before a phrase list's regular expressions: for each phrase, the literal words
// one of which any match must contain. A sentence usually holds the words of one or two phrases out
// of dozens, and a few substring tests cost far less than trying every phrase at every word.
// `findPhrases` (phrases.ts) uses it for every phrase list.

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
