import * as en from '../../lexicon/en/over-availability.ts';
import * as pt from '../../lexicon/pt/over-availability.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases, type PhraseHit } from '../phrases.ts';
import { replacement, type SentenceMatch, type SentenceRule } from '../rule.ts';
import type { Lang } from '../types.ts';

const invitations = byLanguage({ en: en.invitations, pt: pt.invitations });
const unboundedTimes = byLanguage({ en: en.unboundedTimes, pt: pt.unboundedTimes });
const bounds = byLanguage({ en: en.bounds, pt: pt.bounds });
const negations = byLanguage({ en: en.negations, pt: pt.negations });
const overAvailable = byLanguage({ en: en.overAvailable, pt: pt.overAvailable });

/** How far an unbounded time may follow the invitation it belongs to ("call me … any time"). */
const INVITATION_REACH = 60;
/** How far one unbounded time may follow another in a list ("nights, weekends"). */
const LIST_REACH = 30;
/**
 * At most this many words may stand before an invitation that joins what precedes it ("Day or
 * night, just call me"); more, and the time belongs to another clause ("I'm away this weekend, but
 * you can call me").
 */
const LEAD_IN_WORDS = 3;
/** A bound this close after an invitation or a time limits it ("call me on Monday", "any time between 9 and 5"). */
const BOUND_REACH = 4;

interface Item {
  hit: PhraseHit;
  invitation: boolean;
}

const LABEL: Record<Lang, string> = { en: "Point to the office's hours", pt: 'Indicar o horário do escritório' };

/** The rewrite starts a sentence when the flagged words did. */
function matchCase(rewrite: string, original: string): string {
  const first = original[0] ?? '';
  if (first === first.toLowerCase() || rewrite[0] === undefined) return rewrite;
  return rewrite[0].toUpperCase() + rewrite.slice(1);
}

/**
 * The rewrite of a whole stretch. A stretch that opens with a time in mid-clause ("if anything's
 * bugging you over the weekend, just ping me") gets a comma where the time was, so the clause
 * before it still reads.
 */
