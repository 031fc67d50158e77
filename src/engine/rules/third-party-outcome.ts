import * as en from '../../lexicon/en/third-party-outcome.ts';
import * as pt from '../../lexicon/pt/third-party-outcome.ts';
import { clauseAround, isHedged, softenModal } from '../certainty.ts';
import type { Sentence } from '../document.ts';
import { byLanguage, concreteTimes, wordClasses } from '../lexicons.ts';
import { type Token, tag } from '../nlp.ts';
import { containsPhrase, findPhrases, type PhraseHit, type PhraseSet, patternSource } from '../phrases.ts';
import { replaceWords } from '../rewrite.ts';
import type { SentenceMatch, SentenceRule } from '../rule.ts';
import type { Edit, Lang, Suggestion } from '../types.ts';

/** Who a claim's subject is: the writer's side, the client, an outside party, or a thing. */
type Who = 'own' | 'client' | 'party' | 'thing' | 'unknown';

interface Family {
  phrases: (lang: Lang) => PhraseSet;
  /** Subjects the claim is flagged for; absent when the pattern names the subject itself. */
  subjects?: readonly Who[];
  /** Only with a concrete time in the clause: a timetable, not a description of the process. */
  timed?: boolean;
  /** A passive that an agent from the writer's side ("by our driver") turns into the writer's own work. */
  passive?: boolean;
}

const FAMILIES: readonly Family[] = [
  { phrases: byLanguage({ en: en.decisions, pt: pt.decisions }), subjects: ['party'] },
  { phrases: byLanguage({ en: en.verdicts, pt: [] }), subjects: ['party', 'thing', 'unknown'] },
  { phrases: byLanguage({ en: en.passives, pt: pt.passives }), subjects: ['party', 'thing', 'client'], passive: true },
  { phrases: byLanguage({ en: en.remedies, pt: [] }), subjects: ['party', 'thing'] },
  { phrases: byLanguage({ en: en.results, pt: pt.results }) },
  { phrases: byLanguage({ en: en.timetables, pt: pt.timetables }), timed: true },
  { phrases: byLanguage({ en: en.arrivals, pt: [] }), subjects: ['party', 'thing'], timed: true, passive: true },
];
const futureCues = byLanguage({ en: en.futureCues, pt: pt.futureCues });
const habits = byLanguage({ en: en.habits, pt: [] });
const takingOn = byLanguage({ en: en.takingOn, pt: [] });
const ownSide = byLanguage({ en: en.ownSide, pt: [] });
const ownAgents = byLanguage({ en: en.ownAgents, pt: [] });
const thirdParty = new RegExp(patternSource('{third-party}', wordClasses.en), 'iu');

