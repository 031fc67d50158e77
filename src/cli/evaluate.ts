import { type Analyzer, CATEGORIES, type Category, type Finding, type Lang } from '../engine/index.ts';
import type { CorpusItem } from './corpus.ts';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
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
  /** Share of clean items with at least one finding. */
  cleanFlagged: number;
  /** Gold phrases overlapped by a finding of their category, over all gold phrases. */
  spanRecall: number;
}

export interface Evaluation {
  overall: LanguageScores;
  byLang: Partial<Record<Lang, LanguageScores>>;
  /** Per item, what differed: for looking at errors. */
  misses: Array<{ id: string; lang: Lang; missed: Category[]; extra: Category[]; findings: Finding[] }>;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

interface Judged {
  item: CorpusItem;
  lang: Lang;
  predicted: Set<Category>;
  findings: Finding[];
}

function scoreGroup(judged: readonly Judged[]): LanguageScores {
  const counts = (has: (j: Judged) => boolean, predicted: (j: Judged) => boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const j of judged) {
      if (has(j) && predicted(j)) tp++;
      else if (predicted(j)) fp++;
      else if (has(j)) fn++;
    }
    return score(tp, fp, fn);
  };
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      counts(
        (j) => j.item.labels.includes(category),
        (j) => j.predicted.has(category),
      ),
    ]),
  ) as Record<Category, Score>;
  const clean = judged.filter((j) => j.item.labels.length === 0);
  let goldSpans = 0;
  let foundSpans = 0;
  for (const j of judged) {
    for (const span of j.item.spans) {
      const start = j.item.draft.text.indexOf(span.phrase);
      if (start < 0) continue;
      goldSpans++;
      const end = start + span.phrase.length;
      const overlapped = j.findings.some(
        (f) =>
          f.category === span.category &&
          f.start !== undefined &&
          f.end !== undefined &&
          f.start < end &&
          f.end > start,
      );
      if (overlapped) foundSpans++;
    }
  }
  return {
    items: judged.length,
    categories,
    binary: counts(
      (j) => j.item.labels.length > 0,
      (j) => j.predicted.size > 0,
    ),
    cleanFlagged: clean.length === 0 ? 0 : clean.filter((j) => j.predicted.size > 0).length / clean.length,
    spanRecall: goldSpans === 0 ? 1 : foundSpans / goldSpans,
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
  for (const lang of new Set(judged.map((j) => j.lang)))
    byLang[lang] = scoreGroup(judged.filter((j) => j.lang === lang));
  const misses = judged
    .map((j) => ({
      id: j.item.id,
      lang: j.lang,
      missed: j.item.labels.filter((label) => !j.predicted.has(label)),
      extra: [...j.predicted].filter((category) => !j.item.labels.includes(category)),
      findings: j.findings,
    }))
    .filter((m) => m.missed.length > 0 || m.extra.length > 0);
  return { overall: scoreGroup(judged), byLang, misses };
}
