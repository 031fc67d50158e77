import * as en from '../../lexicon/en/shouting.ts';
import * as pt from '../../lexicon/pt/shouting.ts';
import { isInQuote, type Sentence } from '../document.ts';
import { tag } from '../nlp.ts';
import { replaceWords } from '../rewrite.ts';
import type { SentenceMatch, SentenceRule } from '../rule.ts';
import type { Lang } from '../types.ts';

const acronyms: Record<Lang, ReadonlySet<string>> = { en: new Set(en.acronyms), pt: new Set(pt.acronyms) };
const shortWords: Record<Lang, ReadonlySet<string>> = { en: new Set(en.shortWords), pt: new Set(pt.shortWords) };

/** From this length a word in capitals is shouting unless it is a listed acronym. */
const LONG_WORD = 6;
/** Tags that make a capitalised token a name or a code rather than a raised voice. */
const NAME_TAGS = ['Acronym', 'ProperNoun', 'Organization', 'Place', 'Person', 'RomanNumeral', 'Abbreviation'];

/**
 * Underscores and stars join a code's parts ("ERR_TOKEN_EXPIRED", "HTTP_404", the card statement's
 * "STRMBOX*MTHLY"), so such a code is one token.
 */
const TOKEN = /[\p{L}\p{N}_]+(?:[-&/.'\u2019*][\p{L}\p{N}_]+)*/gu;
const TWO_CAPITALS = /\p{Lu}[^\s\p{Ll}]*\p{Lu}/u;
const LOUD_PUNCTUATION = /[!?]*(?:!!|\?!|!\?)[!?]*/g;

const LABELS: Record<Lang, { words: string; punctuation: string }> = {
  en: { words: 'Write it in lower case', punctuation: 'Use a single mark' },
  pt: { words: 'Escrever em minúsculas', punctuation: 'Usar um sinal só' },
};

/** Most words a sign-off line has ("The team at HEATWISE", "Associate | HALLORAN & WEBB LLP"). */
const SIGNATURE_WORDS = 6;

/** A short line without closing punctuation, like a name or a firm under the reply, where capitals are a house style. */
function signatureLike(text: string): boolean {
  return (
    !/[.!?\u2026]["'\u201d\u2019)]*$/u.test(text) && (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= SIGNATURE_WORDS
  );
}

/** A unit after a number: "100 GB", "9 AM". */
function afterNumber(text: string, start: number): boolean {
  const before = text.charAt(start - 1) === ' ' ? start - 2 : start - 1;
  return /\p{N}/u.test(text.charAt(before));
}

/**
 * An acronym right after the words it stands for: "Patient Advice and Liaison Service (PALS)".
 * The capitalised words just before it spell its letters; small words between them do not count.
 */
function spelledOutBefore(text: string, start: number, token: string): boolean {
  const letters = token.replace(/[^\p{Lu}]/gu, '');
  const words = text
    .slice(Math.max(0, start - 120), start)
    .replace(/[\s(\u2014\u2013-]+$/u, '')
    .split(/\s+/u);
  let initials = '';
  for (let index = words.length - 1; index >= 0 && initials.length < letters.length; index--) {
    const word = words[index] ?? '';
    if (/^\p{Lu}/u.test(word)) initials = word.charAt(0) + initials;
    else if (!/^\p{Ll}{1,3}$/u.test(word)) return false;
  }
  return initials.length > 1 && initials === letters;
}

type Verdict = 'shout' | 'name' | 'ask';

/** Whether a token in capitals is raised voice, a name or code, or a question for the tagger. */
function judge(token: string, lang: Lang): Verdict {
  if (/\p{N}|[&/._*]/u.test(token)) return 'name';
  const base = token.replace(/['\u2019]S$/u, '');
  if (acronyms[lang].has(base)) return 'name';
  if (/['\u2019]/u.test(base)) return 'shout';
  const letters = base.replace(/-/g, '');
  if (letters.length >= LONG_WORD || shortWords[lang].has(base.toLowerCase())) return 'shout';
  // Two letters that are not a listed word ("DJ", "GP", "HR") are initials; the tagger knows few.
  if (letters.length <= 2) return 'name';
  return lang === 'en' ? 'ask' : 'name';
}

function loudWords(sentence: Sentence, lang: Lang): Array<[number, number]> {
  // Most sentences have no two capitals without a small letter or a space between them, so no
  // token in capitals: one quick look spares them the token-by-token reading.
  if (!TWO_CAPITALS.test(sentence.text)) return [];
  const candidates: Array<{ start: number; end: number; verdict: Verdict }> = [];
  for (const found of sentence.text.matchAll(TOKEN)) {
    const token = found[0];
    if (/\p{Ll}/u.test(token) || (token.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
    const start = found.index;
    const end = start + token.length;
    if (isInQuote(sentence, start, end) || afterNumber(sentence.text, start)) continue;
    if (spelledOutBefore(sentence.text, start, token)) continue;
    const verdict = judge(token, lang);
    if (verdict !== 'name') candidates.push({ start, end, verdict });
  }
  // The tagger knows English words; a short capitalised token it does not know is an acronym. It
  // judges such a token the same alone as in its sentence, so only the token is tagged.
  for (const candidate of candidates) {
    if (candidate.verdict !== 'ask') continue;
    const term = tag(sentence.text.slice(candidate.start, candidate.end))[0];
    candidate.verdict = !term || NAME_TAGS.some((name) => term.tags.has(name)) ? 'name' : 'shout';
  }
  const spans: Array<[number, number]> = [];
  for (const { start, end, verdict } of candidates) {
    if (verdict !== 'shout') continue;
    const last = spans[spans.length - 1];
    if (last && /^\s+$/.test(sentence.text.slice(last[1], start))) last[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}

export const rule: SentenceRule = {
  id: 'shouting',
  category: 'escalation',
  severity: 'high',
  scope: 'sentence',
  languages: ['en', 'pt'],
  description: 'Shouting: words in capitals that are not acronyms (NOT, EVERY, EXACTLY), and "!!" or "?!".',
  message: 'Capitals and doubled marks read as shouting.',
  why: 'In email, capitals and "!!" are a raised voice. The reader reacts to the volume and misses the point; plain text with the key fact first is firmer.',
  examples: {
    bad: [
      {
        text: 'Please do NOT leave bags in the hallway.',
        fixed: 'Please do not leave bags in the hallway.',
      },
      {
        text: 'DO NOT forward phishing emails to the whole company.',
        fixed: 'Do not forward phishing emails to the whole company.',
      },
      {
        text: 'We sent the files on Monday!! The link is below.',
        fixed: 'We sent the files on Monday. The link is below.',
      },
      {
        text: 'You reset your password again?! I have sent a new link.',
        fixed: 'You reset your password again? I have sent a new link.',
      },
      { text: 'Você SEMPRE pode nos ligar.', lang: 'pt', fixed: 'Você sempre pode nos ligar.' },
      { text: 'I am TRULY sorry about the mix-up.', fixed: 'I am truly sorry about the mix-up.' },
    ],
    good: [
      { text: 'Please contact the Patient Advice and Liaison Service (PALS) on 0300 123 4567.' },
      { text: 'The Financial Ombudsman Service — FOS — can look at it after eight weeks.' },
      { text: 'The charge shows as STRMBOX*MTHLY on your card statement.' },
      { text: 'Attached is the countersigned NDA as a PDF, and the IRS letter is a CP2000 notice.' },
      { text: "We're so sorry the DJ didn't turn up; your GP's letter is attached." },
      { text: 'Under HIPAA we need your authorization; USCIS and the HVAC firm have been told.' },
      { text: 'If the error comes back, quote ticket INC-20931 and mention the MFA change.' },
      { text: 'The sync error (ERR_TOKEN_EXPIRED) means the OAuth token is more than 90 days old.' },
      { text: 'You asked us to fix the printer "ASAP," and I understand why.' },
      { text: 'Vou preparar a declaração do IRPF e o comprovante do IPTU em PDF.', lang: 'pt' },
    ],
  },
  find(sentence, lang) {
    if (sentence.role !== 'body' || signatureLike(sentence.text)) return [];
    const labels = LABELS[lang];
    const matches: SentenceMatch[] = loudWords(sentence, lang).map(([start, end]) => ({
      start,
      end,
      suggestions: [
        {
          label: labels.words,
          edits: [replaceWords(sentence, start, end, sentence.text.slice(start, end).toLowerCase())],
        },
      ],
    }));
    for (const found of sentence.text.matchAll(LOUD_PUNCTUATION)) {
      const start = found.index;
      const end = start + found[0].length;
      if (isInQuote(sentence, start, end)) continue;
      const mark = found[0].includes('?') ? '?' : '.';
      matches.push({ start, end, suggestions: [{ label: labels.punctuation, edits: [{ start, end, text: mark }] }] });
    }
    return matches;
  },
};
