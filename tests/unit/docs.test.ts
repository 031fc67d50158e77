import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { catalogue } from '../../src/cli/catalogue.ts';
import { rules } from '../../src/engine/index.ts';

it('docs/rules.md matches the rule registry (regenerate it with `npm run docs`)', () => {
  const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  expect(doc === catalogue(rules, 'markdown'), 'docs/rules.md is stale: run `npm run docs`').toBe(true);
});
