import * as en from '../../lexicon/en/out-of-hours.ts';
import * as pt from '../../lexicon/pt/out-of-hours.ts';
import type { Doc, Sentence } from '../document.ts';
import { byLanguage } from '../lexicons.ts';
import { findPhrases } from '../phrases.ts';
import type { DocumentContext, DocumentMatch, DocumentRule } from '../rule.ts';
import {
  addDays,
  describeHours,
  describeMoment,
  fillTemplate,
  isOpen,
  isWorkingDay,
  nextOpening,
  type WallTime,
  weeklyHours,
} from '../schedule.ts';
import type { Lang, OfficeHours, Suggestion } from '../types.ts';

const lexicon = { en, pt };
const nextContact = byLanguage({ en: en.nextContact, pt: pt.nextContact });
const nextDay = byLanguage({ en: en.nextDay, pt: pt.nextDay });
const weekdayNames = byLanguage({ en: en.weekdayNames, pt: pt.weekdayNames });
const laterTimes = byLanguage({ en: en.laterTimes, pt: pt.laterTimes });
const clockTimes = byLanguage({ en: en.clockTimes, pt: pt.clockTimes });
const backAndForth = byLanguage({ en: en.backAndForth, pt: pt.backAndForth });

const MESSAGES: Record<Lang, { silent: string; invites: string; insert: string; replace: string }> = {
  en: {
    silent: 'Written outside office hours: say when the client will hear from you.',
    invites: 'Written outside office hours, this invites a back-and-forth now; say when you will reply instead.',
    insert: 'Add your office hours',
    replace: 'Replace the invitation with your office hours',
  },
  pt: {
    silent: 'Escrito fora do horário: diga quando o cliente terá resposta.',
    invites: 'Escrito fora do horário, convida a uma troca de mensagens agora; diga quando vai responder.',
    insert: 'Incluir o horário de atendimento',
    replace: 'Trocar o convite pelo horário de atendimento',
  },
};

