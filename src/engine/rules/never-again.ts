import * as en from '../../lexicon/en/never-again.ts';
import * as pt from '../../lexicon/pt/never-again.ts';
import { isHedged, softenModal } from '../certainty.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import { replaceWords } from '../rewrite.ts';
import type { SentenceMatch, SentenceRule } from '../rule.ts';
import type { Edit, Lang } from '../types.ts';

const recurrences = byLanguage({ en: en.recurrences, pt: pt.recurrences });
const endings = byLanguage({ en: en.endings, pt: pt.endings });
const permanence = byLanguage({ en: en.permanence, pt: pt.permanence });

const LABELS: Record<Lang, { effort: string; soften: string; drop: string }> = {
  en: { effort: 'Commit to effort, not a result', soften: 'Say it as an expectation', drop: 'Leave it out' },
  pt: { effort: 'Prometer esforço, não resultado', soften: 'Dizer como expectativa', drop: 'Tirar este trecho' },
};

/** A trailing ", ever" that only makes sense next to the certainty it leaves behind. */
const TRAILING_EVER = /,\s*ever$/i;

export const rule: SentenceRule = {
  id: 'never-again',
  category: 'overpromise',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description: 'Promising that a failure can never recur: "this will never happen again", "no more dropouts, ever".',
  message: 'Nobody can promise this never happens again: say what you have changed and that you will do all you can.',
  why: 'After a failure the client wants to hear what has changed. "Never again" sounds reassuring today and becomes a broken promise the next time anything slips, which is far worse than the first failure.',
  examples: {
    bad: [
      {
        text: "I've spoken to the lads and it will never happen again.",
        fixed: "I've spoken to the lads and we'll do everything we can to stop this happening again.",
      },
      {
        text: "We've swapped the switch, so you won't have any more dropouts, ever.",
        fixed: "We've swapped the switch, so you shouldn't have any more dropouts.",
      },
      {
        text: "I'll make sure nothing like this ever happens again.",
        fixed: "I'll help prevent this happening again.",
      },
      { text: 'The new valve fixes the leak for good.', fixed: 'The new valve fixes the leak.' },
      {
        text: "We've patched the server, and you'll never see that error again.",
        fixed: "We've patched the server, and we'll do everything we can to stop this happening again.",
      },
      {
        text: 'Isso nunca mais vai acontecer.',
        lang: 'pt',
        fixed: 'Vamos fazer todo o possível para que isso não se repita.',
      },
      {
        text: 'This has never happened before and will never happen again.',
        fixed: "This has never happened before and we'll do everything we can to stop this happening again.",
      },
    ],
    good: [
      { text: "We've changed the checklist so that this doesn't happen again." },
      { text: "We'll do everything we can to make sure it never happens again." },
      { text: "I won't charge for the next two sessions, and we won't bill the rework." },
      { text: 'HMRC never sent the reminder to your new address.' },
      { text: "It won't be any more expensive than the original quote." },
      { text: 'Vamos fazer o possível para que isso não se repita.', lang: 'pt' },
    ],
  },
  find(sentence, lang) {
    const matches: SentenceMatch[] = [];
    const labels = LABELS[lang];
    for (const hit of findPhrases(recurrences(lang), sentence)) {
      if (isHedged(sentence, lang, hit.start, hit.end) || hit.phrase.rewrite === undefined) continue;
      const edit = replaceWords(sentence, hit.start, hit.end, hit.phrase.rewrite);
      matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: labels.effort, edits: [edit] }] });
    }
    for (const hit of findPhrases(endings(lang), sentence)) {
      if (isHedged(sentence, lang, hit.start, hit.end)) continue;
      const modal = softenModal(sentence, lang, hit.start, hit.end);
      if (!modal) continue;
      const edits: Edit[] = [modal];
      const ever = TRAILING_EVER.exec(sentence.text.slice(hit.start, hit.end));
      if (ever) edits.push({ start: hit.end - ever[0].length, end: hit.end, text: '' });
      matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: labels.soften, edits }] });
    }
    for (const hit of findPhrases(permanence(lang), sentence)) {
      if (isHedged(sentence, lang, hit.start, hit.end)) continue;
      // The words never open the sentence (a verb comes first), so the space before them goes too.
      const edit: Edit = { start: sentence.text.slice(0, hit.start).trimEnd().length, end: hit.end, text: '' };
      matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: labels.drop, edits: [edit] }] });
    }
    return matches;
  },
};
