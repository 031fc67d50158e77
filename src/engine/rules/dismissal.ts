import * as en from '../../lexicon/en/dismissal.ts';
import * as pt from '../../lexicon/pt/dismissal.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import { phraseMatches } from '../rewrite.ts';
import type { SentenceRule } from '../rule.ts';

const dismissals = byLanguage({ en: en.phrases, pt: pt.phrases });

export const rule: SentenceRule = {
  id: 'dismissal',
  category: 'escalation',
  severity: 'medium',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Shutting the reader down: "that\'s just our policy", "there\'s nothing I can do", "it is what it is", "not my problem".',
  message: 'This closes the conversation; say what you can do, or why the rule exists.',
  why: 'A client who hears "that\'s policy" or "nothing I can do" hears "your problem is not my problem". Naming the reason, or the one thing you can do, keeps them talking to you instead of escalating.',
  examples: {
    bad: [
      {
        text: 'We consider the matter closed. A copy of our letter is attached.',
        fixed: 'A copy of our letter is attached.',
      },
      {
        text: "You're not the only client we have. The report is due on Friday.",
        fixed: 'The report is due on Friday.',
      },
      { text: "Hi Mr Fraser, that's just our policy I'm afraid.", fixed: 'Hi Mr Fraser.' },
      {
        text: 'Essa é a política da operadora. O contrato está anexo.',
        lang: 'pt',
        fixed: 'O contrato está anexo.',
      },
      {
        text: "The invoice lists every visit. Frankly, I don't see what the problem is.",
        fixed: 'The invoice lists every visit.',
      },
      { text: 'Não devolvemos a taxa. É política da empresa e ponto.', lang: 'pt', fixed: 'Não devolvemos a taxa.' },
      {
        text: "I've checked the lease. That's just our policy, and the fee applies from the 4th.",
        fixed: "I've checked the lease. The fee applies from the 4th.",
      },
      {
        text: 'Timber prices went up. It is what it is.',
        fixed: 'Timber prices went up.',
      },
      {
        text: 'Essa é a política da empresa, e o reembolso sai em dez dias.',
        lang: 'pt',
        fixed: 'O reembolso sai em dez dias.',
      },
    ],
    good: [
      { text: 'Your complaint is now closed because we refunded you in full on 3 May.' },
      { text: "I hear you, and you're not the only customer who's raised this; the fix ships on Tuesday." },
      { text: 'Thank you for reporting the leak, and sorry you had to deal with it on a Saturday.' },
      { text: 'I can see what the problem is now: the meter was read twice.' },
      { text: "Sorry the laptop is still dropping the Wi-Fi; that's rubbish when you're trying to work from home." },
      { text: "That's normal for this model, and it settles after about 30 seconds." },
      { text: "We can't do anything until the plaster dries, so I've booked the decorator for Friday." },
      { text: "I can't speed that up, but I've flagged your file so Dr Osei reviews it the day it arrives." },
      { text: "It's not your fault, and I'm sorry you had to chase us." },
      { text: "I'll bring a copy of the cancellation policy to Monday's session." },
      { text: "That's how the backup system works: each night's copy replaces the oldest one." },
    ],
  },
  find(sentence, lang) {
    return phraseMatches(sentence, findPhrases(dismissals(lang), sentence), lang);
  },
};
