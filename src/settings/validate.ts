import * as v from 'valibot';
import { DEFAULT_SETTINGS } from './defaults.ts';
import { migrateFile } from './migrations.ts';
import { FIELD_SCHEMAS, FIELDS, type Field, SETTINGS_VERSION, type Settings } from './schema.ts';

/** A stored or policy value that could not be used as it was; shown on the options page. */
export interface Notice {
  field: Field;
  /** Where inside the field, e.g. "week.mon[1]"; empty for the whole field. */
  path: string;
  problem: string;
}

type AnySchema = v.GenericSchema<unknown, unknown>;

interface Structure {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  key?: AnySchema;
  value?: AnySchema;
}

/** The schema under any `pipe(...)` checks: the one that says whether it is an object, array or record. */
function structure(schema: AnySchema): Structure {
  const piped = (schema as { pipe?: unknown[] }).pipe;
  return (piped ? piped[0] : schema) as Structure;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** valibot's own messages name what they received; ours ("should be a time like 09:00") do not yet. */
function describe(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'not valid';
  return issue.message.startsWith('Invalid') ? issue.message : `${issue.message}, got ${issue.received}`;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Keeps every part of `value` that is valid and puts the default (or nothing, for list items) in
 * place of each part that is not, so one bad closed date does not cost a firm its whole schedule.
 */
function repair(
  schema: AnySchema,
  value: unknown,
  fallback: unknown,
  path: string,
  report: (path: string, problem: string) => void,
): unknown {
  const whole = v.safeParse(schema, value);
  if (whole.success) return whole.output;
  const shape = structure(schema);
  let mended: unknown;
  if (shape.type.endsWith('object') && shape.entries && isPlainObject(value)) {
    const entries = shape.entries;
    const defaults = isPlainObject(fallback) ? fallback : {};
    for (const key of Object.keys(value)) {
      if (!(key in entries)) report(join(path, key), 'unknown setting, ignored');
    }
    mended = Object.fromEntries(
      Object.entries(entries).map(([key, inner]) => [
        key,
        key in value ? repair(inner, value[key], defaults[key], join(path, key), report) : defaults[key],
      ]),
    );
  } else if (shape.type === 'array' && shape.item && Array.isArray(value)) {
    const item = shape.item;
    mended = value.flatMap((element, index) => {
      const parsed = v.safeParse(item, element);
      if (parsed.success) return [parsed.output];
      report(join(path, index), `${describe(parsed.issues[0])}; left out`);
      return [];
    });
  } else if (shape.type === 'record' && shape.key && shape.value && isPlainObject(value)) {
    const { key: keySchema, value: valueSchema } = shape;
    mended = Object.fromEntries(
      Object.entries(value).filter(([key, element]) => {
        const ok = v.is(keySchema, key) && v.is(valueSchema, element);
        if (!ok) report(join(path, key), 'not valid; left out');
        return ok;
      }),
    );
  } else {
    report(path, `${describe(whole.issues[0])}; the default is used`);
    return fallback;
  }
  const again = v.safeParse(schema, mended);
  if (again.success) return again.output;
  report(path, `${describe(again.issues[0])}; the default is used`);
  return fallback;
}

/** Reads one stored field. Never throws: whatever cannot be used becomes the default, with a notice. */
export function readField<K extends Field>(field: K, value: unknown, notices: Notice[]): Settings[K] {
  const fallback = DEFAULT_SETTINGS[field];
  if (value === null || value === undefined) return fallback;
  try {
    return repair(FIELD_SCHEMAS[field] as AnySchema, value, fallback, '', (path, problem) =>
      notices.push({ field, path, problem }),
    ) as Settings[K];
  } catch (error) {
    notices.push({ field, path: '', problem: `${String(error)}; the default is used` });
    return fallback;
  }
}

export type ImportResult = { ok: true; settings: Partial<Settings> } | { ok: false; errors: string[] };

/**
 * Checks a settings file (an export, a team's shared wording, the command line's --settings)
 * strictly: any problem rejects the whole file, with every problem listed, so nothing is half applied.
 * A file may carry only some fields.
 */
export function parseSettingsFile(data: unknown): ImportResult {
  if (!isPlainObject(data)) return { ok: false, errors: ['The file is not a JSON object of Even Keel settings.'] };
  const version = data.version ?? SETTINGS_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [`version: expected a whole number, got ${JSON.stringify(data.version)}`] };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      errors: [`version: the file was made by a newer Even Keel (settings version ${version}); update to import it.`],
    };
  }
  const migrated = migrateFile(data, version);
  const errors: string[] = [];
  const settings: Partial<Settings> = {};
  for (const [key, value] of Object.entries(migrated)) {
    if (key === 'version') continue;
    if (!(FIELDS as string[]).includes(key)) {
      errors.push(`${key}: not an Even Keel setting`);
      continue;
    }
    const field = key as Field;
    const parsed = v.safeParse(FIELD_SCHEMAS[field] as AnySchema, value);
    if (parsed.success) {
      (settings as Record<string, unknown>)[field] = parsed.output;
    } else {
      for (const issue of parsed.issues) {
        const path = v.getDotPath(issue);
        errors.push(`${path ? `${field}.${path}` : field}: ${describe(issue)}`);
      }
    }
  }
  if (errors.length === 0 && Object.keys(settings).length === 0) errors.push('The file holds no Even Keel settings.');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** The export file: every field, with the version a later release migrates from. */
export function settingsFile(settings: Settings): { version: number } & Settings {
  return { version: SETTINGS_VERSION, ...settings };
}
