// Rewrites that work on any sentence: swap a phrase, drop a few words, or drop the clause that
// carries them. Edits are sentence-relative, like the matches that hold them.
import type { Sentence } from './document.ts';
import type { PhraseHit } from './phrases.ts';
import type { SentenceMatch } from './rule.ts';
import type { Edit, Lang, Severity, Suggestion } from './types.ts';

const LABELS: Record<Lang, { reword: string; remove: string }> = {
  en: { reword: 'Use calmer wording', remove: 'Leave it out' },
  pt: { reword: 'Usar um tom mais calmo', remove: 'Tirar este trecho' },
};

/** Clause separators: a comma, semicolon, colon or dash between words. */
const SEPARATOR = /[,;:\u2013\u2014]|\s-\s/g;
/** A sentence that opens with a condition loses its sense when either half goes, so it goes whole. */
const CONDITIONAL_START = /^\W*(if|unless|should|once|until|se|caso|a menos que)(?![\p{L}])/iu;
/** Fewer words than this left over from a sentence are not worth keeping. */
const MIN_WORDS_LEFT = 3;
/** A joining word left at the front of what remains once the first clause is removed. */
const LEADING_CONJUNCTION = /(and|but|so|yet|mas|e|ent[ãa]o|por[ée]m)(?![\p{L}])[,\s]*/iuy;
const WORD = /\p{L}+/gu;
const SPACE_AFTER = /[,:;]?\s+/y;
const SPACE_BEFORE = /,?\s+$/;

/** Separator positions of a sentence, found once however many phrases in it are rewritten. */
const separatorCache = new WeakMap<Sentence, Array<{ start: number; end: number }>>();

function separators(sentence: Sentence): Array<{ start: number; end: number }> {
  let found = separatorCache.get(sentence);
  if (!found) {
    found = [...sentence.text.matchAll(SEPARATOR)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
    separatorCache.set(sentence, found);
  }
  return found;
}

/** Index of the first separator that starts at or after `offset` (they are in order and never overlap). */
function firstFrom(list: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether only punctuation and space come before `offset`: the words there open the sentence. */
function opensSentence(text: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) if (/[\p{L}\p{N}]/u.test(text.charAt(at))) return false;
  return true;
}

/** Where the sentence's words end, before its closing punctuation and quote marks. */
function wordsEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s.!?\u2026"'\u201d\u2019]/.test(text.charAt(end - 1))) end--;
  return end;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  return at;
}

/** Whether `text[from, to)` holds at least `count` words (it stops counting there). */
function hasWords(text: string, from: number, to: number, count: number): boolean {
  if (count <= 0) return true;
  WORD.lastIndex = from;
  let seen = 0;
  for (let found = WORD.exec(text); found && found.index < to; found = WORD.exec(text)) {
    if (++seen >= count) return true;
  }
  return false;
}

function countWords(text: string, from: number, to: number, limit: number): number {
  let seen = 0;
  while (seen < limit && hasWords(text, from, to, seen + 1)) seen++;
  return seen;
}

/** Deletes `text[0, from)` and capitalises what follows, dropping a joining word left in front. */
function dropOpening(text: string, from: number): Edit {
  let at = skipSpace(text, from);
  const stop = wordsEnd(text);
  LEADING_CONJUNCTION.lastIndex = at;
  const conjunction = LEADING_CONJUNCTION.exec(text);
  if (conjunction && at + conjunction[0].length < stop) at += conjunction[0].length;
  if (at >= stop) return { start: 0, end: text.length, text: '' };
  return { start: 0, end: at + 1, text: text.charAt(at).toUpperCase() };
}

/** Where the clause running on from `offset` ends: the next separator, or the sentence's closing punctuation. */
export function clauseEnd(sentence: Sentence, offset: number): number {
  const stop = wordsEnd(sentence.text);
  const next = separators(sentence)[firstFrom(separators(sentence), offset)];
  return next && next.start < stop ? next.start : Math.max(stop, offset);
}

/** Removes the clause that holds `[start, end)`, or the whole sentence when nothing sensible would remain. */
export function removeClause(sentence: Sentence, start: number, end: number): Edit {
  const { text } = sentence;
  const whole: Edit = { start: 0, end: text.length, text: '' };
  if (CONDITIONAL_START.test(text)) return whole;
  const stop = wordsEnd(text);
  const all = separators(sentence);
  // A separator the match itself ends on ("As I already explained,") closes the match's clause.
  const next = firstFrom(all, Math.max(start + 1, end - 1));
  const before = all[firstFrom(all, start) - 1];
  const found = all[next];
  const after = found && found.start < stop ? found : undefined;
  let edit: Edit;
  if (before) edit = { start: before.start, end: after ? after.start : stop, text: '' };
  else if (after) edit = dropOpening(text, after.end);
  else return whole;
  // "Honestly, I'm not sure what else you want." should not shrink to "Honestly."
  const kept =
    countWords(text, 0, edit.start, MIN_WORDS_LEFT) + countWords(text, edit.end, text.length, MIN_WORDS_LEFT);
  return kept < MIN_WORDS_LEFT ? whole : edit;
}

/** Removes just the words `[start, end)` and the punctuation or space that went with them. */
export function removeWords(sentence: Sentence, start: number, end: number): Edit {
  const { text } = sentence;
  SPACE_AFTER.lastIndex = end;
  const trailing = SPACE_AFTER.exec(text);
  const to = end + (trailing?.[0].length ?? 0);
  if (opensSentence(text, start)) {
    const edit = dropOpening(text, to);
    return edit.end === text.length ? edit : { start, end: edit.end, text: edit.text };
  }
  let from = start;
  if (!trailing) {
    const leading = SPACE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (leading) from -= leading[0].length;
  }
  return { start: from, end: to, text: '' };
}

/** Puts `wording` in place of `[start, end)`, capitalised when it opens the sentence. */
export function replaceWords(sentence: Sentence, start: number, end: number, wording: string): Edit {
  return { start, end, text: opensSentence(sentence.text, start) ? upperFirst(wording) : wording };
}

/**
 * The suggestions for a phrase: its calmer wording when the lexicon gives one (an empty wording
 * means the words are better left out), else removing the clause that carries it.
 */
export function phraseSuggestions(
  sentence: Sentence,
  hit: Pick<PhraseHit, 'start' | 'end'> & { rewrite?: string | undefined },
  lang: Lang,
): Suggestion[] {
  const labels = LABELS[lang];
  const { start, end, rewrite } = hit;
  if (rewrite === '') return [{ label: labels.remove, edits: [removeWords(sentence, start, end)] }];
  const removal: Suggestion = { label: labels.remove, edits: [removeClause(sentence, start, end)] };
  if (rewrite === undefined) return [removal];
  return [{ label: labels.reword, edits: [replaceWords(sentence, start, end, rewrite)] }, removal];
}

/** Turns phrase hits into matches, each with the phrase's suggestions. */
export function phraseMatches(
  sentence: Sentence,
  hits: readonly PhraseHit[],
  lang: Lang,
  severity?: Severity,
): SentenceMatch[] {
  return hits.map((hit) => ({
    start: hit.start,
    end: hit.end,
    ...(severity ? { severity } : {}),
    suggestions: phraseSuggestions(sentence, { start: hit.start, end: hit.end, rewrite: hit.phrase.rewrite }, lang),
  }));
}
