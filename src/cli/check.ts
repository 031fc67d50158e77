import type { Edit, Finding, Report, Severity } from '../engine/index.ts';

/** The report as `check --format json` prints it: the command line's contract with other tools. */
export interface JsonReport {
  lang: Report['lang'];
  findings: Array<{
    rule: string;
    category: Finding['category'];
    severity: Severity;
    start: number | null;
    end: number | null;
    text: string | null;
    message: string;
    why: string;
    suggestions: Array<{ label: string; edits: Edit[] }>;
  }>;
  checklist: Array<{ category: Finding['category']; ok: boolean; label: string }>;
  stats: { words: number; ms: number };
}

export function toJson(report: Report): JsonReport {
  return {
    lang: report.lang,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      start: f.start ?? null,
      end: f.end ?? null,
      text: f.text ?? null,
      message: f.message,
      why: f.why,
      suggestions: f.suggestions.map((s) => ({
        label: s.label,
        edits: s.edits.map(({ start, end, text }) => ({ start, end, text })),
      })),
    })),
    checklist: report.checklist.map(({ category, ok, label }) => ({ category, ok, label })),
    stats: { words: report.stats.words, ms: report.stats.ms },
  };
}

/** 1-based "line:column"; the column counts characters (code points), as editors do. */
export function position(text: string, offset: number): string {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return `${line}:${[...text.slice(lineStart, offset)].length + 1}`;
}

export type Paint = (style: keyof typeof STYLES, text: string) => string;

const STYLES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
const SEVERITY_STYLE: Record<Severity, keyof typeof STYLES> = { high: 'red', medium: 'yellow', low: 'cyan' };

/** Colour is for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

/** ANSI colour when `enabled`, plain text otherwise. */
export function painter(enabled: boolean): Paint {
  return (style, text) => (enabled ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
}

function describeEdit(text: string, edit: Edit): string {
  if (edit.start === edit.end) return `insert at ${position(text, edit.start)}: ${JSON.stringify(edit.text)}`;
  return `${JSON.stringify(text.slice(edit.start, edit.end))} → ${JSON.stringify(edit.text)}`;
}

/** The report for people: where, what, why, and the suggested rewrite, then the checklist. */
export function formatText(report: Report, text: string, name: string, paint: Paint): string {
  const where = report.findings.map((f) => (f.start === undefined ? 'draft' : position(text, f.start)));
  const width = Math.max(0, ...where.map((w) => w.length));
  const indent = ' '.repeat(width + 2);
  const count = report.findings.length;
  const lines = [
    paint(
      'bold',
      `${name}: ${report.lang}, ${report.stats.words} words, ${count === 1 ? '1 finding' : `${count} findings`}`,
    ),
  ];
  report.findings.forEach((finding, index) => {
    const quoted = finding.text === undefined ? '' : `  ${JSON.stringify(finding.text)}`;
    lines.push(
      '',
      `${(where[index] ?? '').padEnd(width)}  ${paint(SEVERITY_STYLE[finding.severity], `${finding.category} (${finding.severity})`)}${quoted}`,
      `${indent}${finding.message}`,
      `${indent}${paint('dim', `Why: ${finding.why}`)}`,
      ...finding.suggestions.map(
        (s) => `${indent}${paint('green', `→ ${s.label}:`)} ${s.edits.map((e) => describeEdit(text, e)).join('; ')}`,
      ),
    );
  });
  lines.push('', paint('bold', 'Checklist'));
  for (const item of report.checklist) {
    lines.push(`  ${item.ok ? paint('green', '✓') : paint('red', '✗')} ${item.label}`);
  }
  return `${lines.join('\n')}\n`;
}