const NOUN_PHRASE = ['Determiner', 'Adjective', 'Noun', 'Possessive', 'ProperNoun', 'Acronym', 'Value', 'Honorific'];
const PERSON_LIKE = ['Person', 'ProperNoun', 'Organization', 'Acronym', 'Actor'];
const DETERMINERS = /^(the|a|an|this|that|these|those|your|our|their|my|his|her|its)$/;
const OPENS_ON_MODAL = /^(will|shall|is|are|gonna|['\u2019])/i;
/** How far before the modal (in characters) its subject can start. */
const SUBJECT_WINDOW = 120;
const has = (token: Token, tags: readonly string[]) => tags.some((name) => token.tags.has(name));

/** Classifies the English subject of the modal at `at` by the noun phrase in front of it. */
function subjectBefore(sentence: Sentence, at: number): { who: Who; start: number } {
  // The subject sits in the modal's own clause, close before it: tagging just that stretch (up to
  // the end of the modal's word, and never more than a few words back) keeps the tagger's work
  // small and bounded, even in a run-on text with no clause break at all.
  const clauseStart = clauseAround(sentence.text, at, at).start;
  const windowStart = sentence.text.indexOf(' ', Math.max(clauseStart, at - SUBJECT_WINDOW));
  const from = at - clauseStart <= SUBJECT_WINDOW || windowStart < 0 || windowStart >= at ? clauseStart : windowStart;
  const wordEnd = sentence.text.slice(at).search(/\s/);
  const tokens = tag(sentence.text.slice(from, wordEnd < 0 ? undefined : at + wordEnd)).map((token) => ({
    ...token,
    start: token.start + from,
    end: token.end + from,
  }));
  // The subject's last word starts before the modal; "We'll" is one token that holds both.
  const head = tokens.findLastIndex((token) => token.start < at && token.text !== '');
  const token = tokens[head];
  if (!token) return { who: 'unknown', start: at };
  let first = head;
  while (first > 0) {
    const before = tokens[first - 1];
    const current = tokens[first];
    if (!before || !current || !has(before, NOUN_PHRASE) || before.tags.has('Verb') || before.tags.has('Preposition')) {
      break;
    }
    // Punctuation between two words ("On Friday, the insurer…") closes the noun phrase, and so
    // does its determiner ("no doubt the insurer…").
    if (/\S/.test(sentence.text.slice(before.end, current.start)) || DETERMINERS.test(current.normal)) break;
    first--;
  }
  const words = tokens.slice(first, head + 1);
  const start = words[0]?.start ?? at;
  const phrase = sentence.text.slice(start, token.end);
  const normal = token.normal.replace(/['\u2019](ll|s|re|m)$/, '');
  const who = ((): Who => {
    if (words.some((word) => word.normal === 'our' || word.normal === 'my') || ['i', 'we', 'us'].includes(normal)) {
      return 'own';
    }
    if (normal === 'you') return 'client';
    if (thirdParty.test(phrase)) return 'party';
    if (containsPhrase(ownSide('en'), normal)) return 'own';
    // A lone capitalised noun with no determiner ("Barclays will approve…") is a name, even where
    // the tagger, at the start of a sentence, cannot tell it from a common noun.
    if (words.length === 1 && /^\p{Lu}/u.test(token.text) && token.tags.has('Noun') && !token.tags.has('Pronoun')) {
      return 'party';
    }
    if (['he', 'she', 'they'].includes(normal) || has(token, PERSON_LIKE)) return 'party';
    if (token.tags.has('Noun') || ['it', 'this', 'that', 'these', 'those'].includes(normal)) return 'thing';
    return 'unknown';
  })();
  return { who, start };
}

const LABELS: Record<Lang, { expect: string; nextStep: string; step: string; usually: string }> = {
  en: {
    expect: 'Say it as an expectation',
    nextStep: 'Say it as an expectation, with your next step',
    step: ", and I'll update you by [day] either way",
    usually: 'usually',
  },
  pt: {
    expect: 'Dizer como expectativa',
    nextStep: 'Dizer como expectativa, com o próximo passo',
    step: ', e eu dou notícias até [dia] de qualquer forma',
    usually: 'normalmente',
  },
};

/** "Should" for the modal, then the same plus the writer's own next step at the end of the sentence. */
function expectationSuggestions(sentence: Sentence, lang: Lang, modal: Edit): Suggestion[] {
  const labels = LABELS[lang];
  const end = sentence.text.search(/[\s.!?\u2026"'\u201d\u2019]*$/);
  const softened: Suggestion = { label: labels.expect, edits: [modal] };
  if (end <= modal.end) return [softened];
  return [softened, { label: labels.nextStep, edits: [modal, { start: end, end, text: labels.step }] }];
}

/** Whether the clause after the claim names the writer's side as the one doing it ("by our driver"). */
function byOwnSide(sentence: Sentence, lang: Lang, hit: PhraseHit): boolean {
  const clause = clauseAround(sentence.text, hit.start, hit.end);
  return containsPhrase(ownAgents(lang), sentence.text.slice(hit.end, clause.end));
}

function claims(sentence: Sentence, lang: Lang): SentenceMatch[] {
  const matches: SentenceMatch[] = [];
  let concrete: PhraseHit[] | undefined;
  const timed = (hit: PhraseHit) => {
    concrete ??= findPhrases(concreteTimes(lang), sentence);
    const clause = clauseAround(sentence.text, hit.start, hit.end);
    return concrete.some((time) => time.start >= clause.start && time.end <= clause.end);
  };
  const future = containsPhrase(futureCues(lang), sentence.text);
  for (const family of future ? FAMILIES : []) {
    for (const hit of findPhrases(family.phrases(lang), sentence)) {
      if (isHedged(sentence, lang, hit.start, hit.end) || (family.timed && !timed(hit))) continue;
      if (family.passive && byOwnSide(sentence, lang, hit)) continue;
      let start = hit.start;
      if (lang === 'en' && OPENS_ON_MODAL.test(sentence.text.slice(hit.start, hit.end))) {
        const subject = subjectBefore(sentence, hit.start);
        if (family.subjects && !family.subjects.includes(subject.who)) continue;
        start = subject.start;
      }
      const modal = softenModal(sentence, lang, hit.start, hit.end);
      if (modal) matches.push({ start, end: hit.end, suggestions: expectationSuggestions(sentence, lang, modal) });
    }
  }
  for (const hit of findPhrases(habits(lang), sentence)) {
    if (isHedged(sentence, lang, hit.start, hit.end)) continue;
    const always = /always/i.exec(sentence.text.slice(hit.start, hit.end));
    if (!always) continue;
    const at = hit.start + always.index;
    const edit = replaceWords(sentence, at, at + always[0].length, LABELS[lang].usually);
    matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: LABELS[lang].expect, edits: [edit] }] });
  }
  for (const hit of future ? findPhrases(takingOn(lang), sentence) : []) {
    if (isHedged(sentence, lang, hit.start, hit.end) || !hit.phrase.rewrite) continue;
    const edit = replaceWords(sentence, hit.start, hit.end, hit.phrase.rewrite);
    matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: LABELS[lang].expect, edits: [edit] }] });
  }
  return matches;
}

