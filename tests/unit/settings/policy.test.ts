import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/engine/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/defaults.ts';
import { FIELDS, WEEKDAYS } from '../../../src/settings/schema.ts';
import { parseSettingsFile, settingsFile } from '../../../src/settings/validate.ts';

type SchemaNode = {
  type?: string;
  id?: string;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode;
  enum?: string[];
};

const schema = JSON.parse(
  readFileSync(join(process.cwd(), 'assets', 'public', 'managed_schema.json'), 'utf8'),
) as SchemaNode;

/** A value checked against the subset of JSON Schema Chromium applies to policies. */
function conforms(node: SchemaNode, value: unknown, ids: Map<string, SchemaNode>): boolean {
  const resolved = node.$ref ? ids.get(node.$ref) : node;
  if (!resolved) return false;
  if (resolved.enum && !resolved.enum.includes(value as string)) return false;
  switch (resolved.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value) && value.every((item) => !resolved.items || conforms(resolved.items, item, ids));
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        Object.entries(value).every(([key, item]) => {
          const inner = resolved.properties?.[key] ?? resolved.additionalProperties;
          return inner !== undefined && conforms(inner, item, ids);
        })
      );
    default:
      return false;
  }
}

function collectIds(node: SchemaNode, ids = new Map<string, SchemaNode>()): Map<string, SchemaNode> {
  if (node.id) ids.set(node.id, node);
  for (const child of [...Object.values(node.properties ?? {}), node.items, node.additionalProperties]) {
    if (child) collectIds(child, ids);
  }
  return ids;
}

describe('the managed policy schema', () => {
  const ids = collectIds(schema);

  it('names exactly the settings (and the file version)', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...FIELDS, 'version'].sort());
    expect(Object.keys(schema.properties?.officeHours?.properties?.week?.properties ?? {})).toEqual([...WEEKDAYS]);
    expect(schema.properties?.customPhrases?.items?.properties?.category?.enum).toEqual([...CATEGORIES]);
  });

  it('accepts an exported settings file, so an administrator can deploy one as policy', () => {
    const exported = JSON.parse(
      JSON.stringify(
        settingsFile({
          ...DEFAULT_SETTINGS,
          severity: { 'vague-timeline': 'high' },
          customPhrases: [
            { phrase: 'per my last email', category: 'escalation', message: 'Curt.', alternatives: ['To recap'] },
          ],
        }),
      ),
    );
    expect(conforms(schema, exported, ids)).toBe(true);
    expect(parseSettingsFile(exported).ok).toBe(true);
  });

  it('matches the sample policies given to administrators', () => {
    const sample = {
      officeHours: {
        timeZone: 'Europe/London',
        week: {
          sun: [],
          mon: [{ start: '09:00', end: '17:30' }],
          tue: [{ start: '09:00', end: '17:30' }],
          wed: [{ start: '09:00', end: '17:30' }],
          thu: [{ start: '09:00', end: '17:30' }],
          fri: [{ start: '09:00', end: '13:00' }],
          sat: [],
        },
        closedDates: ['2026-12-25', '2026-12-28'],
      },
      firmName: 'Hale & Ward Solicitors',
      urgentContact: '020 7946 0000',
      wording: {
        en: 'Our office hours are {hours}. {firm} will reply {nextOpening}; if it is urgent, call {urgentContact}.',
        pt: 'Nosso horário é {hours}. {firm} responde {nextOpening}; em caso de urgência, ligue para {urgentContact}.',
      },
      sendGate: { enabled: true, minSeverity: 'high' },
    };
    expect(conforms(schema, sample, ids)).toBe(true);
    expect(parseSettingsFile(sample).ok).toBe(true);
  });
});
