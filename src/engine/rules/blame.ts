import * as en from '../../lexicon/en/blame.ts';
import * as pt from '../../lexicon/pt/blame.ts';
import type { Sentence } from '../document.ts';
import { byLanguage } from '../lexicons.ts';
import { type Token, tag } from '../nlp.ts';
import { findPhrases, type PhraseHit } from '../phrases.ts';
import { clauseEnd, phraseMatches, phraseSuggestions } from '../rewrite.ts';
import type { SentenceMatch, SentenceRule } from '../rule.ts';
import type { Lang } from '../types.ts';

const accusations = byLanguage({ en: en.phrases, pt: pt.phrases });
const hindsight = byLanguage({ en: en.hindsight, pt: [] });
const causes = byLanguage({ en: en.causes, pt: [] });
const selfInflicted = byLanguage({ en: en.selfInflicted, pt: [] });
const neutralAfterHindsight = new Set(en.neutralAfterHindsight);
const neutralCauseVerbs = new Set(en.neutralCauseVerbs);

/** What follows a cause's subject that the tagger needs to see: a few words of the clause. */
const NEXT_WORDS = /^(\s+[^\s,;:.!?]+){0,4}/;

/**
 * Tags only the words of a hit (and what follows up to `to`): a handful of words costs a fraction
 * of the whole sentence, and the verb right after the subject is all the rule needs.
 */
function tagged(sentence: Sentence, from: number, to: number): Token[] {
  return tag(sentence.text.slice(from, to)).map((token) => ({
    ...token,
    start: token.start + from,
    end: token.end + from,
  }));
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((token) => token.start >= offset && token.text !== '');
}

function isPastAction(token: Token | undefined): boolean {
  if (!token) return false;
  const { tags } = token;
  return (
    tags.has('Verb') && tags.has('PastTense') && !tags.has('Copula') && !tags.has('Auxiliary') && !tags.has('Modal')
  );
}

/**
 * "You should have read…": blame when the word after "have" is a verb, not "received" or a noun
 * ("you should have access"). The tagger reads a participle that looks like the plain verb ("come",
 * "become") as an infinitive; after "have" it is still the participle.
 */
function hindsightMatches(sentence: Sentence, hits: readonly PhraseHit[]): PhraseHit[] {
  return hits.filter((hit) => {
    const word = /\p{L}+$/u.exec(sentence.text.slice(hit.start, hit.end));
    if (!word || neutralAfterHindsight.has(word[0].toLowerCase())) return false;
    const tokens = tagged(sentence, hit.start, hit.end);
    const verb = tokens[tokenAt(tokens, hit.end - word[0].length)];
    return (
      verb?.tags.has('Verb') === true &&
      (verb.tags.has('PastTense') || verb.tags.has('Participle') || verb.tags.has('Infinitive'))
    );
  });
}

/**
 * "because your team didn't send…": blame when what the reader did is a failing or a past action,
 * not "because you asked". The span runs to the end of the clause, so the fix removes the reason.
 */
function causeMatches(sentence: Sentence, hits: readonly PhraseHit[]): PhraseHit[] {
  const kept: PhraseHit[] = [];
  for (const hit of hits) {
    const rest = sentence.text.slice(hit.end);
    const tokens = tagged(sentence, hit.start, hit.end + (NEXT_WORDS.exec(rest)?.[0].length ?? 0));
    let index = tokenAt(tokens, hit.end);
    while (tokens[index]?.tags.has('Adverb') && !tokens[index]?.tags.has('Negative')) index++;
    const next = tokens[index];
    if (!next) continue;
    const helper = next.tags.has('Auxiliary') || next.tags.has('Copula') || next.tags.has('Modal');
    const blames =
      next.tags.has('Negative') ||
      (helper && tokens[index + 1]?.tags.has('Negative')) ||
      (isPastAction(next) && !neutralCauseVerbs.has(next.normal));
    if (!blames) continue;
    kept.push({ start: hit.start, end: clauseEnd(sentence, hit.end), phrase: { ...hit.phrase, rewrite: '' } });
  }
  return kept;
}

