import type { Doc, Sentence } from './document.ts';
import type { WallTime } from './schedule.ts';
import type { Category, Draft, EngineSettings, Lang, OfficeHours, Severity, Suggestion } from './types.ts';

/** A draft a rule's example runs on: the text plus whatever context (and settings) the rule needs. */
export type ExampleDraft = Draft;

export interface RuleExamples {
  /** Drafts the rule flags, each with the text after applying the rule's first suggestion. */
  bad: Array<ExampleDraft & { fixed: string }>;
  /** Drafts the rule leaves alone: the hard negatives it was written for. */
  good: ExampleDraft[];
}

interface RuleMeta {
  /** Also the file name under rules/. */
  id: string;
  category: Category;
  severity: Severity;
  /** One line for the catalogue and the options page. */
  description: string;
  /** The default message shown on a finding. */
  message: string;
  /** Why a careful colleague would point it out. */
  why: string;
  languages: readonly Lang[];
  examples: RuleExamples;
}

/** A finding inside one sentence; offsets and edits are relative to the sentence text. */
export interface SentenceMatch {
  start: number;
  end: number;
  message?: string;
  severity?: Severity;
  suggestions: Suggestion[];
}

/**
 * A rule that reads one sentence at a time. Its result may depend only on the sentence (text,
 * quotes, role) and the language, so the engine can reuse it while the rest of the draft changes.
 */
export interface SentenceRule extends RuleMeta {
  scope: 'sentence';
  find(sentence: Sentence, lang: Lang): SentenceMatch[];
}

export interface DocumentContext {
  lang: Lang;
  /** Whether the draft answers a complaint (given, or inferred). */
  complaint: boolean;
  sentAt: WallTime | null;
  officeHours: OfficeHours | null;
  settings: EngineSettings;
}

/** A finding about the whole draft (no span) or one whose offsets are draft-absolute. */
export interface DocumentMatch {
  start?: number;
  end?: number;
  /** For a rule whose findings take their category from settings (the firm's phrases). */
  category?: Category;
  message?: string;
  severity?: Severity;
  suggestions: Suggestion[];
}

/** A rule that needs the whole draft: what it lacks, or when it is written. */
export interface DocumentRule extends RuleMeta {
  scope: 'document';
  find(doc: Doc, context: DocumentContext): DocumentMatch[];
}

export type Rule = SentenceRule | DocumentRule;

/** A suggestion that swaps exactly `[start, end)` for `text`. */
export function replacement(label: string, start: number, end: number, text: string): Suggestion {
  return { label, edits: [{ start, end, text }] };
}
