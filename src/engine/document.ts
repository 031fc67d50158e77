import type { Lang } from './types.ts';

/** A sentence of the writer's own text. Offsets are UTF-16 indices into the draft. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Position among the document's sentences. */
  index: number;
  /** Ranges of `text` (sentence-relative) that quote someone else, such as the client's words. */
  quoted: ReadonlyArray<readonly [number, number]>;
  /** The greeting line ("Dear Ms Lowe,") or the closing lines ("Kind regards, / Ian"). */
  role: 'greeting' | 'body' | 'closing';
}

export interface Doc {
  text: string;
  lang: Lang;
  /** Where the writer's own words stop: quoted history or a signature starts here. */
  bodyEnd: number;
  /** The writer's sentences, in order, greeting and closing included. */
  sentences: Sentence[];
  /** Offset just after the greeting line and the blank line that follows it, if there is a greeting. */
  afterGreeting: number | null;
  /** The earlier message below the reply ("> …", "-----Original message-----"), if any. */
  quotedHistory: string;
}

/**
 * Where quoted history ("> …", "-----Original message-----", "On … wrote:", an Outlook header) or a
 * signature ("-- ") starts: one expression, so a long draft is read once to find the earliest.
 */
const BODY_END =
  /^(?:[ \t]*>|[ \t]*-{2,}[ \t]*(?:original message|mensagem original|forwarded message|mensagem encaminhada)[ \t]*-{2,}|[ \t]*(?:on|em)\b[^\n]{0,200}\b(?:wrote|escreveu):[ \t]*$|[ \t]*(?:from|de):[^\n]*\n[ \t]*(?:sent|date|enviado|data):|-- ?$)/im;

const GREETING =
  /^[ \t]*(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings|prezad[oa]s?|car[oa]s?|ol[áa]|oi|bom dia|boa tarde|boa noite)\b[^\n]{0,60}$/i;
/** A bare name on the first line ("Paul,", "Mrs Dalton,", "Sr. Tavares,") opens a letter just as "Dear Paul," does. */
const NAME_GREETING =
  /^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sr|Sra|Srta)\.?[ \t]+)?\p{Lu}[\p{L}'\u2019-]*(?:[ \t]+\p{Lu}[\p{L}'\u2019-]*){0,2},[ \t]*$/u;
const CLOSING =
  /^[ \t]*(?:(?:kind(?:est)?|best|warm(?:est)?|many)? ?regards|best(?: wishes)?|all the best|warmly|cheers|thanks(?: again)?|thank you|many thanks|sincerely|yours(?: sincerely| faithfully| truly)?|take care|speak (?:soon|monday|tomorrow)|talk soon|atenciosamente|abra[çc]os?|um abra[çc]o|obrigad[oa]|att|cordialmente|sauda[çc][õo]es|beijos?|at[ée] (?:mais|logo|breve))\b[^\n]{0,40}[,.!]?[ \t]*$/i;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'ext',
  'sr',
  'sra',
  'jr',
  'inc',
  'ltd',
  'co',
  'dept',
  'tel',
  'a.m',
  'p.m',
  'av',
  'nº',
]);

/** Where the writer's own words end, before any quoted history or signature. */
export function findBodyEnd(text: string): number {
  return BODY_END.exec(text)?.index ?? text.length;
}

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['\u00ab', '\u00bb'],
];

const MAY_QUOTE = /["\u201c\u2018\u00ab]|(?:^|[\s(])'/;

/**
 * Quoted stretches inside a sentence. A straight single quote only opens a quote after a space
 * and closes before a non-letter, so apostrophes ("don't", "clients'") are not mistaken for one.
 */
export function findQuotedRanges(text: string): Array<[number, number]> {
  // Most sentences hold no quotation mark at all: one quick look spares them the searches below.
  if (!MAY_QUOTE.test(text)) return [];
  const ranges: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      if (open === '\u2018' && /\p{L}/u.test(text[start - 1] ?? '')) {
        from = start + 1;
        continue;
      }
      ranges.push([start, end + 1]);
      from = end + 1;
    }
  }
  const straightSingle = /(?<=^|[\s(])'(?=\p{L})[^'\n]{1,200}?(?<=[\p{L}\p{N}.,!?])'(?!\p{L})/gu;
  for (const found of text.matchAll(straightSingle)) ranges.push([found.index, found.index + found[0].length]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex));
  if (!before?.[1]) return false;
  const word = before[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  return /^\p{Lu}$/u.test(before[1]);
}

/**
 * Sentence boundaries of `text[from, to)`: terminal punctuation followed by a space and not
 * closing an abbreviation, and every line break (greetings, sign-offs and list items stand alone).
 */
/** Longer than any real sentence; see splitSentences. */
const MAX_SENTENCE = 1000;

export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    // A run-on stretch (pasted data, a text with no full stops) is cut into pieces of bounded
    // length at a space, so no rule ever works on an unbounded "sentence".
    while (e - s > MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', s + MAX_SENTENCE);
      const cut = space > s ? space : s + MAX_SENTENCE;
      spans.push([s, cut]);
      s = cut;
      while (s < e && /\s/.test(text[s] ?? '')) s++;
    }
    if (e > s) spans.push([s, e]);
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    let j = i + 1;
    while (j < to && /[.!?\u2026"'\u201d\u2019)\]]/.test(text[j] ?? '')) j++;
    if (j < to && !/\s/.test(text[j] ?? '')) continue;
    if (ch === '.' && j === i + 1 && endsWithAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return spans;
}

function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline < 0 ? text.length : newline };
}

/** The closing starts at the last sign-off line that has only short lines (a name, a title) after it. */
function findClosingStart(text: string, bodyEnd: number): number {
  const body = text.slice(0, bodyEnd);
  const lines = body.split('\n');
  let offset = body.length;
  let trailing = 0;
  for (let i = lines.length - 1; i >= 0 && trailing <= 4; i--) {
    const line = lines[i] ?? '';
    offset -= line.length + (i < lines.length - 1 ? 1 : 0);
    if (line.trim() === '') continue;
    if (CLOSING.test(line)) return offset;
    if (line.trim().length > 60) return bodyEnd;
    trailing++;
  }
  return bodyEnd;
}

export function parseDocument(text: string, lang: Lang): Doc {
  const bodyEnd = findBodyEnd(text);
  const closingStart = findClosingStart(text, bodyEnd);
  const firstLine = lineAt(text, 0);
  const firstText = text.slice(firstLine.start, firstLine.end);
  const hasGreeting =
    firstLine.end <= bodyEnd &&
    (GREETING.test(firstText) || (NAME_GREETING.test(firstText) && !CLOSING.test(firstText)));
  let afterGreeting: number | null = null;
  if (hasGreeting) {
    afterGreeting = firstLine.end;
    while (afterGreeting < bodyEnd && /\s/.test(text[afterGreeting] ?? '')) afterGreeting++;
  }
  const sentences = splitSentences(text, 0, bodyEnd).map(([start, end], index): Sentence => {
    const sentenceText = text.slice(start, end);
    let role: Sentence['role'] = 'body';
    if (hasGreeting && end <= firstLine.end) role = 'greeting';
    else if (start >= closingStart) role = 'closing';
    return { text: sentenceText, start, end, index, quoted: findQuotedRanges(sentenceText), role };
  });
  return { text, lang, bodyEnd, sentences, afterGreeting, quotedHistory: text.slice(bodyEnd) };
}

/** Whether `[start, end)` of a sentence overlaps a quotation. */
export function isInQuote(sentence: Sentence, start: number, end: number): boolean {
  return sentence.quoted.some(([qs, qe]) => start < qe && end > qs);
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
