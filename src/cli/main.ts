import { readFileSync } from 'node:fs';
import { Analyzer, CATEGORIES } from '../engine/index.ts';
import { parseItem } from './corpus.ts';
import { evaluate } from './evaluate.ts';

// Early development entry point: `eval FILE [--misses CATEGORY]`. The full command line
// (check, rules, formats, exit codes) replaces this.
const [command, file, ...rest] = process.argv.slice(2);
if (command !== 'eval' || !file) {
  console.error('usage: even-keel eval FILE [--misses CATEGORY]');
  process.exit(2);
}
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, index) => parseItem(line, index + 1));
const result = evaluate(items, new Analyzer());
const pct = (n: number) => (n * 100).toFixed(1).padStart(6);
for (const [lang, scores] of Object.entries(result.byLang)) {
  console.log(
    `${lang} (${scores.items} items)  binary P ${pct(scores.binary.precision)} R ${pct(scores.binary.recall)} F1 ${pct(scores.binary.f1)}  clean flagged ${pct(scores.cleanFlagged)}  span recall ${pct(scores.spanRecall)}`,
  );
  for (const category of CATEGORIES) {
    const s = scores.categories[category];
    console.log(
      `  ${category.padEnd(20)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  n=${s.support} fp=${s.falsePositives} fn=${s.falseNegatives}`,
    );
  }
}
const missesFlag = rest.indexOf('--misses');
if (missesFlag >= 0) {
  const category = rest[missesFlag + 1];
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const miss of result.misses) {
    if (category && !miss.missed.includes(category as never) && !miss.extra.includes(category as never)) continue;
    const item = byId.get(miss.id);
    console.log(`\n${miss.id} [${miss.lang}] missed=${miss.missed.join(',')} extra=${miss.extra.join(',')}`);
    console.log(`  text: ${JSON.stringify(item?.draft.text)}`);
    console.log(`  gold spans: ${JSON.stringify(item?.spans)}`);
    for (const f of miss.findings) console.log(`  found ${f.rule} ${JSON.stringify(f.text ?? '(document)')}`);
  }
}
