// The command line is a contract other tools and our own checks rely on, so these run the real
// thing, as `npx even-keel` does: node with the package's bin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, rules } from '../../../src/engine/index.ts';

const BIN = fileURLToPath(new URL('../../../src/cli/bin.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'even-keel-cli-'));

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const DRAFT = "I'm sorry for the wait. We'll get the final order to you soon.";

describe('even-keel check', () => {
  it('prints one JSON report in the documented shape', () => {
    const { code, stdout } = run(['check', '-', '--format', 'json', '--lang', 'en', '--context', 'routine'], DRAFT);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['lang', 'findings', 'checklist', 'stats']);
    expect(report.lang).toBe('en');
    const finding = report.findings.find((f: { rule: string }) => f.rule === 'vague-timeline');
    expect(Object.keys(finding)).toEqual([
      'rule',
      'category',
      'severity',
      'start',
      'end',
      'text',
      'message',
      'why',
      'suggestions',
    ]);
    expect(DRAFT.slice(finding.start, finding.end)).toBe(finding.text);
    expect(Object.keys(finding.suggestions[0])).toEqual(['label', 'edits']);
    expect(Object.keys(finding.suggestions[0].edits[0])).toEqual(['start', 'end', 'text']);
    expect(report.checklist.map((item: object) => Object.keys(item))).toEqual(
      CATEGORIES.map(() => ['category', 'ok', 'label']),
    );
    expect(Object.keys(report.stats)).toEqual(['words', 'ms']);
  });

  it('prints a text report with line:column and the rewrite, uncoloured when piped', () => {
    const { code, stdout } = run(['check', file('draft.txt', `Hi Sam,\n\n${DRAFT}\n`)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^3:\d+ +vague-timeline \(medium\) +"soon"$/m);
    expect(stdout).toContain('"soon" → ');
    expect(stdout).not.toContain('\u001b[');
  });

  it('checks a JSONL batch in order, reporting a malformed line and exiting 1', () => {
    const batch = file(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'a', text: DRAFT }),
        '{"id": "b", "text": ',
        JSON.stringify({ id: 7, text: 'Attached is the signed copy.', lang: 'en' }),
      ].join('\n'),
    );
    const { code, stdout, stderr } = run(['check', '--jsonl', batch]);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 2, 7]);
    expect(Object.keys(lines[1])).toEqual(['id', 'error']);
    expect(lines[0].findings.length).toBeGreaterThan(0);
    expect(Object.keys(lines[2])).toEqual(['id', 'lang', 'findings', 'checklist', 'stats']);
    expect(stderr).toMatch(/line 2/);
  });

  it.each([
    ['an unreadable file', ['check', join(dir, 'missing.txt')], /cannot read .*missing\.txt/],
    ['an unknown option', ['check', '--colour'], /--colour/],
    ['a bad time', ['check', '--sent-at', '2026-02-30T10:00'], /--sent-at/],
    ['bad office hours', ['check', '--office-hours', 'weekdays 9 to 5'], /--office-hours/],
    ['an unknown command', ['lint'], /unknown command/],
  ])('exits 2 with one line on stderr for %s', (_, args, message) => {
    const { code, stdout, stderr } = run(args, DRAFT);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('even-keel eval', () => {
  // Nothing flags this escalation label, so its recall is 0 whatever the rules become.
  const corpus = file(
    'corpus.jsonl',
    [
      JSON.stringify({ id: 'x1', text: 'Thanks, received.', labels: ['escalation'], lang: 'en', context: 'routine' }),
      JSON.stringify({ id: 'x2', text: 'Attached is the signed copy.', labels: [], lang: 'en', context: 'routine' }),
    ].join('\n'),
  );

  it('prints scores as JSON and passes without minimums', () => {
    const { code, stdout } = run(['eval', corpus, '--format', 'json']);
    expect(code).toBe(0);
    const scores = JSON.parse(stdout);
    expect(scores.byLang.en.categories.escalation).toMatchObject({ recall: 0, support: 1 });
    expect(scores.overall.items).toBe(2);
  });

  it('exits 1, naming the score, when a score is below a minimum', () => {
    const { code, stdout, stderr } = run(['eval', corpus, '--min-recall', '0.5']);
    expect(code).toBe(1);
    expect(stdout).toContain('needs a second look');
    expect(stderr).toMatch(/en escalation: recall 0\.000 is below 0\.5/);
  });
});

describe('even-keel rules', () => {
  it('lists every registered rule', () => {
    const { code, stdout } = run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.id));
  });
});
