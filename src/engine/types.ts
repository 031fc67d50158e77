export const CATEGORIES = ['overpromise', 'escalation', 'missing-validation', 'boundary', 'vague-timeline'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LANGS = ['en', 'pt'] as const;
export type Lang = (typeof LANGS)[number];

export type DraftContext = 'complaint' | 'routine';

/** Replace `text[start, end)` with `text`; offsets are UTF-16 indices into the draft. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  label: string;
  edits: Edit[];
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** Absent for document-level findings. */
  start?: number;
  end?: number;
  /** The flagged words, for span findings. */
  text?: string;
  message: string;
  why: string;
  suggestions: Suggestion[];
}

export interface ChecklistItem {
  category: Category;
  ok: boolean;
  label: string;
  findings: Finding[];
}

export interface Report {
  lang: Lang;
  findings: Finding[];
  checklist: ChecklistItem[];
  stats: { words: number; ms: number };
}

/** Minutes since midnight, local wall-clock time. */
export interface TimeSpan {
  start: number;
  end: number;
}

/**
 * A firm's schedule. `week[0]` is Sunday, as in `Date#getDay`. A span whose end is not after
 * its start runs past midnight into the next day.
 */
export interface OfficeHours {
  week: TimeSpan[][];
  /** ISO dates (YYYY-MM-DD) when the office is closed all day. */
  closedDates?: string[];
}

/** Wording a firm wants flagged, with what to say and what to write instead. */
export interface CustomPhrase {
  phrase: string;
  category: Category;
  message: string;
  alternatives: string[];
}

export interface EngineSettings {
  /** Rule ids switched off. */
  disabledRules?: string[];
  /** Per-rule severity chosen by the firm. */
  severity?: Record<string, Severity>;
  /**
   * The sentence an out-of-hours reply should carry, with `{nextOpening}` and `{hours}`
   * placeholders. Falls back to the language's default wording.
   */
  officeHoursWording?: Partial<Record<Lang, string>>;
  /** The firm's own phrases, matched as whole words in any case, never inside a quotation. */
  customPhrases?: CustomPhrase[];
}

export interface Draft {
  /** The writer's text; quoted history and a signature below `-- ` are recognised and skipped. */
  text: string;
  /** `auto` (or absent) detects the language from the text. */
  lang?: Lang | 'auto';
  /** Local wall-clock time the draft is written, ISO `YYYY-MM-DDTHH:mm`. */
  sentAt?: string;
  officeHours?: OfficeHours;
  /** Whether the draft answers a complaint; inferred when absent. */
  context?: DraftContext;
  /** The client's message being answered, when known: the best evidence of a complaint. */
  clientMessage?: string;
  settings?: EngineSettings;
}
