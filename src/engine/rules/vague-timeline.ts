import * as en from '../../lexicon/en/vague-timeline.ts';
import * as pt from '../../lexicon/pt/vague-timeline.ts';
import type { Sentence } from '../document.ts';
import { byLanguage, concreteTimes } from '../lexicons.ts';
import { containsPhrase, findPhrases, type PhraseHit } from '../phrases.ts';
import { replacement, type SentenceRule } from '../rule.ts';
import type { Lang } from '../types.ts';

const vagueTimes = byLanguage({ en: en.vagueTimes, pt: pt.vagueTimes });
const vagueAfter = byLanguage({ en: en.vagueAfter, pt: pt.vagueAfter });
const commitmentCues = byLanguage({ en: en.commitmentCues, pt: pt.commitmentCues });
const notTheWritersPromise = byLanguage({ en: en.notTheWritersPromise, pt: pt.notTheWritersPromise });
const clauseBreaks = byLanguage({ en: en.clauseBreaks, pt: pt.clauseBreaks });

/** How far (in characters) a concrete date may sit from a vague word and still pin it down. */
const NEARBY = 30;

/** Whether a request to the reader or a wish governs the clause the vague word sits in. */
function excused(sentence: Sentence, hit: PhraseHit, lang: Lang): boolean {
  return findPhrases(notTheWritersPromise(lang), sentence).some(
    (cue) => cue.end <= hit.start && !containsPhrase(clauseBreaks(lang), sentence.text.slice(cue.end, hit.start)),
  );
}

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
      {
        text: 'Your complaint has gone to a senior manager, who will contact you as a matter of priority.',
        fixed: 'Your complaint has gone to a senior manager, who will contact you by [date].',
      },
      {
        text: 'A transferência está em andamento no DETRAN, e assim que possível te aviso.',
        lang: 'pt',
        fixed: 'A transferência está em andamento no DETRAN, e até [data] te aviso.',
      },
      { text: "We'll get the final order to you soon.", fixed: "We'll get the final order to you by [date]." },
      {
        text: 'The penalty should be lifted, and the refund will follow shortly after.',
        fixed: 'The penalty should be lifted, and the refund will follow by [date].',
      },
      { text: 'Vamos analisar em breve.', lang: 'pt', fixed: 'Vamos analisar até [data].' },
      { text: "We'll reply at our earliest convenience.", fixed: "We'll reply by [date]." },
      {
        text: 'A fix will be included in an upcoming release.',
        fixed: 'A fix will be included in the release due on [date].',
      },
      {
        text: "We're replacing the router at the earliest opportunity.",
        fixed: "We're replacing the router by [date].",
      },
      {
        text: 'The team is aware, and a patch is coming soon.',
        fixed: 'The team is aware, and a patch is coming by [date].',
      },
      { text: "We'll answer your query within a reasonable timeframe.", fixed: "We'll answer your query by [date]." },
    ],
    good: [
      { text: 'Please treat the signed form as a priority and send it by Friday.' },
      { text: "You'll have the revised files shortly, by 2pm tomorrow." },
      { text: "We'll have the keys with you shortly after 2pm on Thursday." },
      { text: 'The weather should clear soon, and we have you first on the list for Monday.' },
      { text: "As soon as you send the signed form back, I'll file it the same day." },
      { text: "At some point during Tuesday's update the permissions were reset." },
      { text: 'Could you send the signed form back as soon as possible so we can file it?' },
      { text: "I hope you'll be feeling better soon." },
      { text: "I'll ring you at 3pm today, and we'll go through the options in a bit more detail then." },
      { text: "We'll let you know when we can confirm the new date with the council." },
      { text: "It'll be ready when it's ready." },
      { text: 'Poderia me enviar os documentos o quanto antes, para podermos protocolar?', lang: 'pt' },
      { text: "I'm sorry the boiler failed so soon after the service; the engineer is booked for Tuesday at 9am." },
      { text: 'Please reply at your earliest convenience so we can book the survey.' },
      { text: 'The storm is coming soon, so please bring the garden chairs inside.' },
    ],
  },
  find(sentence, lang) {
    const loose = findPhrases(vagueTimes(lang), sentence);
    const relative = findPhrases(vagueAfter(lang), sentence);
    if ((loose.length === 0 && relative.length === 0) || !containsPhrase(commitmentCues(lang), sentence.text)) {
      return [];
    }
    const concrete = findPhrases(concreteTimes(lang), sentence);
    const pinned = (hit: PhraseHit) =>
      relative.includes(hit)
        ? concrete.some((time) => time.start >= hit.end && time.start <= hit.end + 1)
        : concrete.some((time) => time.start < hit.end + NEARBY && time.end > hit.start - NEARBY);
    return [...loose, ...relative]
      .filter((hit) => !pinned(hit) && !excused(sentence, hit, lang))
      .sort((a, b) => a.start - b.start)
      .map((hit) => ({
        start: hit.start,
        end: hit.end,
        suggestions: hit.phrase.rewrite
          ? [replacement(lang === 'pt' ? 'Dizer a data' : 'Name the date', hit.start, hit.end, hit.phrase.rewrite)]
          : [],
      }));
  },
};
