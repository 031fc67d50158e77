import * as en from '../../lexicon/en/non-apology.ts';
import * as pt from '../../lexicon/pt/non-apology.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import { phraseMatches } from '../rewrite.ts';
import type { SentenceRule } from '../rule.ts';

const nonApologies = byLanguage({ en: en.phrases, pt: pt.phrases });

export const rule: SentenceRule = {
  id: 'non-apology',
  category: 'escalation',
  severity: 'medium',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Apologies that blame the reader\'s feelings: "I\'m sorry you feel that way", "sorry if you were offended".',
  message: 'This apologises for their feelings, not for what happened.',
  why: '"Sorry you feel that way" tells the client the problem is their reaction. It reads as a brush-off and usually draws a sharper reply than no apology at all.',
  examples: {
    bad: [
      {
        text: "I have received your email. I'm sorry you feel that way.",
        fixed: "I have received your email. I'm sorry this has been so frustrating.",
      },
      {
        text: "I'm sorry if you were offended. It was meant as a bold option.",
        fixed: "I'm sorry for the upset this caused. It was meant as a bold option.",
      },
      {
        text: 'Lamento que a senhora se sinta assim.',
        lang: 'pt',
        fixed: 'Sinto muito que isso tenha sido tão frustrante.',
      },
      {
        text: "We're sorry you felt the need to post about your visit online.",
        fixed: 'Thank you for taking the time to post about your visit online.',
      },
      { text: "I'm sorry you feel the repair was rushed.", fixed: "I'm sorry the repair was rushed." },
      {
        text: 'Sorry if the wording of my reply on Friday offended you.',
        fixed: "I'm sorry for the upset this caused you.",
      },
    ],
    good: [
      { text: 'Looking at the call log, I can see why you feel that way.' },
      { text: "I'm sorry you were spoken to that way; it shouldn't have happened." },
      { text: "I'm sorry you've had to chase us for this." },
      { text: 'Sorry if this causes any inconvenience.' },
      { text: "I'm sorry you felt unwell after the session, and thank you for telling me." },
      { text: "I'm sorry the wording of my reply on Friday upset you; I should have been clearer." },
    ],
  },
  find(sentence, lang) {
    return phraseMatches(sentence, findPhrases(nonApologies(lang), sentence), lang);
  },
};