function stretchRewrite(
  text: string,
  start: number,
  end: number,
  opensWithInvitation: boolean,
  rewrite: string,
  lang: Lang,
) {
  const before = text.slice(0, start);
  if (opensWithInvitation || !/[\p{L}\p{N}]\s*$/u.test(before)) {
    return replacement(LABEL[lang], start, end, matchCase(rewrite, text.slice(start, end)));
  }
  return replacement(LABEL[lang], before.trimEnd().length, end, `, ${rewrite}`);
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Whether `next` continues the stretch that `previous` ends. */
function joins(text: string, previous: Item, next: Item): boolean {
  if (next.hit.start <= previous.hit.end) return true;
  const gap = text.slice(previous.hit.end, next.hit.start);
  if (/[;.!?]/.test(gap)) return false;
  if (next.invitation) return words(gap) <= LEAD_IN_WORDS;
  return gap.length <= (previous.invitation ? INVITATION_REACH : LIST_REACH);
}

export const rule: SentenceRule = {
  id: 'over-availability',
  category: 'boundary',
  severity: 'medium',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description:
    'Availability the writer cannot sustain: "call me anytime", "here\'s my personal cell", "I\'ll drop everything".',
  message: "Point the client to the office's channels and hours instead of open-ended personal availability.",
  why: 'A promise of round-the-clock access sets an expectation that will be broken on the first late night or holiday, and a client who was told "anytime" feels let down when the reply comes on Monday.',
  examples: {
    bad: [
      {
        text: 'The router is in the post; ping us any hour you like if it acts up.',
        fixed: 'The router is in the post; call the office during opening hours if it acts up.',
      },
      { text: "Here's my home landline: 01632 960123.", fixed: "Here's the office number: 01632 960123." },
      {
        text: "I'm usually up till midnight, so send the photos over.",
        fixed: "I'm available during office hours, so send the photos over.",
      },
      {
        text: 'Qualquer coisa, me liga, não importa o horário.',
        lang: 'pt',
        fixed: 'Qualquer coisa, ligue para o escritório no horário de atendimento.',
      },
      {
        text: 'If anything comes up, call me anytime, weekends included.',
        fixed: 'If anything comes up, call me during office hours.',
      },
      {
        text: "Here's my personal cell so you can skip the queue: 555-0143.",
        fixed: "Here's the office number so you can skip the queue: 555-0143.",
      },
      { text: "I'm always available for you.", fixed: "I'm available during office hours." },
      {
        text: 'Whatever time it is, message me if the alarm goes off again.',
        fixed: 'Call the office during opening hours if the alarm goes off again.',
      },
      {
        text: 'Me liga a qualquer hora, mesmo de madrugada, tá?',
        lang: 'pt',
        fixed: 'Ligue para o escritório no horário de atendimento, tá?',
      },
      {
        text: 'Eu largo tudo e vou aí.',
        lang: 'pt',
        fixed: 'Eu cuido disso no horário de atendimento e vou aí.',
      },
      {
        text: "Send the drafts over and I'll turn them round immediately.",
        fixed: "Send the drafts over and I'll reply within one working day.",
      },
      {
        text: "Whatever else is on, I'll put it aside whenever you call.",
        fixed: "Whatever else is on, I'll make time for you during office hours.",
      },
      { text: 'Evenings and weekends are fine for me.', fixed: 'Office hours are best.' },
      {
        text: 'Pode ligar no fim de semana também.',
        lang: 'pt',
        fixed: 'Ligue para o escritório no horário de atendimento.',
      },
    ],
    good: [
      { text: 'Our emergency line is staffed round the clock on 0300 123 456.' },
      { text: 'Give us a call on Monday between 9 and 5, and we can book the survey.' },
      { text: "I'm in the office Monday to Friday, 9 to 5, if you'd like to talk it through." },
      { text: 'I take calls on Tuesdays between 12:00 and 13:00.' },
      { text: 'For urgent matters out of hours, call our front desk, which is staffed around the clock.' },
      { text: 'If you feel unsafe at any time, please call the crisis line on 988.' },
      { text: "Please don't call me at weekends; the office will pick up your message on Monday." },
      { text: "I'm away this weekend, so call me on Monday morning and we'll go through it." },
      { text: "Feel free to call me any time between 9 and 5 if anything's unclear." },
      { text: 'Have a lovely weekend, and call me if anything changes.' },
      { text: "I'm always happy to help with questions about your account." },
      { text: "I'll reply straight away once the bank confirms the transfer." },
      { text: 'The password will come in a text message to the mobile number we hold for you.' },
      { text: 'Qualquer dúvida, fico à disposição no horário comercial.', lang: 'pt' },
      { text: 'Pode me ligar amanhã entre 9h e 12h.', lang: 'pt' },
      { text: 'Weekends are fine for the removal crew, so pick any Saturday.' },
      { text: "I'll set it aside until the bank confirms and file it on Monday." },
      { text: 'Pode ligar para a central de plantão no fim de semana.', lang: 'pt' },
    ],
  },
  find(sentence, lang) {
    const standalone = findPhrases(overAvailable(lang), sentence);
    const times = findPhrases(unboundedTimes(lang), sentence);
    if (standalone.length === 0 && times.length === 0) return [];
    const limits = findPhrases(bounds(lang), sentence);
    const boundAfter = (hit: PhraseHit) =>
      limits.some((bound) => bound.start >= hit.end && bound.start <= hit.end + BOUND_REACH);
    // A time is limited by a bound inside it, right after it, or right before it ("Tuesday evenings").
    const boundedTime = (hit: PhraseHit) =>
      boundAfter(hit) ||
      limits.some(
        (bound) =>
          (bound.start < hit.end && bound.end > hit.start) || (bound.end <= hit.start && hit.start - bound.end <= 2),
      );
    const negated = findPhrases(negations(lang), sentence);
    const items: Item[] = [
      ...findPhrases(invitations(lang), sentence)
        .filter((hit) => !boundAfter(hit) && !negated.some((n) => n.end <= hit.start && hit.start - n.end <= 1))
        .map((hit) => ({ hit, invitation: true })),
      // A time inside a standalone phrase ("keep my phone on all weekend") belongs to that phrase.
      ...times
        .filter((hit) => !boundedTime(hit) && !standalone.some((s) => hit.start < s.end && hit.end > s.start))
        .map((hit) => ({ hit, invitation: false })),
    ].sort((a, b) => a.hit.start - b.hit.start);

    const matches: SentenceMatch[] = [];
    let stretch: Item[] = [];
    const close = () => {
      const invitation = stretch.find((item) => item.invitation);
      const first = stretch[0];
      if (invitation && first && stretch.some((item) => !item.invitation)) {
        const start = first.hit.start;
        const end = Math.max(...stretch.map((item) => item.hit.end));
        const rewrite = invitation.hit.phrase.rewrite;
        matches.push({
          start,
          end,
          suggestions: rewrite ? [stretchRewrite(sentence.text, start, end, first.invitation, rewrite, lang)] : [],
        });
      }
      stretch = [];
    };
    for (const item of items) {
      const previous = stretch.at(-1);
      if (previous && !joins(sentence.text, previous, item)) close();
      stretch.push(item);
    }
    close();

    for (const hit of standalone) {
      if (matches.some((match) => hit.start < match.end && hit.end > match.start)) continue;
      const text = sentence.text.slice(hit.start, hit.end);
      const rewrite = hit.phrase.rewrite;
      matches.push({
        start: hit.start,
        end: hit.end,
        suggestions: rewrite ? [replacement(LABEL[lang], hit.start, hit.end, matchCase(rewrite, text))] : [],
      });
    }
    return matches.sort((a, b) => a.start - b.start);
  },
};
