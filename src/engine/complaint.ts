import * as en from '../lexicon/en/complaint.ts';
import * as pt from '../lexicon/pt/complaint.ts';
import { type Doc, findBodyEnd } from './document.ts';
import { byLanguage } from './lexicons.ts';
import { containsPhrase } from './phrases.ts';
import { type DraftContext, LANGS } from './types.ts';

const clientCues = byLanguage({ en: en.clientComplaint, pt: pt.clientComplaint });
const draftCues = byLanguage({ en: en.draftComplaint, pt: pt.draftComplaint });

const SIGNATURE_LINE = /^-- ?[ \t]*(?:\n|$)/;

/** The client's own words: their message may carry our earlier reply quoted below it. */
function ownWords(message: string): string {
  const own = message.slice(0, findBodyEnd(message));
  return own.trim() === '' ? message : own;
}

/**
 * The earlier message quoted below the draft. What follows the body may start with the writer's
 * own signature ("-- "), which says nothing about the client; the history, if any, comes after it.
 */
function earlierMessage(doc: Doc): string {
  let below = doc.quotedHistory;
  if (SIGNATURE_LINE.test(below)) {
    const rest = below.slice(below.indexOf('\n') + 1 || below.length);
    below = rest.slice(findBodyEnd(rest));
  }
  return below;
}

/**
 * Whether a draft answers a complaint, a worry or a frustration. What the caller knows wins; then
 * the client's message (given, or quoted below the draft), which is the best evidence and can also
 * show that there is no complaint at all; only without it, the draft's own words, since a reply
 * that apologises, reassures or pushes back is answering someone who is unhappy.
 */
export function isComplaint(doc: Doc, given: DraftContext | undefined, clientMessage: string | undefined): boolean {
  if (given) return given === 'complaint';
  const theirs = clientMessage === undefined ? earlierMessage(doc) : ownWords(clientMessage);
  // The client may write in another language than the draft's, so every language's cues count.
  if (theirs.trim() !== '') return LANGS.some((lang) => containsPhrase(clientCues(lang), theirs));
  return containsPhrase(draftCues(doc.lang), doc.text.slice(0, doc.bodyEnd));
}
