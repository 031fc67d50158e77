import { FIELDS, type Field } from './schema.ts';

/**
 * `MIGRATIONS[field][n]` turns a field stored (or exported) at version n - 1 into version n. The
 * same table serves the versioned storage items and imported files, so a file exported by an older
 * release imports cleanly. Version 1 is the first release: nothing to migrate yet.
 */
export type Migrations = Record<number, (old: unknown) => unknown>;

export const MIGRATIONS: Record<Field, Migrations> = Object.fromEntries(FIELDS.map((field) => [field, {}])) as Record<
  Field,
  Migrations
>;

/** Brings every field of a settings file from `from` up to the current version. */
export function migrateFile(
  data: Record<string, unknown>,
  from: number,
  table: Record<string, Migrations> = MIGRATIONS,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const steps = table[key] ?? {};
      let migrated = value;
      for (const [version, step] of Object.entries(steps).sort(([a], [b]) => Number(a) - Number(b))) {
        if (Number(version) > from) migrated = step(migrated);
      }
      return [key, migrated];
    }),
  );
}
