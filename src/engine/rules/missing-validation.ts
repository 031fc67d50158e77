import * as en from '../../lexicon/en/missing-validation.ts';
import * as pt from '../../lexicon/pt/missing-validation.ts';
import type { Doc, Sentence } from '../document.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases, type PhraseHit, type PhraseSet } from '../phrases.ts';
import type { DocumentRule } from '../rule.ts';
import type { Lang } from '../types.ts';

const apologies = byLanguage({ en: en.apologies, pt: pt.apologies });
const acknowledgements = byLanguage({ en: en.acknowledgements, pt: pt.acknowledgements });
const thanks = byLanguage({ en: en.thanks, pt: pt.thanks });
const feelingFrames = byLanguage({ en: en.feelingFrames, pt: pt.feelingFrames });
const feelings = byLanguage({ en: en.feelings, pt: pt.feelings });
const hollow = byLanguage({ en: en.hollow, pt: pt.hollow });
const contrasts = byLanguage({ en: en.contrasts, pt: pt.contrasts });
const concessions = byLanguage({ en: en.concessions, pt: pt.concessions });
const reassurances = byLanguage({ en: en.reassurances, pt: pt.reassurances });
const rebuttals = byLanguage({ en: en.rebuttals, pt: pt.rebuttals });
const intensifiers: Record<Lang, readonly string[]> = { en: en.shoutedIntensifiers, pt: pt.shoutedIntensifiers };
const inserted: Record<Lang, string> = { en: en.insertedAcknowledgement, pt: pt.insertedAcknowledgement };

const MESSAGE: Record<Lang, string> = {
  en: "Acknowledge the client's concern before moving on to facts or next steps.",
  pt: 'Reconheça a preocupação do cliente antes de passar aos fatos ou aos próximos passos.',
};
const LABEL: Record<Lang, string> = { en: 'Add an acknowledgement', pt: 'Acrescentar um reconhecimento' };

/** A clause ends at a semicolon, a colon or a dash; a comma does not end "I understand, but…". */
const CLAUSE_END = /[;:\u2014]|\s[\u2013-]\s/;
/** How far (in characters) a feeling may sit from the frame that introduces it. */
const FEELING_REACH = 100;

/** Where the clause that goes on at `from` ends. */
function clauseEnd(text: string, from: number): number {
  const found = text.slice(from).search(CLAUSE_END);
  return found < 0 ? text.length : from + found;
}

/** The first phrase of `set` in `text`, when it opens the text (after spaces and commas). */
function opening(set: PhraseSet, text: string): { rest: string } | null {
  const lead = /^[\s,]*/.exec(text)?.[0].length ?? 0;
  set.regex.lastIndex = 0;
  const found = set.regex.exec(text.slice(lead));
  set.regex.lastIndex = 0;
  return found?.index === 0 ? { rest: text.slice(lead + found[0].length) } : null;
}

/** Whether what follows a contrast word takes the acknowledgement back (anything but reassurance). */
function rebuts(afterContrast: string, lang: Lang): boolean {
  return opening(reassurances(lang), afterContrast) === null;
}

/** "Thanks SO much for…": an intensifier in capitals turns thanks or an apology into sarcasm. */
function shouted(words: string, lang: Lang): boolean {
  return (words.match(/\p{L}{2,}/gu) ?? []).some(
    (word) => word === word.toUpperCase() && intensifiers[lang].includes(word.toLowerCase()),
  );
}

/**
 * "I know … upsetting": a frame that acknowledges only with a feeling later in its clause. The hit
 * runs from the frame to the feeling, so a "but" in between is seen by the contrast check.
 */
function framedFeelings(sentence: Sentence, lang: Lang): PhraseHit[] {
  const frames = findPhrases(feelingFrames(lang), sentence);
  if (frames.length === 0) return [];
  const found = findPhrases(feelings(lang), sentence);
  return frames.flatMap((frame) => {
    const limit = Math.min(clauseEnd(sentence.text, frame.end), frame.end + FEELING_REACH);
    const feeling = found.find((hit) => hit.start >= frame.end && hit.end <= limit);
    return feeling ? [{ start: frame.start, end: feeling.end, phrase: frame.phrase }] : [];
  });
}

