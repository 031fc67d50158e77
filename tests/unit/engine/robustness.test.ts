import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer, type Draft, type Report, rules, weeklyHours } from '../../../src/engine/index.ts';

/** Everything that would make a report unsafe to paint or apply: spans or edits outside the text. */
function problems(text: string, report: Report): string[] {
  const found: string[] = [];
  const inside = (start: number, end: number) =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  for (const f of report.findings) {
    if (f.start === undefined || f.end === undefined) {
      if (f.start !== f.end) found.push(`${f.rule}: only one of start/end`);
    } else {
      if (!inside(f.start, f.end) || f.start === f.end) found.push(`${f.rule}: span [${f.start}, ${f.end})`);
      if (f.text !== text.slice(f.start, f.end)) found.push(`${f.rule}: text is not the span's text`);
    }
    for (const edit of f.suggestions.flatMap((s) => s.edits)) {
      if (!inside(edit.start, edit.end)) found.push(`${f.rule}: edit [${edit.start}, ${edit.end})`);
    }
  }
  return found;
}

/** A report minus its timing, for comparing two runs. */
const stable = ({ stats, ...rest }: Report) => ({ ...rest, words: stats.words });

// Words the rules react to, so that generated drafts actually produce findings to check.
const ruleText = rules.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good].map((e) => e.text));
const awkward = [
  '\u0000',
  '\uFEFF',
  '\u202E',
  '\u200F',
  '\u200D',
  'مرحبا، سنعود إليك قريبا.',
  'שלום, נחזור אליך בקרוב.',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  '🇧🇷',
  'e\u0301',
  'a\u0300\u0301\u0302\u0303\u0304',
  'I\u0336 GUARANTEE',
  '\r\n',
  '\n\n',
  '\n> ',
  '\n-- \n',
  '"',
  '\u201c',
  '\u2019',
  "'",
  '!!',
  '?!',
  '...',
  '\u2026',
  'ASAP',
  'Dear Ms Lowe,\n\n',
  '\n\nKind regards,\nIan',
  '-----Original message-----\n',
];
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ruleText, ...awkward) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '. ', ', ', '\n') },
);
const text = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
const draft: fc.Arbitrary<Draft> = fc.record(
  {
    text,
    lang: fc.constantFrom('en' as const, 'pt' as const, 'auto' as const),
    context: fc.constantFrom('complaint' as const, 'routine' as const),
    sentAt: fc.constantFrom('2026-03-02T23:40', '2026-03-07T11:20', '2026-03-04T10:00'),
    officeHours: fc.constant(weeklyHours('Mon-Fri', '09:00', '17:30')),
    clientMessage: text,
  },
  { requiredKeys: ['text'] },
);

function check(input: Draft): void {
  const report = new Analyzer().analyze(input);
  expect(problems(input.text, report)).toEqual([]);
  expect(stable(new Analyzer().analyze(input)), 'same draft, same report').toEqual(stable(report));
}

describe('the engine on any input', () => {
  it('never throws, and every span and edit lies inside the text', () => {
    fc.assert(fc.property(draft, check), { numRuns: 300 });
  });

  it.each([
    ['empty', ''],
    ['NUL only', '\u0000'.repeat(50)],
    ['lone surrogates', '\uD800 I guarantee \uDC00 soon \uDBFF'],
    ['right-to-left', '\u202Eمرحبا، سنعود إليك قريبا. I promise it will be done soon.'],
    ['emoji sequences', '👩‍👩‍👧‍👦 We will fix it ASAP 🏳️‍🌈!! 👍🏽'],
    ['combining marks', 'We wi\u0301ll definitely have it by Friday, e\u0301\u0301\u0301 soon.'],
  ])('handles %s', (_, input) => check({ text: input }));

  it('checks 1 MB of prose, 1 MB of one unbroken word and 200 kB of run-on text with no full stop', () => {
    const sentences = [...ruleText, 'Thank you for your patience while we sort this out.'];
    let prose = '';
    for (let i = 0; prose.length < 1 << 20; i++) prose += `${sentences[i % sentences.length]} (${i})\n`;
    // Once, every "will" in a run-on text made a rule re-read the whole text: minutes, not milliseconds.
    const runOn = 'the insurer will pay and the court will decide and your lender will approve and '.repeat(2500);
    for (const input of [prose, 'x'.repeat(1 << 20), runOn]) {
      expect(problems(input, new Analyzer().analyze({ text: input }))).toEqual([]);
    }
  });
});
