import { describe, expect, it } from 'vitest';
import { flagHours } from '../../../src/cli/catalogue.ts';
import { formatText, painter, position, toJson, wantsColour } from '../../../src/cli/check.ts';
import { InputError, parseItem } from '../../../src/cli/corpus.ts';
import { belowMinimums, formatScores, type Scores } from '../../../src/cli/evaluate.ts';
import { CATEGORIES, parseOfficeHours, type Report } from '../../../src/engine/index.ts';

const TEXT = 'Dear Jo,\n\n👋 We guarantee it.';
const REPORT: Report = {
  lang: 'en',
  findings: [
    {
      rule: 'some-phrase',
      category: 'overpromise',
      severity: 'high',
      start: 16,
      end: 27,
      text: 'guarantee i',
      message: 'Promise only what you control.',
      why: 'Because.',
      suggestions: [{ label: 'Soften', edits: [{ start: 16, end: 25, text: 'expect' }] }],
    },
    {
      rule: 'some-document-rule',
      category: 'missing-validation',
      severity: 'medium',
      message: 'Acknowledge the concern first.',
      why: 'Because.',
      suggestions: [{ label: 'Add an acknowledgement', edits: [{ start: 10, end: 10, text: 'I hear you. ' }] }],
    },
  ],
  checklist: CATEGORIES.map((category) => ({ category, ok: true, label: category, findings: [] })),
  stats: { words: 5, ms: 1.5 },
};

describe('check output', () => {
  it('counts lines from 1 and columns in characters, so an emoji is one column', () => {
    expect(position(TEXT, 0)).toBe('1:1');
    expect(position(TEXT, 10)).toBe('3:1');
    expect(position(TEXT, 16)).toBe('3:6');
  });

  it('gives document-level findings null offsets and text in JSON, and drops checklist internals', () => {
    const json = toJson(REPORT);
    expect(json.findings[1]).toMatchObject({ start: null, end: null, text: null });
    expect(json.checklist[0]).toEqual({ category: 'overpromise', ok: true, label: 'overpromise' });
  });

  it('shows where, what and the rewrite, in colour only when asked', () => {
    const plain = formatText(REPORT, TEXT, 'draft.txt', painter(false));
    expect(plain).toContain('3:6    overpromise (high)  "guarantee i"');
    expect(plain).toContain('→ Soften: "guarantee" → "expect"');
    expect(plain).toContain('draft  missing-validation (medium)');
    expect(plain).toContain('insert at 3:1: "I hear you. "');
    expect(plain).not.toContain('\u001b[');
    expect(formatText(REPORT, TEXT, 'draft.txt', painter(true))).toContain('\u001b[31m');
  });

  it('colours only a terminal without NO_COLOR', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
  });
});

describe('batch and corpus lines', () => {
  it('accepts office hours as the corpus writes them or as the flag does', () => {
    const corpusForm = parseItem('{"text":"x","officeHours":{"days":"Mon-Fri","start":"09:00","end":"17:30"}}', 1);
    const flagForm = parseItem('{"text":"x","officeHours":"Mon-Fri 09:00-17:30"}', 1);
    expect(flagForm.draft.officeHours).toEqual(corpusForm.draft.officeHours);
    expect(corpusForm.id).toBe(1);
  });

  it.each([
    ['[1, 2]', /not a JSON object/],
    ['{"id": "a"}', /"text" is missing/],
    ['{"text": "x", "lang": "fr"}', /"lang"/],
    ['{"text": "x", "sentAt": "tonight"}', /tonight/],
    ['{"text": "x", "officeHours": "all day"}', /Mon-Fri/],
  ])('rejects %s with a message for the user', (line, message) => {
    expect(() => parseItem(line, 3)).toThrow(InputError);
    expect(() => parseItem(line, 3)).toThrow(message);
  });

  it('writes office hours back in the form the flag takes', () => {
    expect(flagHours(parseOfficeHours('Mon-Fri 09:00-17:30'))).toBe('Mon-Fri 09:00-17:30');
    expect(flagHours(parseOfficeHours('Mon-Thu 9-17; Fri 9-13; Sun 10-12'))).toBe(
      'Mon-Thu 09:00-17:00; Fri 09:00-13:00; Sun 10:00-12:00',
    );
  });
});

describe('eval scores', () => {
  const empty = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const group = {
    items: 3,
    clean: 1,
    cleanFlagged: 0,
    spanRecall: null,
    binary: { ...empty, precision: 1, recall: 0.5, f1: 0.667, support: 2 },
    categories: Object.fromEntries(
      CATEGORIES.map((category) => [category, { ...empty, precision: null, recall: null, f1: null, support: 0 }]),
    ),
  } as Scores['overall'];
  group.categories.escalation = { ...empty, precision: 0.8, recall: null, f1: null, support: 0 };
  const scores: Scores = { byLang: { en: group }, overall: group };

  it('holds each measured category to the minimums and skips what cannot be measured', () => {
    expect(belowMinimums(scores, 0.9, 0.9)).toEqual(['en escalation: precision 0.800 is below 0.9']);
    expect(belowMinimums(scores, 0.5, 0.9)).toEqual([]);
  });

  it('prints a dash for a score that cannot be measured', () => {
    expect(formatScores(scores)).toMatch(/overpromise +— +— +—/);
  });
});
