import * as en from '../../lexicon/en/absolutes.ts';
import * as pt from '../../lexicon/pt/absolutes.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import { phraseSuggestions } from '../rewrite.ts';
import type { SentenceRule } from '../rule.ts';
import type { Lang } from '../types.ts';

const absolutes = byLanguage({ en: en.phrases, pt: pt.phrases });
const softer: Record<Lang, Readonly<Record<string, string>>> = { en: en.softer, pt: pt.softer };

/** One regular expression a language for its sweeping words, longest first ("keep on" before "keep"). */
const sweeping = Object.fromEntries(
  (Object.keys(softer) as Lang[]).map((lang) => {
    const words = Object.keys(softer[lang]).sort((a, b) => b.length - a.length);
    return [lang, new RegExp(`(?<![\\p{L}])(${words.join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu')];
  }),
) as Record<Lang, RegExp>;

/** The hit with its sweeping word softened ("you never send" -> "you don't always send"). */
function softened(text: string, lang: Lang): string | undefined {
  const found = sweeping[lang].exec(text);
  if (!found?.[1]) return undefined;
  const word = found[1].toLowerCase().replace(/\s+/g, ' ');
  return text.slice(0, found.index) + (softer[lang][word] ?? word) + text.slice(found.index + found[1].length);
}

export const rule: SentenceRule = {
  id: 'absolutes',
  category: 'escalation',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description: 'Sweeping claims about the reader: "you always", "you never", "every single time".',
  message: 'A sweeping "always" or "never" about the reader invites them to prove it wrong.',
  why: 'One counter-example defeats "you never reply", and the argument moves to whether it is true. Describe the specific occasions instead.',
  examples: {
    bad: [
      {
        text: 'You never reply within the agreed 48 hours.',
        fixed: "You don't always reply within the agreed 48 hours.",
      },
      {
        text: "In fact, you always change your instructions after we've drafted.",
        fixed: "In fact, you sometimes change your instructions after we've drafted.",
      },
      {
        text: 'Every single time there is a problem, you email the landlord directly.',
        fixed: 'Sometimes when there is a problem, you email the landlord directly.',
      },
      {
        text: 'Você sempre muda o briefing depois da aprovação.',
        lang: 'pt',
        fixed: 'Você às vezes muda o briefing depois da aprovação.',
      },
    ],
    good: [
      { text: 'HMRC never sent the reminder to your new address.' },
      { text: 'We never promise outcomes in employment tribunals.' },
      { text: 'You always have the right to appeal, and you can always call us.' },
      { text: "You never know what the survey will turn up, so I've booked it for Monday." },
      { text: 'Você sempre pode nos ligar se tiver dúvidas.', lang: 'pt' },
      { text: "I'm sorry it's the third time this month the lift has failed." },
    ],
  },
  find(sentence, lang) {
    return findPhrases(absolutes(lang), sentence).map((hit) => {
      const rewrite = hit.phrase.rewrite ?? softened(sentence.text.slice(hit.start, hit.end), lang);
      return { start: hit.start, end: hit.end, suggestions: phraseSuggestions(sentence, { ...hit, rewrite }, lang) };
    });
  },
};
