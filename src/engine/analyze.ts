import { buildChecklist } from './checklist.ts';
import { isComplaint } from './complaint.ts';
import { countWords, type Doc, parseDocument, type Sentence } from './document.ts';
import { detectLanguage, languageSample } from './language.ts';
import type { DocumentContext, DocumentMatch, DocumentRule, Rule, SentenceMatch, SentenceRule } from './rule.ts';
import { rules as registry } from './rules/index.ts';
import { parseWallTime } from './schedule.ts';
import type { Draft, Edit, Finding, Lang, Report, Suggestion } from './types.ts';

const SENTENCE_CACHE_LIMIT = 5000;

interface CachedMatch {
  rule: SentenceRule;
  match: SentenceMatch;
}

/** What the engine keeps about a sentence it has read: its findings and its length in words. */
interface SentenceResult {
  matches: CachedMatch[];
  words: number;
}

function clock(): number {
  const performance = (globalThis as { performance?: { now(): number } }).performance;
  return performance ? performance.now() : Date.now();
}

/**
 * A deletion that stands between two white-space boundaries (a whole sentence removed) also takes
 * the spaces that joined it to the rest of its line, so applying it leaves no double space.
 */
function closeGap(edit: Edit, text: string): Edit {
  const edge = /^\s?$/;
  if (edit.text !== '' || edit.end <= edit.start) return edit;
  if (/\s/.test(text.charAt(edit.start)) || /\s/.test(text.charAt(edit.end - 1))) return edit;
  if (!edge.test(text.charAt(edit.start - 1)) || !edge.test(text.charAt(edit.end))) return edit;
  const following = /^[ \t\u00a0]+(?=\S)/.exec(text.slice(edit.end, edit.end + 80));
  if (following) return { ...edit, end: edit.end + following[0].length };
  const preceding = /(?<=\S)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, edit.start - 80), edit.start));
  return preceding ? { ...edit, start: edit.start - preceding[0].length } : edit;
}

function shiftSuggestions(suggestions: readonly Suggestion[], offset: number, text: string): Suggestion[] {
  return suggestions.map((suggestion) => ({
    label: suggestion.label,
    edits: suggestion.edits.map((edit) =>
      closeGap({ start: edit.start + offset, end: edit.end + offset, text: edit.text }, text),
    ),
  }));
}

/**
 * Drops a finding that lies inside another of the same category: one flag per stretch of words.
 * On the very same words the later finding wins: document rules run last, so the firm's own
 * phrase, with the firm's message, takes the place of a built-in rule's. One sort and one sweep,
 * so a draft with thousands of findings stays fast.
 */
function withoutNested(findings: Finding[]): Finding[] {
  const spans = findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => finding.start !== undefined && finding.end !== undefined)
    .sort(
      (a, b) =>
        (a.finding.start ?? 0) - (b.finding.start ?? 0) ||
        (b.finding.end ?? 0) - (a.finding.end ?? 0) ||
        b.index - a.index,
    );
  // Everything before a finding in this order starts no later, so it is nested exactly when an
  // earlier finding of its category reaches at least as far.
  const reach = new Map<Finding['category'], number>();
  const nested = new Set<Finding>();
  for (const { finding } of spans) {
    const end = finding.end ?? 0;
    const furthest = reach.get(finding.category);
    if (furthest !== undefined && furthest >= end) nested.add(finding);
    else reach.set(finding.category, end);
  }
  return findings.filter((finding) => !nested.has(finding));
}

function byPosition(a: Finding, b: Finding): number {
  return (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) || a.rule.localeCompare(b.rule);
}

/**
 * Runs the rules over drafts. Sentence results are kept by sentence text, so re-checking a draft
 * after an edit only analyses the sentences that changed.
 */
export class Analyzer {
  private readonly sentenceCache = new Map<string, SentenceResult>();
  private readonly sentenceRules: SentenceRule[];
  private readonly documentRules: DocumentRule[];
  /** While someone types further down a long draft, its opening, and so its language, stays the same. */
  private detected: { sample: string; lang: Lang } | null = null;

  constructor(rules: readonly Rule[] = registry) {
    this.sentenceRules = rules.filter((rule): rule is SentenceRule => rule.scope === 'sentence');
    this.documentRules = rules.filter((rule): rule is DocumentRule => rule.scope === 'document');
  }

  analyze(draft: Draft): Report {
    const started = clock();
    const lang: Lang = draft.lang && draft.lang !== 'auto' ? draft.lang : this.languageOf(draft.text);
    const doc = parseDocument(draft.text, lang);
    const settings = draft.settings ?? {};
    const disabled = new Set(settings.disabledRules ?? []);
    const context: DocumentContext = {
      lang,
      complaint: isComplaint(doc, draft.context, draft.clientMessage),
      sentAt: draft.sentAt ? parseWallTime(draft.sentAt) : null,
      officeHours: draft.officeHours ?? null,
      settings,
    };

    const findings: Finding[] = [];
    const add = (
      rule: Rule,
      start: number | undefined,
      end: number | undefined,
      match: SentenceMatch | DocumentMatch,
      offset: number,
    ) => {
      findings.push({
        rule: rule.id,
        category: ('category' in match && match.category) || rule.category,
        severity: settings.severity?.[rule.id] ?? match.severity ?? rule.severity,
        ...(start === undefined || end === undefined ? {} : { start, end, text: draft.text.slice(start, end) }),
        message: match.message ?? rule.message,
        why: rule.why,
        suggestions: shiftSuggestions(match.suggestions, offset, draft.text),
      });
    };

    let words = 0;
    for (const sentence of doc.sentences) {
      const result = this.sentenceResult(sentence, lang);
      words += result.words;
      for (const { rule, match } of result.matches) {
        if (disabled.has(rule.id)) continue;
        add(rule, sentence.start + match.start, sentence.start + match.end, match, sentence.start);
      }
    }
    for (const rule of this.documentRules) {
      if (disabled.has(rule.id) || !rule.languages.includes(lang)) continue;
      for (const match of rule.find(doc, context)) add(rule, match.start, match.end, match, 0);
    }

    const kept = withoutNested(findings).sort(byPosition);
    return {
      lang,
      findings: kept,
      checklist: buildChecklist(kept, lang),
      stats: { words, ms: Math.round((clock() - started) * 100) / 100 },
    };
  }

  private languageOf(text: string): Lang {
    const sample = languageSample(text);
    if (this.detected?.sample !== sample) this.detected = { sample, lang: detectLanguage(sample) };
    return this.detected.lang;
  }

  private sentenceResult(sentence: Sentence, lang: Lang): SentenceResult {
    const key = `${lang}\u0000${sentence.role}\u0000${sentence.text}`;
    const cached = this.sentenceCache.get(key);
    if (cached) {
      this.sentenceCache.delete(key);
      this.sentenceCache.set(key, cached);
      return cached;
    }
    const matches: CachedMatch[] = [];
    for (const rule of this.sentenceRules) {
      if (!rule.languages.includes(lang)) continue;
      for (const match of rule.find(sentence, lang)) matches.push({ rule, match });
    }
    if (this.sentenceCache.size >= SENTENCE_CACHE_LIMIT) {
      const oldest = this.sentenceCache.keys().next().value;
      if (oldest !== undefined) this.sentenceCache.delete(oldest);
    }
    const result = { matches, words: countWords(sentence.text) };
    this.sentenceCache.set(key, result);
    return result;
  }
}

const shared = new Analyzer();

/** Checks one draft. Deterministic: the same draft and settings give the same findings. */
export function analyze(draft: Draft): Report {
  return shared.analyze(draft);
}

export type { Doc };