interface Acknowledgement {
  hit: PhraseHit;
  /** Apologies stand even before a "However," in the next sentence; "I understand." does not. */
  apology: boolean;
}

/** The sentence's acknowledgements, cheapest lists first, without the hollow and sarcastic ones. */
function* acknowledgementsIn(sentence: Sentence, lang: Lang): Generator<Acknowledgement> {
  let fake: PhraseHit[] | undefined;
  const real = (hit: PhraseHit) => {
    fake ??= findPhrases(hollow(lang), sentence);
    return (
      !fake.some((f) => f.start < hit.end && f.end > hit.start) &&
      !shouted(sentence.text.slice(hit.start, hit.end), lang)
    );
  };
  for (const hit of findPhrases(apologies(lang), sentence)) if (real(hit)) yield { hit, apology: true };
  // Thanks beside a shouted intensifier anywhere in the sentence is sarcasm ("Thank you for your
  // patience, we REALLY appreciate being chased on a Sunday").
  const sarcastic = shouted(sentence.text, lang);
  for (const hit of findPhrases(thanks(lang), sentence)) if (!sarcastic && real(hit)) yield { hit, apology: false };
  for (const hit of findPhrases(acknowledgements(lang), sentence)) if (real(hit)) yield { hit, apology: false };
  for (const hit of framedFeelings(sentence, lang)) if (real(hit)) yield { hit, apology: false };
}

/** Whether a contrast opening `text` ("However, …", "As I said, …") starts a rebuttal. */
function opensRebuttal(text: string, lang: Lang): boolean {
  const contrast = opening(contrasts(lang), text);
  return contrast !== null && rebuts(contrast.rest, lang);
}

/**
 * What the sentence alone says about an acknowledgement: "I understand, but the contract says…"
 * and "While I understand, the contract says…" take it back, "I know it feels hopeless, but I
 * promise…" keeps it. A contrast counts in the same clause, or opening the next clause ("I
 * understand; however, …"). An apology that names what went wrong ("I'm sorry the parcel was late,
 * but the courier…") survives an explanation and falls only to a rebuttal; a bare one ("I'm sorry,
 * but…") falls to anything but reassurance. Other acknowledgements that end the sentence are
 * `open`: the next sentence may still undercut them ("I understand the concern. As you'll
 * recall…"); an apology is not undone that way.
 */
function verdict(ack: Acknowledgement, sentence: Sentence, lang: Lang): 'stands' | 'falls' | 'open' {
  const text = sentence.text;
  const conceded = findPhrases(concessions(lang), sentence).some(
    (word) => word.end <= ack.hit.start && /^[^,;:]{0,12}$/.test(text.slice(word.end, ack.hit.start)),
  );
  if (conceded) {
    const comma = text.indexOf(',', ack.hit.end);
    return rebuts(comma < 0 ? text.slice(ack.hit.end) : text.slice(comma + 1), lang) ? 'falls' : 'stands';
  }
  const end = clauseEnd(text, ack.hit.end);
  for (const contrast of findPhrases(contrasts(lang), sentence)) {
    if (contrast.start < ack.hit.start || contrast.start >= end) continue;
    const after = text.slice(contrast.end);
    const named = ack.apology && /\p{L}/u.test(text.slice(ack.hit.end, contrast.start));
    const fallen = named ? opening(rebuttals(lang), after) !== null : rebuts(after, lang);
    return fallen ? 'falls' : 'stands';
  }
  if (ack.apology) return 'stands';
  if (end < text.length) return opensRebuttal(text.slice(end + 1), lang) ? 'falls' : 'stands';
  return 'open';
}

interface SentenceVerdict {
  /** An acknowledgement holds whatever follows. */
  stands: boolean;
  /** An acknowledgement holds unless the next sentence opens with a rebuttal. */
  open: boolean;
}

