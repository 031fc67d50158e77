import { CATEGORIES, type Category, type Draft, type DraftContext, LANGS, type Lang } from '../engine/index.ts';
import { parseOfficeHours, parseWallTime, ScheduleError, weeklyHours } from '../engine/schedule.ts';

/** One line of a batch or corpus file: a draft, and for a labelled corpus the expected flags. */
export interface CorpusItem {
  /** The line's own `id` (string or number as given), or else its line number. */
  id: string | number;
  draft: Draft;
  labels: Category[];
  spans: Array<{ category: Category; phrase: string }>;
}

/** Input the command line cannot use: a bad line, file, flag or value. */
export class InputError extends Error {}

function field<T>(value: unknown, check: (v: unknown) => v is T, what: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new InputError(`"${what}" has the wrong type or value`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isLang = (v: unknown): v is Lang | 'auto' => v === 'auto' || LANGS.includes(v as Lang);
const isContext = (v: unknown): v is DraftContext => v === 'complaint' || v === 'routine';
const isCategory = (v: unknown): v is Category => CATEGORIES.includes(v as Category);

/** Office hours as the corpus writes them (`{"days","start","end"}`) or as the flag does ("Mon-Fri 09:00-17:30"). */
function officeHoursOf(value: unknown): Draft['officeHours'] {
  if (typeof value === 'string') return parseOfficeHours(value);
  const hours = value as Record<string, unknown> | null;
  if (!isString(hours?.days) || !isString(hours.start) || !isString(hours.end)) {
    throw new InputError('"officeHours" should be {"days": "Mon-Fri", "start": "09:00", "end": "17:30"}');
  }
  return weeklyHours(hours.days, hours.start, hours.end);
}

function readItem(record: Record<string, unknown>, lineNumber: number): CorpusItem {
  const text = field(record.text, isString, 'text');
  if (text === undefined) throw new InputError('"text" is missing');
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : lineNumber;
  const draft: Draft = { text };
  const lang = field(record.lang, isLang, 'lang');
  if (lang) draft.lang = lang;
  const context = field(record.context, isContext, 'context');
  if (context) draft.context = context;
  const sentAt = field(record.sentAt, isString, 'sentAt');
  if (sentAt) {
    parseWallTime(sentAt);
    draft.sentAt = sentAt;
  }
  const clientMessage = field(record.clientMessage, isString, 'clientMessage');
  if (clientMessage) draft.clientMessage = clientMessage;
  if (record.officeHours !== undefined && record.officeHours !== null) {
    draft.officeHours = officeHoursOf(record.officeHours);
  }
  const labels = (Array.isArray(record.labels) ? record.labels : []).filter(isCategory);
  const spans = (Array.isArray(record.spans) ? record.spans : []).filter(
    (span): span is { category: Category; phrase: string } =>
      typeof span === 'object' && span !== null && isCategory(span.category) && isString(span.phrase),
  );
  return { id, draft, labels, spans };
}

/**
 * Reads one JSON line: `{id, text, lang?, sentAt?, officeHours?, context?, clientMessage?, labels?, spans?}`.
 * Throws InputError, with a message fit for the user, when the line cannot be used.
 */
export function parseItem(line: string, lineNumber: number): CorpusItem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError('not a JSON object');
  try {
    return readItem(raw as Record<string, unknown>, lineNumber);
  } catch (error) {
    if (error instanceof ScheduleError) throw new InputError(error.message);
    throw error;
  }
}

/** The non-blank lines of a JSONL file, with their 1-based line numbers. */
export function jsonLines(content: string): Array<{ line: string; lineNumber: number }> {
  return content
    .split(/\r?\n/)
    .map((line, index) => ({ line, lineNumber: index + 1 }))
    .filter(({ line }) => line.trim() !== '');
}
