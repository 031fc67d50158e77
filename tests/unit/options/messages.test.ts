import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../../src/engine/types.ts';
import { FIELDS } from '../../../src/settings/schema.ts';
import { readMessages } from './i18n-fake.ts';

const UI = fileURLToPath(new URL('../../../src/ui/options', import.meta.url));

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync(UI)) {
    const source = readFileSync(join(UI, file), 'utf8');
    for (const found of source.matchAll(/['`](options_[a-z0-9_]+)['`]/gi)) keys.add(found[1] as string);
  }
  // Keys built from data: one per category, severity, field and checking language.
  for (const category of CATEGORIES) keys.add(`options_category_${category.replaceAll('-', '_')}`);
  for (const severity of SEVERITIES) {
    keys.add(`options_severity_${severity}`);
    keys.add(`options_gate_at_least_${severity}`);
  }
  for (const field of FIELDS) keys.add(`options_field_${field}`);
  for (const language of ['auto', 'en', 'pt']) keys.add(`options_language_${language}`);
  for (const lang of ['en', 'pt']) keys.add(`options_wording_lang_${lang}`);
  return keys;
}

describe('options messages', () => {
  const en = readMessages('en');
  const pt = readMessages('pt_BR');
  const own = (messages: Record<string, unknown>) => Object.keys(messages).filter((key) => key.startsWith('options_'));

  it('has every key the page uses, in English and Brazilian Portuguese', () => {
    for (const key of usedKeys()) {
      expect(en[key]?.message, key).toBeTruthy();
      expect(pt[key]?.message, key).toBeTruthy();
    }
  });

  it('has the same keys and the same substitutions in both languages', () => {
    expect(own(pt).sort()).toEqual(own(en).sort());
    for (const key of own(en)) {
      const slots = (text = '') => [...text.matchAll(/\$\d/g)].map((found) => found[0]).sort();
      expect(slots(pt[key]?.message), key).toEqual(slots(en[key]?.message));
    }
  });

  it('keeps no key the page no longer uses', () => {
    const used = usedKeys();
    expect(own(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