const SENTENCE_CACHE_LIMIT = 5000;
const verdicts = new Map<string, SentenceVerdict>();

/**
 * The sentence's verdict, kept by its text: the rule reads the whole draft on every check, and
 * after a one-word edit only the changed sentence needs reading again.
 */
function sentenceVerdict(sentence: Sentence, lang: Lang): SentenceVerdict {
  const key = `${lang}\u0000${sentence.text}`;
  const cached = verdicts.get(key);
  if (cached) return cached;
  const result: SentenceVerdict = { stands: false, open: false };
  for (const ack of acknowledgementsIn(sentence, lang)) {
    const found = verdict(ack, sentence, lang);
    if (found === 'stands') {
      result.stands = true;
      break;
    }
    if (found === 'open') result.open = true;
  }
  if (verdicts.size >= SENTENCE_CACHE_LIMIT) {
    const oldest = verdicts.keys().next().value;
    if (oldest !== undefined) verdicts.delete(oldest);
  }
  verdicts.set(key, result);
  return result;
}

function validates(doc: Doc, lang: Lang): boolean {
  return doc.sentences.some((sentence, index) => {
    const { stands, open } = sentenceVerdict(sentence, lang);
    if (stands || !open) return stands;
    const next = doc.sentences[index + 1];
    return next?.role !== 'body' || !opensRebuttal(next.text, lang);
  });
}

/** Where the acknowledgement goes: after the greeting, else where the writer's text starts. */
function insertionPoint(doc: Doc): number {
  return doc.afterGreeting ?? doc.sentences[0]?.start ?? 0;
}

