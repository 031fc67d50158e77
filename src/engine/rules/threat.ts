import * as en from '../../lexicon/en/threat.ts';
import * as pt from '../../lexicon/pt/threat.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import { phraseMatches } from '../rewrite.ts';
import type { SentenceRule } from '../rule.ts';

const threats = byLanguage({ en: en.phrases, pt: pt.phrases });

export const rule: SentenceRule = {
  id: 'threat',
  category: 'escalation',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Threats and ultimatums: "final warning", "we will have no choice but to", "you\'re free to instruct another firm".',
  message: 'This reads as a threat; state the next step without the ultimatum.',
  why: 'An ultimatum to an upset client invites one back, and it is the line they forward to a regulator or a review site. If a consequence is real, state the agreed terms calmly, in a separate conversation.',
  examples: {
    bad: [
      {
        text: 'O contrato está anexo. Caso não concorde, fique à vontade para procurar seus direitos.',
        lang: 'pt',
        fixed: 'O contrato está anexo.',
      },
      {
        text: 'The statement is attached. Unless payment is received by Friday, we will cease acting for you.',
        fixed: 'The statement is attached.',
      },
      {
        text: 'This is your final warning. Please call the surgery if you cannot attend.',
        fixed: 'Please call the surgery if you cannot attend.',
      },
      {
        text: "I've attached the statement. If the invoices aren't settled by Friday, we'll have to reconsider whether we can continue working together.",
        fixed: "I've attached the statement.",
      },
      {
        text: 'Caso isso se repita, seremos obrigados a encerrar o contrato. O boleto segue em anexo.',
        lang: 'pt',
        fixed: 'O boleto segue em anexo.',
      },
      {
        text: "I've noted your message. Any more calls like that and we will end your membership.",
        fixed: "I've noted your message.",
      },
    ],
    good: [
      {
        text: 'As agreed on our call, we will cease acting for you on 1 May and send your file to your new solicitors.',
      },
      { text: "We'll close the ticket once you confirm the printer is working." },
      { text: 'Your tenancy ends on 31 March, and the check-out is booked for that morning.' },
      { text: "If you'd prefer to see a different counsellor in the practice, I can arrange that too." },
      { text: 'This is your only chance to appeal, so I have put the deadline in my diary.' },
      { text: "Any more questions and I'll happily go through them on Thursday." },
    ],
  },
  find(sentence, lang) {
    return phraseMatches(sentence, findPhrases(threats(lang), sentence), lang);
  },
};
