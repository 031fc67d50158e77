import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Draft, type Finding, rules } from '../../../src/engine/index.ts';

function applySuggestion(text: string, finding: Finding): string {
  const edits = [...(finding.suggestions[0]?.edits ?? [])].sort((a, b) => b.start - a.start);
  return edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

describe('the rule registry', () => {
  it('lists every rule file once, in alphabetical order of id', () => {
    const files = readdirSync(new URL('../../../src/engine/rules/', import.meta.url))
      .filter((name) => name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(files);
  });

  it('gives every rule a description, message, why and examples both ways', () => {
    for (const rule of rules) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.message.length, rule.id).toBeGreaterThan(10);
      expect(rule.why.length, rule.id).toBeGreaterThan(10);
      expect(rule.examples.bad.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.good.length, rule.id).toBeGreaterThan(0);
    }
  });
});

for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    for (const example of rule.examples.bad) {
      it(`flags ${JSON.stringify(example.text)} and its fix is clean`, () => {
        const { fixed, ...draft } = example;
        const finding = analyze(draft).findings.find((f) => f.rule === rule.id);
        expect(finding, 'the rule flags its bad example').toBeDefined();
        if (!finding) return;
        expect(applySuggestion(draft.text, finding)).toBe(fixed);
        const after: Draft = { ...draft, text: fixed };
        const remaining = analyze(after).findings.filter((f) => f.category === rule.category);
        expect(remaining, 'the rewrite triggers nothing of its category').toEqual([]);
      });
    }
    for (const example of rule.examples.good) {
      it(`leaves ${JSON.stringify(example.text)} alone`, () => {
        expect(analyze(example).findings.filter((f) => f.rule === rule.id)).toEqual([]);
      });
    }
  });
}
