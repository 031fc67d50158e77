import * as en from '../../lexicon/en/condescension.ts';
import * as pt from '../../lexicon/pt/condescension.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import { phraseMatches } from '../rewrite.ts';
import type { SentenceRule } from '../rule.ts';

const reminders = byLanguage({ en: en.phrases, pt: pt.phrases });
const tonePolicing = byLanguage({ en: en.tonePolicing, pt: pt.tonePolicing });
const mild = byLanguage({ en: en.mild, pt: pt.mild });

export const rule: SentenceRule = {
  id: 'condescension',
  category: 'escalation',
  severity: 'medium',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Talking down to the reader: "as I already explained", "per my last email", "calm down", "it\'s really quite simple", "obviously".',
  message: 'This talks down to the reader; say it plainly instead.',
  why: 'Reminding an upset client that they were already told, or telling them how to feel, reads as "you are slow" and turns a question into a quarrel. Restating the point plainly costs nothing.',
  examples: {
    bad: [
      {
        text: "I'm not sure why you're so upset. The table was booked for 7pm.",
        fixed: 'The table was booked for 7pm.',
      },
      { text: "The fee is fixed. I'm not going to go over it again.", fixed: 'The fee is fixed.' },
      {
        text: 'A senhora foi avisada várias vezes sobre o prazo. O prazo vence dia 10.',
        lang: 'pt',
        fixed: 'O prazo vence dia 10.',
      },
      {
        text: 'As you are aware, the contract is for a minimum term of 24 months.',
        fixed: 'The contract is for a minimum term of 24 months.',
      },
      { text: 'The fee covers both visits. I do hope this is now clear.', fixed: 'The fee covers both visits.' },
      {
        text: 'O senhor foi devidamente informado de que o prazo de rescisão é de 30 dias.',
        lang: 'pt',
        fixed: 'Lembramos que o prazo de rescisão é de 30 dias.',
      },
      {
        text: "I'm a bit taken aback by the tone of your email. The invoice is attached.",
        fixed: 'The invoice is attached.',
      },
      {
        text: "As I'm sure you're aware, pets are not permitted under clause 14.",
        fixed: 'Pets are not permitted under clause 14.',
      },
      {
        text: 'How many more times do we need to go over the same point? The fee was agreed in March.',
        fixed: 'The fee was agreed in March.',
      },
      {
        text: 'As I already explained in my email of 2 March, the court sets the hearing date, not us.',
        fixed: 'To recap, the court sets the hearing date, not us.',
      },
      {
        text: 'Please calm down. We are looking into it now.',
        fixed: 'I understand this is stressful. We are looking into it now.',
      },
      {
        text: 'Just to be clear, VAT is obviously added on top of the quoted fee.',
        fixed: 'Just to be clear, VAT is added on top of the quoted fee.',
      },
      {
        text: "I don't know how to make this clearer: you need to use the VPN.",
        fixed: 'You need to use the VPN.',
      },
      {
        text: 'Como já expliquei na última reunião, o prazo do processo não depende do escritório.',
        lang: 'pt',
        fixed: 'Recapitulando, o prazo do processo não depende do escritório.',
      },
      {
        text: "I'm not sure how much clearer I can make this: the deposit is non-refundable.",
        fixed: 'The deposit is non-refundable.',
      },
      {
        text: 'As you should know by now, invoices are due on the 1st.',
        fixed: 'To recap, invoices are due on the 1st.',
      },
      {
        text: 'Thanks for the photos. Please make sure you actually open the welcome pack before the first session.',
        fixed: 'Thanks for the photos.',
      },
      { text: 'Já falei que a vistoria é na sexta.', lang: 'pt', fixed: 'Confirmo que a vistoria é na sexta.' },
      { text: 'The exit is marked in red, so we are not sure how you missed it.', fixed: 'The exit is marked in red.' },
    ],
    good: [
      { text: "I'm not sure what you expected, so could you tell me what you had in mind?" },
      { text: "I'd like to remind you that your appointment is tomorrow at 10:00." },
      { text: 'I hope this helps, and that the timetable is clearer now.' },
      { text: "I was surprised by the tone of the council's letter too, and I've asked them to explain it." },
      { text: "We'd appreciate it if you could send the signed form by Friday." },
      { text: 'As discussed on Tuesday, I attach the revised draft.' },
      { text: "As you'll see from the attached statement, the payment cleared on 3 March." },
      { text: "We'll get to it once things calm down here." },
      { text: 'You said it was "obviously a rushed job," and looking at it again, I think that\'s fair.' },
      { text: "It isn't hard to see why the letter worried you." },
      { text: 'Conforme combinado, envio a minuta revisada.', lang: 'pt' },
      { text: "I'm sorry the report wasn't ready on Friday as I said it would be." },
      { text: "I'm sorry I couldn't make it clearer on the phone, so here it is in writing." },
      { text: "I'm not sure how to make the Friday deadline work, but I'll ask the court today." },
      { text: 'You may not have seen the FAQ yet, so here is the link.' },
      { text: 'Já falei com o banco, e o boleto sai amanhã.', lang: 'pt' },
      { text: 'I can see how you missed it, because the sign was behind the van.' },
    ],
  },
  find(sentence, lang) {
    return [
      ...phraseMatches(sentence, findPhrases(tonePolicing(lang), sentence), lang, 'high'),
      ...phraseMatches(sentence, findPhrases(reminders(lang), sentence), lang),
      ...phraseMatches(sentence, findPhrases(mild(lang), sentence), lang, 'low'),
    ];
  },
};
