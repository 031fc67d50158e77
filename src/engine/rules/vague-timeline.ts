import * as en from '../../lexicon/en/vague-timeline.ts';
import * as pt from '../../lexicon/pt/vague-timeline.ts';
import { byLanguage, concreteTimes } from '../lexicons.ts';
import { containsPhrase, findPhrases } from '../phrases.ts';
import { replacement, type SentenceRule } from '../rule.ts';

const vagueTimes = byLanguage({ en: en.vagueTimes, pt: pt.vagueTimes });
const commitmentCues = byLanguage({ en: en.commitmentCues, pt: pt.commitmentCues });

/** How far (in characters) a concrete date may sit from a vague word and still pin it down. */
const NEARBY = 30;

export const rule: SentenceRule = {
  id: 'vague-timeline',
  category: 'vague-timeline',
  severity: 'medium',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description: 'A vague time ("soon", "ASAP", "in due course") where the client needs a date or a next step.',
  message: 'Give a date or a concrete next step instead of a vague time.',
  why: 'An anxious client reads "soon" as whatever they hoped for; a named day sets an expectation you can meet and shows the matter is in hand.',
  examples: {
    bad: [
      { text: "We'll get the final order to you soon.", fixed: "We'll get the final order to you by [date]." },
      { text: 'Vamos analisar em breve.', lang: 'pt', fixed: 'Vamos analisar até [data].' },
    ],
    good: [
      { text: "You'll have the revised files shortly, by 2pm tomorrow." },
      { text: 'The weather should clear soon, and we have you first on the list for Monday.' },
      { text: "As soon as you send the signed form back, I'll file it the same day." },
      { text: "At some point during Tuesday's update the permissions were reset." },
    ],
  },
  find(sentence, lang) {
    const hits = findPhrases(vagueTimes(lang), sentence);
    if (hits.length === 0 || !containsPhrase(commitmentCues(lang), sentence.text)) return [];
    const concrete = findPhrases(concreteTimes(lang), sentence);
    return hits
      .filter(
        (hit) =>
          /^shortly after/i.test(sentence.text.slice(hit.start, hit.end)) ||
          !concrete.some((time) => time.start < hit.end + NEARBY && time.end > hit.start - NEARBY),
      )
      .map((hit) => ({
        start: hit.start,
        end: hit.end,
        suggestions: hit.phrase.rewrite
          ? [replacement(lang === 'pt' ? 'Dizer a data' : 'Name the date', hit.start, hit.end, hit.phrase.rewrite)]
          : [],
      }));
  },
};
