import * as en from '../../lexicon/en/guarantee.ts';
import * as validation from '../../lexicon/en/missing-validation.ts';
import * as pt from '../../lexicon/pt/guarantee.ts';
import { clauseAround, isHedged } from '../certainty.ts';
import type { Sentence } from '../document.ts';
import { byLanguage } from '../lexicons.ts';
import { containsPhrase, findPhrases, type PhraseHit } from '../phrases.ts';
import { replaceWords } from '../rewrite.ts';
import type { SentenceMatch, SentenceRule } from '../rule.ts';
import type { Edit, Lang } from '../types.ts';

const vouchers = byLanguage({ en: en.vouchers, pt: pt.vouchers });
const tags = byLanguage({ en: en.tags, pt: pt.tags });
const certainFutures = byLanguage({ en: en.certainFutures, pt: [] });
const settled = byLanguage({ en: en.settled, pt: pt.settled });
const claimCues = byLanguage({ en: en.claimCues, pt: pt.claimCues });
const ownSteps = byLanguage({ en: en.ownSteps, pt: pt.ownSteps });
const objects = byLanguage({ en: en.objects, pt: [] });
const ownObjects = byLanguage({ en: en.ownObjects, pt: [] });
const feelings = byLanguage({ en: validation.feelings, pt: [] });

