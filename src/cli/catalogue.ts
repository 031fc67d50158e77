import type { OfficeHours, Rule } from '../engine/index.ts';
import type { ExampleDraft } from '../engine/rule.ts';
import { describeHours, type ScheduleWords } from '../engine/schedule.ts';

export const CATALOGUE_FORMATS = ['text', 'json', 'markdown'] as const;
export type CatalogueFormat = (typeof CATALOGUE_FORMATS)[number];

/** The engine's schedule wording, set to write hours back the way --office-hours takes them. */
const FLAG_WORDS: ScheduleWords = {
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  and: ',',
  dayRange: '{first}-{last}',
  timeRange: '{start}-{end}',
  daysWithTimes: '{days} {times}',
  everyDay: 'Mon-Sun',
  moment: '{day} {time}',
  datedMoment: '{day} {date} {time}',
  date: '{day} {month}',
};

/** Office hours in the form the --office-hours flag takes: "Mon-Fri 09:00-17:30". */
export function flagHours(hours: OfficeHours): string {
  return describeHours(hours, FLAG_WORDS) || 'always closed';
}

/** What an example assumes besides its text: language, context, when it is written. */
function setting(example: ExampleDraft): string {
  const parts: string[] = [];
  if (example.lang) parts.push(example.lang);
  if (example.context) parts.push(example.context);
  if (example.sentAt) parts.push(`written ${example.sentAt}`);
  if (example.officeHours) parts.push(`office hours ${flagHours(example.officeHours)}`);
  return parts.join(', ');
}

function text(rules: readonly Rule[]): string {
  const blocks = rules.map((rule) => {
    const bad = rule.examples.bad[0];
    const good = rule.examples.good[0];
    const note = (example: ExampleDraft) => (setting(example) ? `  (${setting(example)})` : '');
    return [
      `${rule.id}  ${rule.category}, ${rule.severity}, ${rule.languages.join('/')}`,
      `  ${rule.description}`,
      ...(bad ? [`  bad:  ${JSON.stringify(bad.text)}${note(bad)}`, `  fix:  ${JSON.stringify(bad.fixed)}`] : []),
      ...(good ? [`  good: ${JSON.stringify(good.text)}${note(good)}`] : []),
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

const escapeMarkdown = (value: string): string => value.replace(/([\\`*_[\]<>|#])/g, '\\$1');

/** A draft as one table cell: its lines joined with <br>, its setting after it. */
function cell(draft: string, example?: ExampleDraft): string {
  const context = example ? setting(example) : '';
  return escapeMarkdown(draft).split('\n').join('<br>') + (context ? ` _(${context})_` : '');
}

function markdown(rules: readonly Rule[]): string {
  const lines = [
    '# Rule catalogue',
    '',
    'Generated from the rule registry (`src/engine/rules/`) by `npm run docs`, which runs',
    '`even-keel rules --format markdown`. Do not edit by hand: a test fails when this file is stale.',
    '',
    '| rule | category | severity | languages | what it flags |',
    '|---|---|---|---|---|',
    ...rules.map(
      (rule) =>
        `| [${rule.id}](#${rule.id}) | ${rule.category} | ${rule.severity} | ${rule.languages.join(', ')} | ${escapeMarkdown(rule.description)} |`,
    ),
  ];
  for (const rule of rules) {
    lines.push(
      '',
      `## ${rule.id}`,
      '',
      `Category \`${rule.category}\`, severity \`${rule.severity}\`, ${rule.scope === 'document' ? 'reads the whole draft' : 'reads one sentence at a time'}, languages: ${rule.languages.join(', ')}.`,
      '',
      escapeMarkdown(rule.description),
      '',
      `**Message:** ${escapeMarkdown(rule.message)}`,
      '',
      `**Why:** ${escapeMarkdown(rule.why)}`,
    );
    lines.push('', '| flagged | after the first suggestion |', '|---|---|');
    for (const example of rule.examples.bad) lines.push(`| ${cell(example.text, example)} | ${cell(example.fixed)} |`);
    lines.push('', '| left alone |', '|---|');
    for (const example of rule.examples.good) lines.push(`| ${cell(example.text, example)} |`);
  }
  return `${lines.join('\n')}\n`;
}

function json(rules: readonly Rule[]): string {
  const entries = rules.map((rule) => ({
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    scope: rule.scope,
    languages: rule.languages,
    description: rule.description,
    message: rule.message,
    why: rule.why,
    examples: rule.examples,
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** The rule catalogue; `markdown` is docs/rules.md. */
export function catalogue(rules: readonly Rule[], format: CatalogueFormat): string {
  return { text, json, markdown }[format](rules);
}
