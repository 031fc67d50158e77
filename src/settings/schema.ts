import * as v from 'valibot';
import { CATEGORIES, SEVERITIES } from '../engine/types.ts';

// One schema serves storage, imports, the command line's --settings file and the managed policy,
// so a file exported from the options page can be handed to an administrator unchanged.

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'should be a time like 09:00'));

/** A span whose end is not after its start runs past midnight ("22:00"–"02:00"). */
export const SpanSchema = v.pipe(
  v.strictObject({ start: clock, end: clock }),
  v.check((span) => span.start !== '24:00', 'should not open at 24:00'),
);
export type Span = v.InferOutput<typeof SpanSchema>;

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'should be a date like 2026-12-25'),
  v.check((date) => {
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
  }, 'should be a real calendar date'),
);

/** '' means "whatever zone this browser is in", so a fresh install needs no set-up. */
export const TimeZoneSchema = v.pipe(
  v.string(),
  v.check((zone) => zone === '' || isTimeZone(zone), 'should be a time zone such as Europe/Lisbon'),
);

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const day = v.pipe(v.array(SpanSchema), v.maxLength(6, 'should have at most 6 spans a day'));

export const OfficeHoursSchema = v.strictObject({
  timeZone: TimeZoneSchema,
  week: v.strictObject({ sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day }),
  closedDates: v.pipe(v.array(isoDate), v.maxLength(400, 'should have at most 400 closed dates')),
});
export type OfficeHoursSetting = v.InferOutput<typeof OfficeHoursSchema>;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `should have at most ${max} characters`));

export const WordingSchema = v.strictObject({ en: text(600), pt: text(600) });
export type Wording = v.InferOutput<typeof WordingSchema>;

const ruleId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'should be a rule id such as vague-timeline'));
export const SeveritySchema = v.picklist(SEVERITIES);

export const CustomPhraseSchema = v.strictObject({
  phrase: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(2, 'should have at least 2 characters'),
    v.maxLength(80, 'should have at most 80 characters'),
  ),
  category: v.picklist(CATEGORIES),
  message: text(300),
  alternatives: v.pipe(v.array(text(200)), v.maxLength(5, 'should have at most 5 alternatives')),
});
export type CustomPhrase = v.InferOutput<typeof CustomPhraseSchema>;

/** An origin such as https://mail.example.com: scheme and host, no path. */
export const OriginSchema = v.pipe(
  v.string(),
  v.check((origin) => normalizeOrigin(origin) === origin, 'should be a site address such as https://mail.example.com'),
);

/** The canonical origin of what a user typed ("mail.example.com/inbox" -> "https://mail.example.com"), or null. */
export function normalizeOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

export const SendGateSchema = v.strictObject({ enabled: v.boolean(), minSeverity: SeveritySchema });
export type SendGate = v.InferOutput<typeof SendGateSchema>;

export const LanguageSchema = v.picklist(['auto', 'en', 'pt']);
export type LanguageSetting = v.InferOutput<typeof LanguageSchema>;

/** Every setting, keyed as in storage, the export file and the managed policy. */
export const FIELD_SCHEMAS = {
  officeHours: OfficeHoursSchema,
  firmName: text(120),
  urgentContact: text(160),
  wording: WordingSchema,
  disabledRules: v.pipe(v.array(ruleId), v.maxLength(200)),
  severity: v.record(ruleId, SeveritySchema),
  customPhrases: v.pipe(v.array(CustomPhraseSchema), v.maxLength(100, 'should have at most 100 phrases')),
  sites: v.pipe(v.array(OriginSchema), v.maxLength(100, 'should have at most 100 sites')),
  sendGate: SendGateSchema,
  language: LanguageSchema,
} as const;

export type Field = keyof typeof FIELD_SCHEMAS;
export const FIELDS = Object.keys(FIELD_SCHEMAS) as Field[];

export type Settings = { [K in Field]: v.InferOutput<(typeof FIELD_SCHEMAS)[K]> };

/** The version of the export file and of every stored item; migrations.ts brings older ones up to it. */
export const SETTINGS_VERSION = 1;