/** "9:30", "10h", "5pm", "noon" -> minutes since midnight. */
function clockMinutes(text: string, lang: Lang): number | null {
  const named = lexicon[lang].namedClocks[text.toLowerCase()];
  if (named !== undefined) return named;
  const found = /(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*([ap])?/i.exec(text);
  if (!found) return null;
  let hours = Number(found[1]) % 24;
  const meridiem = found[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return hours * 60 + Number(found[2] ?? 0);
}

/** Whether some day's hours include this clock time, closing time included ("by 17:30"). */
function withinHours(hours: OfficeHours, minutes: number): boolean {
  return hours.week.some((spans) =>
    spans.some((span) =>
      span.end > span.start
        ? minutes >= span.start && minutes <= span.end
        : minutes >= span.start || minutes <= span.end,
    ),
  );
}

/**
 * Whether the sentence says when the writer or the office will next be in touch, at a time the
 * office is open: "I'll reply properly when I'm back in the office tomorrow", "Our office is closed
 * until Monday at 9:00". "Tomorrow" written on a Friday night names a closed day and does not count.
 */
function statesNextContact(sentence: Sentence, lang: Lang, sentAt: WallTime, hours: OfficeHours): boolean {
  if (findPhrases(nextContact(lang), sentence).length === 0) return false;
  const days = [
    ...findPhrases(nextDay(lang), sentence).map(() => addDays(sentAt.date, 1)),
    ...findPhrases(weekdayNames(lang), sentence).map((hit) => {
      const weekday = weekdayNames(lang).phrases.indexOf(hit.phrase);
      return addDays(sentAt.date, (weekday - sentAt.weekday + 7) % 7 || 7);
    }),
  ];
  if (days.some((day) => isWorkingDay(hours, day))) return true;
  if (days.length > 0) return false;
  if (findPhrases(laterTimes(lang), sentence).length > 0) return true;
  return findPhrases(clockTimes(lang), sentence).some((hit) => {
    const minutes = clockMinutes(sentence.text.slice(hit.start, hit.end), lang);
    return minutes !== null && withinHours(hours, minutes);
  });
}

/**
 * Before the sign-off; failing that, after the writer's last sentence. A one-line draft that opens
 * with "Thanks…" can read as all sign-off, so a sign-off counts only after some body text.
 */
function insertion(doc: Doc, wording: string): { at: number; text: string } {
  const firstBody = doc.sentences.findIndex((sentence) => sentence.role === 'body');
  const closing = firstBody < 0 ? undefined : doc.sentences.slice(firstBody).find((s) => s.role === 'closing');
  if (closing) return { at: closing.start, text: `${wording}\n\n` };
  const last = doc.sentences.at(-1);
  if (!last) return { at: 0, text: wording };
  const paragraphs = /\n\s*\n/.test(doc.text.slice(0, last.start));
  return { at: last.end, text: `${paragraphs ? '\n\n' : ' '}${wording}` };
}

/** Replaces the first invitation with the wording and drops any others, with the space before them. */
function replaceInvitations(doc: Doc, invitations: readonly Sentence[], wording: string): Suggestion['edits'] {
  return invitations.map((sentence, index) => {
    if (index === 0) return { start: sentence.start, end: sentence.end, text: wording };
    let start = sentence.start;
    while (start > 0 && /[ \t]/.test(doc.text[start - 1] ?? '')) start--;
    return { start, end: sentence.end, text: '' };
  });
}

const weekdays = weeklyHours('Mon-Fri', '09:00', '17:30');

export const rule: DocumentRule = {
  id: 'out-of-hours',
  category: 'boundary',
  severity: 'medium',
  scope: 'document',
  languages: ['en', 'pt'],
  description:
    'A reply written outside office hours that does not say when the next reply comes, or that invites a back-and-forth tonight.',
  message: 'Written outside office hours: say when the client will hear from you.',
  why: 'A late-night reply teaches the client to expect late-night replies; saying when the office reopens keeps the pace sustainable and tells an anxious client exactly when to expect news.',
  examples: {
    bad: [
      {
        text: "Thanks for the figures. We'll go through them together and get the return filed.",
        sentAt: '2026-03-13T18:20',
        officeHours: weekdays,
        fixed:
          "Thanks for the figures. We'll go through them together and get the return filed. I'm writing outside our office hours (Monday to Friday, 09:00–17:30), so I'll reply properly when we reopen on Monday at 09:00.",
      },
      {
        text: "I know a leak is the last thing you need.\n\nText me photos tonight and I'll tell you what's wrong.\n\nBest,\nMike",
        sentAt: '2026-03-09T22:40',
        officeHours: weekdays,
        fixed:
          "I know a leak is the last thing you need.\n\nI'm writing outside our office hours (Monday to Friday, 09:00–17:30), so I'll reply properly when we reopen on Tuesday at 09:00.\n\nBest,\nMike",
      },
      {
        text: 'Sei que a audiência está te deixando nervosa. Pode me mandar as suas dúvidas agora que eu vou respondendo.',
        lang: 'pt',
        sentAt: '2026-03-09T23:15',
        officeHours: weekdays,
        fixed:
          'Sei que a audiência está te deixando nervosa. Estou escrevendo fora do nosso horário de atendimento (segunda-feira a sexta-feira, 09:00–17:30), então respondo com calma quando reabrirmos, terça-feira às 09:00.',
      },
    ],
    good: [
      {
        text: "I've booked the heating engineer for tomorrow between 8 and 12. I'll text you by 9am tomorrow with the name.",
        sentAt: '2026-03-04T21:40',
        officeHours: weekdays,
      },
      {
        text: 'Sinto muito pela dor. Amanhã às 9h a nossa equipe vai te ligar para saber como você está.',
        lang: 'pt',
        sentAt: '2026-03-04T21:40',
        officeHours: weekdays,
      },
      {
        text: "I'm reading this late, so I'll reply properly when I'm back in the office tomorrow; I'll call you at 9:30.",
        sentAt: '2026-03-04T22:30',
        officeHours: weekdays,
      },
      {
        text: "Our office is closed until Monday at 9:00, and I'll update all residents by 11:00 that day.",
        sentAt: '2026-03-07T08:15',
        officeHours: weekdays,
      },
      {
        text: 'Send the figures over and we can go through them together.',
        sentAt: '2026-03-05T16:45',
        officeHours: weekdays,
      },
      {
        text: 'Já é tarde por aqui, então te respondo com calma amanhã: te ligo às 10h.',
        lang: 'pt',
        sentAt: '2026-03-05T22:50',
        officeHours: weekdays,
      },
    ],
  },
  find(doc: Doc, context: DocumentContext): DocumentMatch[] {
    const { sentAt, officeHours: hours, lang } = context;
    if (!sentAt || !hours || doc.sentences.length === 0 || isOpen(hours, sentAt)) return [];
    const opening = nextOpening(hours, sentAt);
    if (!opening) return [];
    const words = lexicon[lang].scheduleWords;
    const wording = fillTemplate(
      context.settings.officeHoursWording?.[lang]?.trim() || lexicon[lang].officeHoursWording,
      {
        nextOpening: describeMoment(opening, sentAt, words),
        hours: describeHours(hours, words),
      },
    );
    const invitations = doc.sentences.filter((sentence) => findPhrases(backAndForth(lang), sentence).length > 0);
    const stated =
      doc.text.slice(0, doc.bodyEnd).includes(wording) ||
      doc.sentences.some((sentence) => statesNextContact(sentence, lang, sentAt, hours));
    if (stated && invitations.length === 0) return [];

    const messages = MESSAGES[lang];
    const suggestions: Suggestion[] = [];
    if (invitations.length > 0) {
      suggestions.push({ label: messages.replace, edits: replaceInvitations(doc, invitations, wording) });
    }
    if (!stated) {
      const { at, text } = insertion(doc, wording);
      suggestions.push({ label: messages.insert, edits: [{ start: at, end: at, text }] });
    }
    return [{ message: invitations.length > 0 ? messages.invites : messages.silent, suggestions }];
  },
};
