// `npm run bench [-- --json]`: times the engine against write-good on the same drafts in the same
// run. Full checks use a new Analyzer and a draft no earlier iteration has seen, so no cache helps;
// the edit case re-checks a draft in one Analyzer after changing one word, as typing does.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import writeGood from 'write-good';
import { Analyzer } from '../../src/engine/index.ts';
import { draft } from './texts.ts';

interface Case {
  name: string;
  words: number;
  medianMs: number;
  p95Ms: number;
  peerMedianMs: number;
  ratio: number;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

interface Timing {
  median: number;
  p95: number;
}

/**
 * Median and 95th percentile of each function over `runs` calls, after `warmup` untimed ones.
 * The calls come in blocks, each contender's in turn and in alternating order, so a burst of load
 * on this shared machine hits both sides alike, while the garbage each one makes is mostly
 * collected on its own clock. (Forcing a collection before each call would be unfair the other
 * way: V8 then drops compiled regular expressions, and the engine's are large.)
 */
function time(contenders: ReadonlyArray<(i: number) => void>, warmup: number, runs: number, blocks = 5): Timing[] {
  for (const run of contenders) for (let i = 0; i < warmup; i++) run(i);
  const samples = contenders.map((): number[] => []);
  const perBlock = Math.floor(runs / blocks);
  for (let block = 0; block < blocks; block++) {
    const order = block % 2 === 0 ? [...contenders.keys()] : [...contenders.keys()].reverse();
    for (const k of order) {
      for (let i = warmup + block * perBlock; i < warmup + (block + 1) * perBlock; i++) {
        const started = performance.now();
        contenders[k]?.(i);
        samples[k]?.push(performance.now() - started);
      }
    }
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    return { median: quantile(list, 0.5), p95: quantile(list, 0.95) };
  });
}

const round = (value: number, places = 3): number => Number(value.toFixed(places));

function fullCheck(words: number, warmup: number, runs: number): Case {
  const drafts = Array.from({ length: warmup + runs }, (_, i) => draft(words, words * 1000 + i));
  const [ours, peer] = time(
    [(i) => new Analyzer().analyze({ text: drafts[i] ?? '' }), (i) => writeGood(drafts[i] ?? '')],
    warmup,
    runs,
  );
  return result(`full-${words}`, new Analyzer().analyze({ text: drafts[0] ?? '' }).stats.words, ours, peer);
}

/** One word changed per re-check, each time a new one, so exactly one sentence is new to the engine. */
function editCheck(words: number, warmup: number, runs: number): Case {
  const base = draft(words, 7);
  const at = base.indexOf(' the ', base.length / 2) + 1;
  const edited = (i: number) => `${base.slice(0, at)}item${i}${base.slice(at + 3)}`;
  const analyzer = new Analyzer();
  analyzer.analyze({ text: base });
  const [ours, peer] = time([(i) => analyzer.analyze({ text: edited(i) }), (i) => writeGood(edited(i))], warmup, runs);
  return result(`edit-${words}`, analyzer.analyze({ text: base }).stats.words, ours, peer);
}

function result(name: string, words: number, ours: Timing | undefined, peer: Timing | undefined): Case {
  const median = ours?.median ?? Number.NaN;
  const peerMedian = peer?.median ?? Number.NaN;
  return {
    name,
    words,
    medianMs: round(median),
    p95Ms: round(ours?.p95 ?? Number.NaN),
    peerMedianMs: round(peerMedian),
    ratio: round(median / peerMedian),
  };
}

const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
const cases = [fullCheck(300, 20, 200), fullCheck(1500, 10, 100), editCheck(1500, 20, 300), fullCheck(20000, 2, 15)];

if (values.json) {
  console.log(JSON.stringify({ cases }));
} else {
  const byName = Object.fromEntries(cases.map((c) => [c.name, c]));
  const cell = (value: string | number, width: number) => String(value).padStart(width);
  const [load = 0] = loadavg();
  if (load > availableParallelism() / 2) {
    console.log(`note: load average ${load.toFixed(1)} on ${availableParallelism()} cores; the numbers are noisy\n`);
  }
  console.log('case          words   median ms   p95 ms   write-good ms   ratio');
  for (const c of cases) {
    console.log(
      `${c.name.padEnd(11)}${cell(c.words, 8)}${cell(c.medianMs.toFixed(2), 12)}${cell(c.p95Ms.toFixed(2), 9)}${cell(c.peerMedianMs.toFixed(2), 16)}${cell(c.ratio.toFixed(3), 8)}`,
    );
  }
  const full1500 = byName['full-1500'];
  const growth = (byName['full-20000']?.medianMs ?? Number.NaN) / (full1500?.medianMs ?? Number.NaN);
  const targets: Array<[string, number, number]> = [
    ['full-1500 ratio', full1500?.ratio ?? Number.NaN, 0.5],
    ['edit-1500 ratio', byName['edit-1500']?.ratio ?? Number.NaN, 0.05],
    ['full-20000 / full-1500 time', growth, 15],
  ];
  console.log('\ntargets');
  for (const [what, value, limit] of targets) {
    console.log(
      `  ${what.padEnd(28)} ${value.toFixed(3).padStart(7)} <= ${limit}  ${value <= limit ? 'met' : 'MISSED'}`,
    );
  }
}