/** A claim clause with a finite verb is a statement ("I promise the figures are right"), not an object. */
const FINITE_VERB =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|does|do|did|can|must)(?![\p{L}])|['\u2019](?:s|re|ve|d)(?![\p{L}])/iu;
/** "You're bound to feel anxious": a prediction about the client's feelings is empathy, not a promise. */
const FEELING_VERB =
  /^\s*(?:feel|wonder|want|worry|miss|have (?:some |a few |lots of )?(?:questions|concerns|doubts|worries))(?![\p{L}])/iu;

const LABEL: Record<Lang, string> = { en: 'Say what you expect', pt: 'Dizer o que você espera' };

/** Whether `text` opens with the writer's own next step, which is theirs to promise. */
function ownStep(text: string, lang: Lang): boolean {
  return containsPhrase(ownSteps(lang), text.trim());
}

/** The edit for a hit; a rewrite that starts with a comma takes over the space or comma before the hit. */
function rewriteEdit(sentence: Sentence, hit: PhraseHit): Edit {
  const rewrite = hit.phrase.rewrite ?? '';
  let start = hit.start;
  if (rewrite.startsWith(',')) {
    while (start > 0 && /[\s,]/.test(sentence.text.charAt(start - 1))) start--;
  }
  return replaceWords(sentence, start, hit.end, rewrite);
}

/**
 * "I guarantee …": flagged when a claim that is not the writer's own step follows in its clause,
 * or a plain object ("we guarantee you a quiet room"); null when neither does.
 */
function vouched(sentence: Sentence, lang: Lang, hit: PhraseHit): 'claim' | 'object' | null {
  const clause = clauseAround(sentence.text, hit.start, hit.end);
  const claim = sentence.text.slice(hit.end, clause.end);
  if (ownStep(claim, lang) || isHedged(sentence, lang, hit.start, hit.end, 'after')) return null;
  if (containsPhrase(claimCues(lang), claim)) return 'claim';
  return vouchedObject(claim, lang) ? 'object' : null;
}

/** The rewrite for a guarantee of a plain object: effort, in the voice of whoever gave it ("I", "we"). */
function effortEdit(sentence: Sentence, hit: PhraseHit): Edit {
  const voice = /^we(?![\p{L}])/iu.test(sentence.text.slice(hit.start, hit.end)) ? 'we' : 'I';
  return replaceWords(sentence, hit.start, hit.end, en.effortRewrites[voice]);
}

/** "We guarantee you a quiet room": an outcome handed over as a thing, not the writer's own deliverable. */
function vouchedObject(claim: string, lang: Lang): boolean {
  const words = claim.trim();
  return containsPhrase(objects(lang), words) && !FINITE_VERB.test(words) && !containsPhrase(ownObjects(lang), words);
}

/** Whether the words after "bound to" predict how the client will feel ("be anxious", "wonder"). */
function predictsFeeling(after: string, lang: Lang): boolean {
  if (FEELING_VERB.test(after)) return true;
  const next = /^\s*be\s+((?:\S+\s+){0,3}\S+)/iu.exec(after)?.[1];
  return next !== undefined && containsPhrase(feelings(lang), next);
}

/** "…, guaranteed" or "com certeza": flagged when the rest of the clause makes a claim beyond the writer's own step. */
function tagged(sentence: Sentence, lang: Lang, hit: PhraseHit): boolean {
  const clause = clauseAround(sentence.text, hit.start, hit.end);
  // The tag vouches for the last of joined claims: in "I'm sorting the refund now and it'll be in
  // your account by Friday, guaranteed", the writer's own step comes first and is not what is sure.
  const joined = sentence.text.slice(clause.start, hit.start).split(/,?\s(?:and|so|then|e|ent[ãa]o)\s(?=\S)/iu);
  const before = (joined[joined.length - 1] ?? '').replace(
    /^\W*(?:(?:and|so|then|e|ent[ãa]o|mas)(?![\p{L}]))?\s*/iu,
    '',
  );
  const after = sentence.text.slice(hit.end, clause.end);
  return (
    containsPhrase(claimCues(lang), `${before} ${after}`) &&
    !ownStep(before, lang) &&
    !ownStep(after, lang) &&
    !isHedged(sentence, lang, hit.start, hit.end, 'before')
  );
}

/** "We'll definitely …": flagged unless the writer is promising their own next step. */
function certain(sentence: Sentence, lang: Lang, hit: PhraseHit): boolean {
  const subject = /((?:(?:our|my)\s+)?[\p{L}-]+)\s*$/iu.exec(sentence.text.slice(0, hit.start))?.[1] ?? '';
  const after = sentence.text.slice(hit.end);
  return !ownStep(`${subject} will ${after}`, lang) && !predictsFeeling(after, lang);
}

export const rule: SentenceRule = {
  id: 'guarantee',
  category: 'overpromise',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Vouching for an outcome: "I guarantee", "I promise you\'ll", "rest assured", "definitely", "100%", "consider it done".',
  message: 'This guarantees an outcome you do not control: say what you expect and what you will do.',
  why: 'A guarantee is remembered word for word. When the outcome depends on a court, an insurer or a supplier, it turns a delay into a broken promise; "I expect…" plus your own next step is honest and still reassuring.',
  examples: {
    bad: [
      {
        text: 'The scaffolding will be down by Christmas, no ifs or buts.',
        fixed: "The scaffolding will be down by Christmas, though I can't guarantee it.",
      },
      {
        text: "I'm sorting the refund now and it'll be back in your account by Friday, guaranteed.",
        fixed: "I'm sorting the refund now and it'll be back in your account by Friday, though I can't guarantee it.",
      },
      {
        text: 'Your job is completely safe, I can promise you that.',
        fixed: "Your job is completely safe, though I can't guarantee it.",
      },
      {
        text: 'The marquee will be up by Friday lunchtime whatever the weather does.',
        fixed: 'The marquee will be up by Friday lunchtime weather permitting.',
      },
      {
        text: 'I guarantee the API fix will solve it.',
        fixed: 'I expect the API fix will solve it.',
      },
      {
        text: "I know it feels hopeless right now, but I promise you'll feel better by the summer.",
        fixed: "I know it feels hopeless right now, but I expect you'll feel better by the summer.",
      },
      {
        text: "We'll definitely be done by the 20th, inspections and all.",
        fixed: 'We should be done by the 20th, inspections and all.',
      },
      {
        text: "It'll be sorted by the weekend, guaranteed.",
        fixed: "It'll be sorted by the weekend, though I can't guarantee it.",
      },
      {
        text: "Honestly, with Judge Hartley hearing it, it's in the bag.",
        fixed: "Honestly, with Judge Hartley hearing it, we're in a strong position.",
      },
      {
        text: 'We never miss deadlines, so the stand will be ready on the day.',
        fixed: 'We aim never to miss deadlines, so the stand will be ready on the day.',
      },
      {
        text: 'Next time you stay with us, we guarantee you a quiet room.',
        fixed: "Next time you stay with us, we'll do everything we can to get you a quiet room.",
      },
      {
        text: 'The landlord is bound to accept our counter-offer.',
        fixed: 'The landlord should accept our counter-offer.',
      },
      {
        text: "There's no way he'll refuse it at that figure.",
        fixed: "I don't expect he'll refuse it at that figure.",
      },
      {
        text: "You can take it as read that the buyer won't pull out.",
        fixed: "I expect the buyer won't pull out.",
      },
      {
        text: "Your deposit will be returned in full, that's a certainty.",
        fixed: "Your deposit will be returned in full, though I can't guarantee it.",
      },
      {
        text: 'Garanto que a obra fica pronta até o dia 30.',
        lang: 'pt',
        fixed: 'Acredito que a obra fica pronta até o dia 30.',
      },
      { text: 'Your permit is as good as approved.', fixed: 'Your permit is likely to be approved.' },
      { text: "This appeal's a slam dunk.", fixed: 'This appeal should be straightforward.' },
      { text: 'Rest assured, your savings are perfectly safe.', fixed: 'I expect your savings are perfectly safe.' },
    ],
    good: [
      { text: "The form is signed and I'll post it today, guaranteed." },
      { text: "I'll call you at 3pm, I can promise you that." },
      { text: "We'll be at the venue by 7am come rain or shine." },
      {
        text: "I can't promise the council will act, but what I can promise is that I'll be your single point of contact.",
      },
      { text: "I can't guarantee the outcome of the hearing on 14 April." },
      { text: 'We never promise outcomes in employment tribunals.' },
      { text: "I promise I'll call you at 3pm tomorrow." },
      { text: "I'll definitely call you back before 5pm today." },
      { text: 'I assure you that we take your privacy seriously.' },
      { text: 'We guarantee all our work for twelve months.' },
      { text: "As you'll no doubt recall, the timeline assumed your data would arrive by February." },
      { text: "We'll know for sure once the survey is back on Friday." },
      { text: "You're bound to feel anxious before the hearing." },
      { text: "There's no way to know what the judge will decide until 3 May." },
      { text: 'We guarantee the workmanship for two years.' },
      { text: 'I promise you a call back by 3pm today.' },
      { text: 'Não posso garantir o resultado, mas a contestação foi protocolada ontem.', lang: 'pt' },
      { text: 'Com certeza, vou verificar e te retorno hoje às 16h.', lang: 'pt' },
      { text: 'The floor was sanded and looks as good as new.' },
    ],
  },
  find(sentence, lang) {
    const matches: SentenceMatch[] = [];
    // A tag and a settled phrase can cover the same words ("…, that's a certainty"): flag them once.
    const flag = (hit: PhraseHit, edit = rewriteEdit(sentence, hit)) =>
      !matches.some((match) => match.start < hit.end && match.end > hit.start) &&
      matches.push({ start: hit.start, end: hit.end, suggestions: [{ label: LABEL[lang], edits: [edit] }] });
    for (const hit of findPhrases(vouchers(lang), sentence)) {
      const found = vouched(sentence, lang, hit);
      if (found) flag(hit, found === 'object' ? effortEdit(sentence, hit) : rewriteEdit(sentence, hit));
    }
    for (const hit of findPhrases(tags(lang), sentence)) if (tagged(sentence, lang, hit)) flag(hit);
    for (const hit of findPhrases(certainFutures(lang), sentence)) if (certain(sentence, lang, hit)) flag(hit);
    for (const hit of findPhrases(settled(lang), sentence)) {
      if (!isHedged(sentence, lang, hit.start, hit.end, 'after')) flag(hit);
    }
    return matches;
  },
};
