import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from './defaults.ts';
import { MIGRATIONS, type Migrations } from './migrations.ts';
import { FIELDS, type Field, SETTINGS_VERSION, type Settings } from './schema.ts';
import { type Notice, readField } from './validate.ts';

export type SettingItem = WxtStorageItem<unknown, { v?: number }>;

/** A versioned `storage.sync` item: WXT runs `migrations` up to `version` before the first read. */
export function defineSettingItem(
  field: Field,
  version = SETTINGS_VERSION,
  migrations: Migrations = MIGRATIONS[field],
) {
  return storage.defineItem<unknown, { v?: number }>(`sync:${field}`, { version, migrations });
}

const ITEMS = Object.fromEntries(FIELDS.map((field) => [field, defineSettingItem(field)])) as Record<
  Field,
  SettingItem
>;

export interface SourceNotice extends Notice {
  /** Whose value it was: the user's (sync) or the administrator's (managed). */
  source: 'sync' | 'managed';
}

export interface LoadedSettings {
  /** What applies: the user's settings with the administrator's on top. */
  settings: Settings;
  /** Fields an administrator set: shown as "Set by your organization" and not editable. */
  locked: Field[];
  notices: SourceNotice[];
}

/**
 * The administrator's values. Firefox rejects when no policy exists, and a browser without
 * managed storage has no `storage.managed` at all: both simply mean "nothing is locked".
 */
async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed?.get()) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}

export async function readSync(items: Record<Field, SettingItem> = ITEMS): Promise<Record<Field, unknown>> {
  const values = await Promise.all(
    FIELDS.map(async (field) => {
      try {
        return [field, await items[field].getValue()] as const;
      } catch {
        return [field, null] as const;
      }
    }),
  );
  return Object.fromEntries(values) as Record<Field, unknown>;
}

/** Reads, validates and merges both areas. Never rejects because of what storage holds. */
export async function loadSettings(): Promise<LoadedSettings> {
  const [own, managed] = await Promise.all([readSync(), readManaged()]);
  const notices: SourceNotice[] = [];
  const settings = { ...DEFAULT_SETTINGS };
  const locked: Field[] = [];
  for (const field of FIELDS) {
    const fieldNotices: Notice[] = [];
    (settings as Record<Field, unknown>)[field] = readField(field, own[field], fieldNotices);
    notices.push(...fieldNotices.map((notice) => ({ ...notice, source: 'sync' as const })));
    if (managed[field] === undefined) continue;
    const policyNotices: Notice[] = [];
    const value = readField(field, managed[field], policyNotices);
    notices.push(...policyNotices.map((notice) => ({ ...notice, source: 'managed' as const })));
    // A policy value that is wholly unusable must not lock the user out of the field.
    if (policyNotices.some((notice) => notice.path === '')) continue;
    (settings as Record<Field, unknown>)[field] = value;
    locked.push(field);
  }
  return { settings, locked, notices };
}

/**
 * Writes fields to `storage.sync` in one call, each with its version marker (WXT's `key$` meta),
 * so a later release knows what to migrate and a watcher sees one change, not half of an import.
 */
export async function saveSettings(values: Partial<Settings>): Promise<void> {
  const batch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    batch[field] = value;
    batch[`${field}$`] = { v: SETTINGS_VERSION };
  }
  if (Object.keys(batch).length > 0) await browser.storage.sync.set(batch);
}

/** Forgets the user's value so the default applies again. */
export async function resetSettings(fields: readonly Field[]): Promise<void> {
  await browser.storage.sync.remove(fields.flatMap((field) => [field, `${field}$`]));
}

/** Calls `callback` after any change to the user's or the administrator's settings. */
export function watchSettings(callback: () => void): () => void {
  const keys = new Set<string>(FIELDS);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' || area === 'managed') && Object.keys(changes).some((key) => keys.has(key))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
