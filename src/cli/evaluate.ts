import { type Analyzer, CATEGORIES, type Category, type Finding, type Lang } from '../engine/index.ts';
import type { CorpusItem } from './corpus.ts';

/**
 * Item-level scores. A ratio whose denominator is zero is null rather than a made-up 0 or 1:
 * a rule that flags nothing has no precision to report, and a category nobody labelled has no
 * recall.
 */
export interface Score {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** How many items carry the label. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface LanguageScores {
  items: number;
  categories: Record<Category, Score>;
  /** "Needs a second look": any label at all. */
  binary: Score;
  /** Items with no label. */
  clean: number;
  /** Share of clean items with at least one finding. */
  cleanFlagged: number;
  /** Gold phrases overlapped by a finding of their category, over all gold phrases. */
  spanRecall: number | null;
}

/** What `eval --format json` prints. */
export interface Scores {
  byLang: Partial<Record<Lang, LanguageScores>>;
  overall: LanguageScores;
}

export interface Miss {
  id: string | number;
  lang: Lang;
  missed: Category[];
  extra: Category[];
  findings: Finding[];
}

export interface Evaluation extends Scores {
  /** Per item, what differed: for looking at errors. */
  misses: Miss[];
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function score(tp: number, fp: number, fn: number): Score {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    support: tp + fn,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

interface Judged {
  item: CorpusItem;
  lang: Lang;
  predicted: Set<Category>;
  findings: Finding[];
}

function count(judged: readonly Judged[], gold: (j: Judged) => boolean, predicted: (j: Judged) => boolean): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const j of judged) {
    if (gold(j) && predicted(j)) tp++;
    else if (predicted(j)) fp++;
    else if (gold(j)) fn++;
  }
  return score(tp, fp, fn);
}

function spanRecall(judged: readonly Judged[]): number | null {
  let gold = 0;
  let found = 0;
  for (const j of judged) {
    for (const span of j.item.spans) {
      const start = j.item.draft.text.indexOf(span.phrase);
      if (start < 0) continue;
      gold++;
      const end = start + span.phrase.length;
      const overlapped = j.findings.some(
        (f) =>
          f.category === span.category &&
          f.start !== undefined &&
          f.end !== undefined &&
          f.start < end &&
          f.end > start,
      );
      if (overlapped) found++;
    }
  }
  return ratio(found, gold);
}

function scoreGroup(judged: readonly Judged[]): LanguageScores {
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      count(
        judged,
        (j) => j.item.labels.includes(category),
        (j) => j.predicted.has(category),
      ),
    ]),
  ) as Record<Category, Score>;
  const clean = judged.filter((j) => j.item.labels.length === 0);
  return {
    items: judged.length,
    categories,
    binary: count(
      judged,
      (j) => j.item.labels.length > 0,
      (j) => j.predicted.size > 0,
    ),
    clean: clean.length,
    cleanFlagged: ratio(clean.filter((j) => j.predicted.size > 0).length, clean.length) ?? 0,
    spanRecall: spanRecall(judged),
  };
}

/** Scores the engine on a labelled corpus, per category and per language. */
export function evaluate(items: readonly CorpusItem[], analyzer: Analyzer): Evaluation {
  const judged: Judged[] = items.map((item) => {
    const report = analyzer.analyze(item.draft);
    return {
      item,
      lang: report.lang,
      findings: report.findings,
      predicted: new Set(report.findings.map((f) => f.category)),
    };
  });
  const byLang: Partial<Record<Lang, LanguageScores>> = {};
  for (const lang of [...new Set(judged.map((j) => j.lang))].sort()) {
    byLang[lang] = scoreGroup(judged.filter((j) => j.lang === lang));
  }
  const misses = judged
    .map((j) => ({
      id: j.item.id,
      lang: j.lang,
      missed: j.item.labels.filter((label) => !j.predicted.has(label)),
      extra: [...j.predicted].filter((category) => !j.item.labels.includes(category)),
      findings: j.findings,
    }))
    .filter((m) => m.missed.length > 0 || m.extra.length > 0);
  return { byLang, overall: scoreGroup(judged), misses };
}

/** Every per-language category score under the given minimums, as lines for the user. */
export function belowMinimums(scores: Scores, minPrecision: number, minRecall: number): string[] {
  const failures: string[] = [];
  for (const [lang, group] of Object.entries(scores.byLang)) {
    for (const category of CATEGORIES) {
      const { precision, recall } = group.categories[category];
      if (precision !== null && precision < minPrecision) {
        failures.push(`${lang} ${category}: precision ${fixed(precision)} is below ${minPrecision}`);
      }
      if (recall !== null && recall < minRecall) {
        failures.push(`${lang} ${category}: recall ${fixed(recall)} is below ${minRecall}`);
      }
    }
  }
  return failures;
}

const fixed = (value: number | null): string => (value === null ? '  —  ' : value.toFixed(3));
const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

function groupTable(title: string, group: LanguageScores): string[] {
  const row = (name: string, s: Score) =>
    `  ${name.padEnd(20)} ${fixed(s.precision)}  ${fixed(s.recall)}  ${fixed(s.f1)}  ${String(s.support).padStart(7)}  ${String(s.falsePositives).padStart(3)}  ${String(s.falseNegatives).padStart(3)}`;
  const flagged = Math.round(group.cleanFlagged * group.clean);
  return [
    `${title}: ${group.items} items, ${group.clean} clean`,
    `  ${'category'.padEnd(20)} ${'P'.padEnd(5)}  ${'R'.padEnd(5)}  ${'F1'.padEnd(5)}  support   fp   fn`,
    ...CATEGORIES.map((category) => row(category, group.categories[category])),
    row('needs a second look', group.binary),
    `  clean drafts flagged: ${percent(group.cleanFlagged)} (${flagged} of ${group.clean})   span recall: ${percent(group.spanRecall)}`,
  ];
}

/** The scores as a table for people: each language, then all items together. */
export function formatScores(scores: Scores): string {
  const blocks = Object.entries(scores.byLang).map(([lang, group]) => groupTable(lang, group));
  if (blocks.length > 1) blocks.push(groupTable('overall', scores.overall));
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** The items where `category` was missed or flagged wrongly, for developers tuning a rule. */
export function formatMisses(evaluation: Evaluation, items: readonly CorpusItem[], category: Category): string {
  const byId = new Map(items.map((item) => [item.id, item]));
  const lines: string[] = [];
  for (const miss of evaluation.misses) {
    if (!miss.missed.includes(category) && !miss.extra.includes(category)) continue;
    const item = byId.get(miss.id);
    lines.push(
      '',
      `${miss.id} [${miss.lang}] missed=${miss.missed.join(',')} extra=${miss.extra.join(',')}`,
      `  text: ${JSON.stringify(item?.draft.text)}`,
      `  gold spans: ${JSON.stringify(item?.spans)}`,
      ...miss.findings.map((f) => `  found ${f.rule} ${JSON.stringify(f.text ?? '(document)')}`),
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
