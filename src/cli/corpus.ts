import { CATEGORIES, type Category, type Draft, type DraftContext, LANGS, type Lang } from '../engine/index.ts';
import { weeklyHours } from '../engine/schedule.ts';

/** One line of a batch or corpus file: a draft, and for a labelled corpus the expected flags. */
export interface CorpusItem {
  id: string;
  draft: Draft;
  labels: Category[];
  spans: Array<{ category: Category; phrase: string }>;
}

export class InputError extends Error {}

function field<T>(value: unknown, check: (v: unknown) => v is T, what: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new InputError(`"${what}" has the wrong type`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isLang = (v: unknown): v is Lang | 'auto' => v === 'auto' || LANGS.includes(v as Lang);
const isContext = (v: unknown): v is DraftContext => v === 'complaint' || v === 'routine';
const isCategory = (v: unknown): v is Category => CATEGORIES.includes(v as Category);

/** Reads one JSON line: `{id, text, lang?, sentAt?, officeHours?, context?, labels?, spans?}`. */
export function parseItem(line: string, lineNumber: number): CorpusItem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError('not a JSON object');
  const record = raw as Record<string, unknown>;
  const text = field(record.text, isString, 'text');
  if (text === undefined) throw new InputError('"text" is missing');
  const id = record.id === undefined ? String(lineNumber) : String(record.id);
  const draft: Draft = { text };
  const lang = field(record.lang, isLang, 'lang');
  if (lang) draft.lang = lang;
  const context = field(record.context, isContext, 'context');
  if (context) draft.context = context;
  const sentAt = field(record.sentAt, isString, 'sentAt');
  if (sentAt) draft.sentAt = sentAt;
  const clientMessage = field(record.clientMessage, isString, 'clientMessage');
  if (clientMessage) draft.clientMessage = clientMessage;
  if (record.officeHours !== undefined) {
    const hours = record.officeHours as Record<string, unknown>;
    if (!isString(hours?.days) || !isString(hours.start) || !isString(hours.end)) {
      throw new InputError('"officeHours" should be {"days": "Mon-Fri", "start": "09:00", "end": "17:30"}');
    }
    draft.officeHours = weeklyHours(hours.days, hours.start, hours.end);
  }
  const labels = (Array.isArray(record.labels) ? record.labels : []).filter(isCategory);
  const spans = (Array.isArray(record.spans) ? record.spans : []).filter(
    (span): span is { category: Category; phrase: string } =>
      typeof span === 'object' && span !== null && isCategory(span.category) && isString(span.phrase),
  );
  return { id, draft, labels, spans };
}
