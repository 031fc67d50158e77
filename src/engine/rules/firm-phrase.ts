import type { Phrase } from '../../lexicon/types.ts';
import { compileLiteralPhrases, findPhrases, type PhraseSet } from '../phrases.ts';
import { replaceWords } from '../rewrite.ts';
import type { DocumentMatch, DocumentRule } from '../rule.ts';
import type { CustomPhrase } from '../types.ts';

/** The firm's list changes only when its settings do: compile it once per distinct list. */
let compiled: { key: string; set: PhraseSet; byPattern: Map<Phrase, CustomPhrase> } | null = null;

function phraseSetFor(custom: readonly CustomPhrase[]): NonNullable<typeof compiled> {
  const key = JSON.stringify(custom.map((entry) => entry.phrase));
  if (compiled?.key !== key) {
    const byPattern = new Map(custom.map((entry): [Phrase, CustomPhrase] => [{ pattern: entry.phrase }, entry]));
    compiled = { key, set: compileLiteralPhrases([...byPattern.keys()]), byPattern };
  }
  return compiled;
}

const LABEL = { en: 'Use the firm’s wording', pt: 'Usar a redação do escritório' } as const;

export const rule: DocumentRule = {
  id: 'firm-phrase',
  category: 'escalation',
  severity: 'medium',
  scope: 'document',
  languages: ['en', 'pt'],
  description:
    'Wording the firm has asked its people to avoid, set on the options page; each phrase carries its own category, message and alternatives.',
  message: 'Your firm asks you to avoid this wording.',
  why: 'The firm knows what its own clients react to; its list travels with every reply its people write.',
  examples: {
    bad: [
      {
        text: 'We will action your request.',
        settings: {
          customPhrases: [
            {
              phrase: 'action your request',
              category: 'escalation',
              message: 'Jargon.',
              alternatives: ['deal with your request'],
            },
          ],
        },
        fixed: 'We will deal with your request.',
      },
    ],
    good: [
      {
        text: 'You wrote "action your request", and we have.',
        settings: {
          customPhrases: [
            {
              phrase: 'action your request',
              category: 'escalation',
              message: 'Jargon.',
              alternatives: ['deal with it'],
            },
          ],
        },
      },
    ],
  },
  find(doc, context) {
    const custom = (context.settings.customPhrases ?? []).filter((entry) => entry.phrase.trim() !== '');
    if (custom.length === 0) return [];
    const { set, byPattern } = phraseSetFor(custom);
    const matches: DocumentMatch[] = [];
    for (const sentence of doc.sentences) {
      for (const hit of findPhrases(set, sentence)) {
        const entry = byPattern.get(hit.phrase);
        if (!entry) continue;
        matches.push({
          start: sentence.start + hit.start,
          end: sentence.start + hit.end,
          category: entry.category,
          message: entry.message,
          suggestions: entry.alternatives.map((alternative) => {
            const edit = replaceWords(sentence, hit.start, hit.end, alternative);
            return {
              label: `${LABEL[context.lang]}: ${alternative}`,
              edits: [{ start: sentence.start + edit.start, end: sentence.start + edit.end, text: edit.text }],
            };
          }),
        });
      }
    }
    return matches;
  },
};
