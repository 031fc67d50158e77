import * as en from '../../lexicon/en/false-reassurance.ts';
import * as guarantee from '../../lexicon/en/guarantee.ts';
import * as pt from '../../lexicon/pt/false-reassurance.ts';
import * as ptGuarantee from '../../lexicon/pt/guarantee.ts';
import { isHedged, softenModal } from '../certainty.ts';
import type { Sentence } from '../document.ts';
import { byLanguage } from '../lexicons.ts';
import { containsPhrase, findPhrases } from '../phrases.ts';
import { replaceWords } from '../rewrite.ts';
import type { SentenceMatch, SentenceRule } from '../rule.ts';
import type { Lang } from '../types.ts';

const dismissals = byLanguage({ en: en.dismissals, pt: pt.dismissals });
const outcomes = byLanguage({ en: en.outcomes, pt: pt.outcomes });
const ownSteps = byLanguage({ en: guarantee.ownSteps, pt: ptGuarantee.ownSteps });

/** "Don't worry about it at all, I'll handle it": the writer takes the worry on as their own step. */
function takenOn(sentence: Sentence, lang: Lang, end: number): boolean {
  const rest = sentence.text.slice(end).replace(/^[\s,;:\u2013\u2014-]+/u, '');
  return containsPhrase(ownSteps(lang), rest);
}

const LABELS: Record<Lang, { reword: string; soften: string }> = {
  en: { reword: 'Reassure without promising', soften: 'Say it as an expectation' },
  pt: { reword: 'Tranquilizar sem prometer', soften: 'Dizer como expectativa' },
};

export const rule: SentenceRule = {
  id: 'false-reassurance',
  category: 'overpromise',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description: 'Reassurance that settles the outcome: "you have nothing to worry about", "you\'ll sail through".',
  message: 'This promises the outcome: reassure with what you know and what you will do.',
  why: 'An anxious client hears "nothing to worry about" as a promise. If the crack widens or the audit goes badly, the reassurance becomes the complaint; saying what you expect and what you are checking calms them just as well.',
  examples: {
    bad: [
      {
        text: "He'll be absolutely fine after the operation.",
        fixed: 'He should be absolutely fine after the operation.',
      },
      {
        text: "It's just settling, so you have nothing to worry about.",
        fixed: "It's just settling, so I don't expect this to be a problem.",
      },
      {
        text: "From what you describe, it's definitely nothing serious.",
        fixed: "From what you describe, it's unlikely to be serious.",
      },
      {
        text: "Between us, you'll sail through the audit.",
        fixed: 'Between us, you should sail through the audit.',
      },
      {
        text: "The insurer has accepted the claim, so you won't be out of pocket.",
        fixed: "The insurer has accepted the claim, so you shouldn't be out of pocket.",
      },
      {
        text: "Don't worry about the inspection at all.",
        fixed: "I don't expect this to be a problem.",
      },
      {
        text: "Your books are spotless and they won't find a thing.",
        fixed: "Your books are spotless and they shouldn't find a thing.",
      },
      {
        text: 'There is absolutely no risk to your deposit.',
        fixed: 'There is very little risk to your deposit.',
      },
      {
        text: 'Pode ficar tranquilo, estou cuidando disso.',
        lang: 'pt',
        fixed: 'Vou acompanhar tudo de perto, estou cuidando disso.',
      },
      {
        text: 'The scan came back clear, so you can stop worrying.',
        fixed: "The scan came back clear, so I don't expect this to be a problem.",
      },
    ],
    good: [
      { text: "He'll be fine to drive tomorrow if the drowsiness has gone." },
      { text: "It's probably nothing to worry about, but I've booked the surveyor for Tuesday to be sure." },
      { text: "Don't worry about office hours with me; I'll reply on Monday." },
      { text: "There's no need to worry about the paperwork, I'll handle it." },
      { text: "Don't worry about the inspection at all, I'll be there with you." },
      { text: "I can't say there's no risk to your deposit, but it is small." },
      { text: "If anything is wrong with the tiling, we won't find it until the grout dries." },
      { text: 'I can see why this is worrying, and thank you for sending the photos.' },
      { text: "I hope you'll feel better soon." },
      { text: 'Não se preocupe com o formulário, eu preencho para o senhor.', lang: 'pt' },
      { text: "I'll call you at 3pm, so you can stop worrying about when you'll hear from me." },
    ],
  },
  find(sentence, lang) {
    // "Is there no risk to the deposit?" asks; it does not reassure.
    if (/\?\s*$/.test(sentence.text)) return [];
    const matches: SentenceMatch[] = [];
    const labels = LABELS[lang];
    for (const hit of findPhrases(dismissals(lang), sentence)) {
      if (isHedged(sentence, lang, hit.start, hit.end) || hit.phrase.rewrite === undefined) continue;
      if (takenOn(sentence, lang, hit.end)) continue;
      const edit = replaceWords(sentence, hit.start, hit.end, hit.phrase.rewrite);
      matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: labels.reword, edits: [edit] }] });
    }
    for (const hit of findPhrases(outcomes(lang), sentence)) {
      if (isHedged(sentence, lang, hit.start, hit.end)) continue;
      const modal = softenModal(sentence, lang, hit.start, hit.end);
      if (modal)
        matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: labels.soften, edits: [modal] }] });
    }
    return matches;
  },
};