export const rule: DocumentRule = {
  id: 'missing-validation',
  category: 'missing-validation',
  severity: 'medium',
  scope: 'document',
  languages: ['en', 'pt'],
  description:
    "A reply to a complaint or a worry that never acknowledges the client's concern or feelings before moving to facts.",
  message: MESSAGE.en,
  why: 'A client who does not feel heard reads even good news as a brush-off. One sentence that names their concern, a real apology or thanks for raising it, lets the facts that follow land.',
  examples: {
    bad: [
      {
        text: "I'd appreciate it if future concerns could be raised with me calmly. The roof goes on next week.",
        context: 'complaint',
        fixed:
          "Thank you for raising this, and I'm sorry for the frustration it has caused. I'd appreciate it if future concerns could be raised with me calmly. The roof goes on next week.",
      },
      {
        text: 'Dear Ms Varga,\n\nThe valuation report is with the lender, and I will forward their decision on the day it arrives.\n\nKind regards,\nOwen',
        context: 'complaint',
        fixed:
          "Dear Ms Varga,\n\nThank you for raising this, and I'm sorry for the frustration it has caused. The valuation report is with the lender, and I will forward their decision on the day it arrives.\n\nKind regards,\nOwen",
      },
      {
        text: 'I understand, but the survey fee was set out in the quote you accepted.',
        context: 'complaint',
        fixed:
          "Thank you for raising this, and I'm sorry for the frustration it has caused. I understand, but the survey fee was set out in the quote you accepted.",
      },
      {
        text: 'While I appreciate your frustration, the deposit terms were in the booking confirmation.',
        context: 'complaint',
        fixed:
          "Thank you for raising this, and I'm sorry for the frustration it has caused. While I appreciate your frustration, the deposit terms were in the booking confirmation.",
      },
      {
        text: 'Hi Jo,\n\nThe engineer is booked for Tuesday at 10:00.\n\nRegards,\nSam\n\n> Why has nobody called me back? This is unacceptable.',
        fixed:
          "Hi Jo,\n\nThank you for raising this, and I'm sorry for the frustration it has caused. The engineer is booked for Tuesday at 10:00.\n\nRegards,\nSam\n\n> Why has nobody called me back? This is unacceptable.",
      },
      {
        text: 'We regret that you were dissatisfied with your stay. Breakfast is served from 7am.',
        context: 'complaint',
        fixed:
          "Thank you for raising this, and I'm sorry for the frustration it has caused. We regret that you were dissatisfied with your stay. Breakfast is served from 7am.",
      },
      {
        text: 'Thank you for bearing with us. Your new cards are being printed.',
        context: 'complaint',
        fixed:
          "Thank you for raising this, and I'm sorry for the frustration it has caused. Thank you for bearing with us. Your new cards are being printed.",
      },
      {
        text: 'O senhor deveria ter lido a cláusula 4. O prazo era dia 10.',
        lang: 'pt',
        context: 'complaint',
        fixed:
          'Agradeço por ter trazido essa questão, e sinto muito pela frustração que isso causou. O senhor deveria ter lido a cláusula 4. O prazo era dia 10.',
      },
      {
        text: 'Prezado Sr. Lima,\n\nO laudo foi enviado ao banco na segunda-feira, dia 9.\n\nAtenciosamente,\nPaula',
        lang: 'pt',
        context: 'complaint',
        fixed:
          'Prezado Sr. Lima,\n\nAgradeço por ter trazido essa questão, e sinto muito pela frustração que isso causou. O laudo foi enviado ao banco na segunda-feira, dia 9.\n\nAtenciosamente,\nPaula',
      },
      {
        text: "We're sorry you felt the need to complain. Our staff followed the booking policy.",
        context: 'complaint',
        fixed:
          "Thank you for raising this, and I'm sorry for the frustration it has caused. We're sorry you felt the need to complain. Our staff followed the booking policy.",
      },
    ],
    good: [
      { text: 'I know the nights are the hardest. The out-of-hours line is 0300 123 4567.', context: 'complaint' },
      {
        text: "Hi Jade, totally understand, it's a lot of money. I've attached the itemised breakdown.",
        context: 'complaint',
      },
      {
        text: 'I understand that any price rise is unwelcome. Your fee rises to £46 from 1 April.',
        context: 'complaint',
      },
      { text: 'Attached is the signed copy. Thanks!' },
      { text: 'Your appointment is confirmed for Tuesday at 10:00.', context: 'routine' },
      { text: 'Dear Ms Lowe,', context: 'complaint' },
      {
        text: "I know the paperwork feels endless right now, but we'll go through every form together on Thursday at 11:00.",
        context: 'complaint',
      },
      {
        text: 'I owe you an apology: the parcel went to your old address. A replacement left our warehouse this morning.',
        context: 'complaint',
      },
      {
        text: 'Thank you for flagging the duplicate charge. The refund of £48 went back to your card today.',
        context: 'complaint',
      },
      {
        text: 'The engineer is booked for Tuesday at 10:00.',
        clientMessage: 'Could you let me know when the engineer is coming? Thanks.',
      },
      {
        text: "I do understand that your plans changed because of your daughter's illness, and I've refunded half the fee.",
        context: 'complaint',
      },
      {
        text: 'Thank you for your patience while the heating was off. The engineer replaced the valve this morning.',
        context: 'complaint',
      },
      {
        text: 'Eu deveria ter avisado antes. O prazo era dia 10.',
        lang: 'pt',
        context: 'complaint',
      },
      {
        text: 'Entendo a sua preocupação com o prazo. A petição foi protocolada ontem às 16h.',
        lang: 'pt',
        context: 'complaint',
      },
      { text: 'Totally get the nerves before a big move. The van arrives at 8am on Friday.', context: 'complaint' },
    ],
  },
  find(doc, context) {
    // Nothing to judge until the writer has gone past the greeting: "Dear Ms Lowe," is not a reply yet.
    if (!context.complaint || doc.sentences.every((sentence) => sentence.role === 'greeting')) return [];
    if (validates(doc, context.lang)) return [];
    const at = insertionPoint(doc);
    const sentence = inserted[context.lang];
    const joiner = /\S/.test(doc.text[at] ?? '') ? ' ' : '';
    return [
      {
        message: MESSAGE[context.lang],
        suggestions: [{ label: LABEL[context.lang], edits: [{ start: at, end: at, text: sentence + joiner }] }],
      },
    ];
  },
};
