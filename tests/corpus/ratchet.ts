// Quality never slides back: scores the corpus through the command line (`even-keel eval
// --format json`), prints the table, and fails when any score is below the best the project has
// reached, which ratchet.json records.
//   ratchet.ts CORPUS            check (what .ci/run does)
//   ratchet.ts --raise CORPUS    also record every score that improved (refused while any regressed)
//   ratchet.ts --reset CORPUS    record the current scores as they are, e.g. after the corpus changed
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatScores, type Scores } from '../../src/cli/evaluate.ts';
import { CATEGORIES } from '../../src/engine/index.ts';

const RATCHET = fileURLToPath(new URL('ratchet.json', import.meta.url));
const CLI = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

/** Scores are rounded so the file reads well; comparisons use the same rounding, with no tolerance. */
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

interface Metric {
  key: string;
  value: number | null;
  /** Clean drafts flagged should go down; everything else up. */
  lowerIsBetter: boolean;
}

function metrics(scores: Scores): Metric[] {
  const list: Metric[] = [];
  for (const [lang, group] of Object.entries(scores.byLang)) {
    for (const category of CATEGORIES) {
      const { precision, recall } = group.categories[category];
      list.push({ key: `${lang}.${category}.precision`, value: precision, lowerIsBetter: false });
      list.push({ key: `${lang}.${category}.recall`, value: recall, lowerIsBetter: false });
    }
    list.push({ key: `${lang}.binary.f1`, value: group.binary.f1, lowerIsBetter: false });
    list.push({ key: `${lang}.clean-flagged`, value: group.cleanFlagged, lowerIsBetter: true });
  }
  return list.map((metric) => ({ ...metric, value: metric.value === null ? null : round(metric.value) }));
}

type Floors = Record<string, number>;

interface Comparison {
  /** Scores worse than their floor, as lines for people. */
  regressions: string[];
  /** The floors with every improvement taken in. */
  raised: Floors;
  improved: string[];
}

function compare(floors: Floors, current: readonly Metric[]): Comparison {
  const regressions: string[] = [];
  const improved: string[] = [];
  const raised: Floors = { ...floors };
  for (const { key, value, lowerIsBetter } of current) {
    const floor = floors[key];
    if (value === null) {
      // A score that can no longer be measured (a rule that flags nothing) has slid back too.
      if (floor !== undefined) regressions.push(`${key}: no longer measured (was ${floor})`);
      continue;
    }
    if (floor === undefined || (lowerIsBetter ? value < floor : value > floor)) {
      improved.push(`${key}: ${floor ?? 'new'} -> ${value}`);
      raised[key] = value;
    } else if (lowerIsBetter ? value > floor : value < floor) {
      regressions.push(`${key}: ${value} is ${lowerIsBetter ? 'above' : 'below'} the ratchet's ${floor}`);
    }
  }
  return { regressions, improved, raised };
}

function save(floors: Floors): void {
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(RATCHET, `${JSON.stringify(sorted, null, 2)}\n`);
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: { raise: { type: 'boolean' }, reset: { type: 'boolean' } },
    allowPositionals: true,
  });
  const corpus = positionals[0];
  if (!corpus) {
    console.error('usage: ratchet.ts [--raise|--reset] CORPUS.jsonl');
    return 2;
  }
  let scores: Scores;
  try {
    scores = JSON.parse(
      execFileSync(process.execPath, [CLI, 'eval', corpus, '--format', 'json'], { encoding: 'utf8' }),
    );
  } catch {
    console.error('ratchet: `even-keel eval` failed (its message is above)');
    return 2;
  }
  process.stdout.write(formatScores(scores));
  const current = metrics(scores);
  if (values.reset) {
    save(Object.fromEntries(current.flatMap(({ key, value }) => (value === null ? [] : [[key, value]]))));
    console.log(`\nratchet: reset to the current scores (${RATCHET})`);
    return 0;
  }
  const floors: Floors = existsSync(RATCHET) ? JSON.parse(readFileSync(RATCHET, 'utf8')) : {};
  const { regressions, improved, raised } = compare(floors, current);
  console.log(`\nratchet: ${Object.keys(floors).length} scores held, ${regressions.length} slid back`);
  for (const line of regressions) console.error(`  slid back: ${line}`);
  if (regressions.length > 0) return 1;
  if (improved.length === 0) return 0;
  for (const line of improved) console.log(`  improved: ${line}`);
  if (values.raise) {
    save(raised);
    console.log(`ratchet: raised ${improved.length} scores in ${RATCHET}`);
  } else {
    console.log('ratchet: run `npm run ratchet` to hold these gains');
  }
  return 0;
}

process.exitCode = main();