export const rule: SentenceRule = {
  id: 'third-party-outcome',
  category: 'overpromise',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Someone else\'s decision or timetable stated as fact: "the insurer will pay out by April", "your mortgage will be approved".',
  message: 'This depends on someone else: say what you expect, not what will happen.',
  why: 'A court, insurer, lender or supplier decides this, not you. If it slips, the client remembers your certainty and holds you to it; an expectation plus your own next step keeps their trust either way.',
  examples: {
    bad: [
      {
        text: 'Your mortgage will be approved next week.',
        fixed: 'Your mortgage should be approved next week.',
      },
      {
        text: 'The insurer will pay out by the end of April.',
        fixed: 'The insurer should pay out by the end of April.',
      },
      {
        text: 'The electrician will be there first thing tomorrow.',
        fixed: 'The electrician should be there first thing tomorrow.',
      },
      {
        text: 'The new tablets will sort the dizziness out within a few days.',
        fixed: 'The new tablets should sort the dizziness out within a few days.',
      },
      {
        text: "I'll make sure the IRS accepts the late filing.",
        fixed: "I'll do everything I can so that the IRS accepts the late filing.",
      },
      {
        text: 'The regulator always signs off on firms like yours.',
        fixed: 'The regulator usually signs off on firms like yours.',
      },
      {
        text: 'The adjudicator will side with you.',
        fixed: 'The adjudicator should side with you.',
      },
      {
        text: 'Barclays will approve the loan this week.',
        fixed: 'Barclays should approve the loan this week.',
      },
      {
        text: 'O juiz vai dar ganho de causa para o senhor.',
        lang: 'pt',
        fixed: 'O juiz deve dar ganho de causa para o senhor.',
      },
      {
        text: 'With that evidence, the tribunal will see straight through their story.',
        fixed: 'With that evidence, the tribunal should see straight through their story.',
      },
      {
        text: 'O juiz vai mandar a construtora devolver o sinal.',
        lang: 'pt',
        fixed: 'O juiz deve mandar a construtora devolver o sinal.',
      },
      {
        text: 'The new listing will get you onto the first page within a month.',
        fixed: 'The new listing should get you onto the first page within a month.',
      },
    ],
    good: [
      { text: "I can't guarantee the landlord will agree, but I'll put your request to him in writing today." },
      { text: "I'll send the accounts to your lender myself on Thursday morning." },
      { text: 'If you call and mention the chest pain, the receptionist will put you through to triage.' },
      { text: 'The fee will cover two sessions, and the bank will ask for the letter when you open the account.' },
      { text: "We'll refund the deposit in full, and our team will fix the hinge on Monday." },
      { text: "The pharmacy has told me they'll deliver the right tablets this afternoon." },
      { text: 'We expect the insurer to pay out by the end of April, though they set their own pace.' },
      { text: 'The insurer will respond once the loss adjuster has visited.' },
      { text: 'Your order will be dispatched today and delivered by our own driver on Monday.' },
      { text: 'Finance will approve the refund today.' },
      { text: 'A Receita ainda não liberou o lote, e eu não posso prometer uma data.', lang: 'pt' },
      { text: 'The savings will see you through the winter.' },
      { text: "We'll handle any amount of paperwork for you." },
    ],
  },
  find(sentence, lang) {
    if (/\?\s*$/.test(sentence.text)) return [];
    return claims(sentence, lang);
  },
};
