// The only module that imports compromise. Grammar is costly (TOOLCHAIN.md: ~0.1 ms a word), so
// rules call it only for a sentence in which a cheap phrase pass already found a candidate, and
// results are kept per sentence text.
import nlp from 'compromise/two';

export interface Token {
  text: string;
  /** Lower-case, punctuation-free form; empty for the implicit half of a contraction ("'ll"). */
  normal: string;
  tags: ReadonlySet<string>;
  /** Sentence-relative UTF-16 offsets. */
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface GrammarMatch extends Span {
  groups: Record<string, Span>;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  implicit?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface CompromiseJson {
  text: string;
  terms: CompromiseTerm[];
  offset?: { start: number; length: number };
}

const CACHE_LIMIT = 2000;
const tokenCache = new Map<string, Token[]>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, value);
  return value;
}

/** Part-of-speech tokens of an English sentence, with offsets into it. */
export function tag(text: string): Token[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const json = nlp(text).json({ offset: true }) as CompromiseJson[];
  const tokens: Token[] = [];
  for (const sentence of json) {
    for (const term of sentence.terms) {
      const start = term.offset?.start ?? 0;
      tokens.push({
        text: term.text,
        normal: term.text === '' ? (term.implicit ?? '').toLowerCase() : (term.normal ?? term.text.toLowerCase()),
        tags: new Set(term.tags ?? []),
        start,
        end: start + (term.offset?.length ?? 0),
      });
    }
  }
  return remember(tokenCache, text, tokens);
}

function spanOf(json: CompromiseJson | undefined): Span | null {
  if (!json?.offset) return null;
  return { start: json.offset.start, end: json.offset.start + json.offset.length, text: json.text };
}

/**
 * Matches a compromise match-syntax pattern ("[<subject>#Noun+] will #Verb") against an English
 * sentence; named groups come back as spans.
 */
export function grammarMatches(text: string, pattern: string): GrammarMatch[] {
  const matches = nlp(text).match(pattern);
  const results: GrammarMatch[] = (matches.json({ offset: true }) as CompromiseJson[])
    .map(spanOf)
    .filter((span): span is Span => span !== null)
    .map((span) => ({ ...span, groups: {} }));
  // compromise keeps named groups on the whole result, not on each match: hand each group's
  // spans back to the match that contains them.
  for (const name of Object.keys(matches.groups() as object)) {
    const group = matches.groups(name) as typeof matches;
    for (const json of group.json({ offset: true }) as CompromiseJson[]) {
      const span = spanOf(json);
      const owner = span && results.find((match) => span.start >= match.start && span.end <= match.end);
      if (span && owner) owner.groups[name] = span;
    }
  }
  return results;
}
