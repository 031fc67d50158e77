import * as en from '../../lexicon/en/sarcasm.ts';
import * as pt from '../../lexicon/pt/sarcasm.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import { phraseMatches } from '../rewrite.ts';
import type { SentenceRule } from '../rule.ts';

const sarcasm = byLanguage({ en: en.phrases, pt: pt.phrases });
const loudThanks = byLanguage({ en: en.loudThanks, pt: pt.loudThanks });

/** A word of two or more capital letters: the stress that turns thanks into sarcasm. */
const CAPITALISED = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;

export const rule: SentenceRule = {
  id: 'sarcasm',
  category: 'escalation',
  severity: 'medium',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Sarcasm: "thanks SO much for your patience", "great, another change", "thank you for your fifth email today".',
  message: 'This reads as sarcasm; say what you need plainly.',
  why: 'Sarcasm in writing always lands, and it lands as contempt. An upset client will quote it back; a plain request gets the same point across.',
  examples: {
    bad: [
      {
        text: 'Thanks SO much for your patience while we redid the deck.',
        fixed: 'Thank you for your patience while we redid the deck.',
      },
      {
        text: "Great, another laptop left on a train. I'll order a replacement.",
        fixed: "Thanks for letting me know about the laptop left on a train. I'll order a replacement.",
      },
      {
        text: 'Thank you for your fifth email today. I will answer them together.',
        fixed: 'Thank you for your email today. I will answer them together.',
      },
      {
        text: 'Que ótimo, mais uma alteração no logo.',
        lang: 'pt',
        fixed: 'Agradeço o aviso sobre a alteração no logo.',
      },
      { text: "Great, so the launch date has moved again. I'll update the plan.", fixed: "I'll update the plan." },
      {
        text: "It's a budget flight with a 20kg limit. Not sure what you were expecting.",
        fixed: "It's a budget flight with a 20kg limit.",
      },
    ],
    good: [
      { text: 'Thanks so much for your patience with this.' },
      { text: 'Great, one more thing: could you send the signed page?' },
      { text: 'Thank you for your second email with the corrected figures.' },
      { text: 'Happy to take another look on Monday.' },
      { text: "Great, so we'll meet again on Tuesday at 10." },
      { text: 'The blue option might be more your style.' },
      { text: "I'm not sure what you were expecting to receive, so could you tell me?" },
    ],
  },
  find(sentence, lang) {
    const loud = findPhrases(loudThanks(lang), sentence).filter((hit) =>
      CAPITALISED.test(sentence.text.slice(hit.start, hit.end)),
    );
    return [
      ...phraseMatches(sentence, loud, lang),
      ...phraseMatches(sentence, findPhrases(sarcasm(lang), sentence), lang),
    ];
  },
};