/** "You deleted the folder yourself": a past action of the reader's, stressed. */
function selfInflictedMatches(sentence: Sentence, hits: readonly PhraseHit[]): PhraseHit[] {
  return hits.filter((hit) => {
    const tokens = tagged(sentence, hit.start, hit.end);
    let index = tokenAt(tokens, hit.start) + 1;
    while (tokens[index]?.tags.has('Adverb')) index++;
    return isPastAction(tokens[index]);
  });
}

function readerActionMatches(sentence: Sentence, lang: Lang): SentenceMatch[] {
  if (lang !== 'en') return [];
  const hits = [
    ...hindsightMatches(sentence, findPhrases(hindsight(lang), sentence)),
    ...causeMatches(sentence, findPhrases(causes(lang), sentence)),
    ...selfInflictedMatches(sentence, findPhrases(selfInflicted(lang), sentence)),
  ];
  return hits.map((hit) => ({
    start: hit.start,
    end: hit.end,
    suggestions: phraseSuggestions(sentence, { start: hit.start, end: hit.end, rewrite: hit.phrase.rewrite }, lang),
  }));
}

export const rule: SentenceRule = {
  id: 'blame',
  category: 'escalation',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Blaming the reader: "you failed to", "you should have read", "that\'s your fault", "because your team didn\'t send…".',
  message: 'This blames the reader; state the facts and the next step instead.',
  why: 'Even when the client did cause the problem, saying so makes them defend themselves instead of solving it. The facts and the fix carry the point without the accusation.',
  examples: {
    bad: [
      {
        text: "If you'd read the terms you signed up to, you'd know the fee is non-refundable. The receipt is attached.",
        fixed: 'The receipt is attached.',
      },
      {
        text: 'Any issues with the finish should have been raised at handover. The warranty covers the boiler.',
        fixed: 'The warranty covers the boiler.',
      },
      {
        text: "Had you checked the portal, you'd have had the forms a fortnight ago. The new copies are attached.",
        fixed: 'The new copies are attached.',
      },
      {
        text: 'It was your choice to proceed with the purchase. The survey is attached.',
        fixed: 'The survey is attached.',
      },
      {
        text: 'You should have read the lease before signing; the pet clause is on page 4.',
        fixed: 'The pet clause is on page 4.',
      },
      {
        text: "Per the log, the launch date moved because your team didn't send the copy.",
        fixed: 'Per the log, the launch date moved.',
      },
      {
        text: "You failed to send the receipts on time, but I'll file the return on Friday.",
        fixed: "I'll file the return on Friday.",
      },
      {
        text: 'A senhora deveria ter lido o contrato antes de assinar; a cláusula está na página 4.',
        lang: 'pt',
        fixed: 'A cláusula está na página 4.',
      },
      {
        text: 'You should have come to us before you signed the lease, but we can still negotiate the break clause.',
        fixed: 'We can still negotiate the break clause.',
      },
      {
        text: 'Se o senhor tivesse lido o e-mail, saberia que a reunião mudou. A nova data é quinta.',
        lang: 'pt',
        fixed: 'A nova data é quinta.',
      },
    ],
    good: [
      { text: "This should have been raised with you sooner, and I'm sorry it wasn't." },
      { text: "If you'd like to call, I'd be happy to go through the figures." },
      { text: "It's your choice whether to renew the cover, and either way I'll send the figures on Friday." },
      { text: "I'm sorry: you should have left with a clear plan and time to ask questions." },
      { text: 'I should have called you sooner, and I failed to flag the deadline in January.' },
      { text: "You shouldn't have had to clear it yourself, and I've spoken to the site lead." },
      { text: 'You should have received a confirmation email from the court this morning.' },
      { text: 'You should have access to the portal now, and the invoice is under Documents.' },
      { text: 'The link failed because your account was still flagged from last week.' },
      { text: "I've attached the form because you asked for a paper copy." },
      { text: "It's not your fault, and none of this is your fault." },
      { text: 'If you forgot to include a receipt, just reply with a photo of it.' },
    ],
  },
  find(sentence, lang) {
    return [
      ...phraseMatches(sentence, findPhrases(accusations(lang), sentence), lang),
      ...readerActionMatches(sentence, lang),
    ];
  },
};
