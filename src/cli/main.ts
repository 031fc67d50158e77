import { readFileSync } from 'node:fs';
import { text as readStream } from 'node:stream/consumers';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { Analyzer, CATEGORIES, type Category, type Draft, LANGS, type OfficeHours, rules } from '../engine/index.ts';
import { parseOfficeHours, parseWallTime, ScheduleError } from '../engine/schedule.ts';
import { CATALOGUE_FORMATS, catalogue } from './catalogue.ts';
import { formatText, painter, toJson, wantsColour } from './check.ts';
import { InputError, jsonLines, parseItem } from './corpus.ts';
import { belowMinimums, evaluate, formatMisses, formatScores } from './evaluate.ts';

const HELP = `even-keel: checks a reply to a client for wording that overpromises, escalates, skips
acknowledging the client or erodes professional boundaries, and suggests calmer wording.
Everything runs on this machine; no text is sent anywhere.

Usage:
  even-keel check [FILE|-] [options]   check one draft (FILE, or standard input)
  even-keel check --jsonl FILE|-       check one draft per JSON line
  even-keel eval FILE [options]        score the engine on a labelled corpus (JSONL)
  even-keel rules [--format text|json|markdown]
                                       list the rules with an example each way

check options:
  --format text|json            text for people (default), or one JSON report
  --lang en|pt                  the draft's language (default: detected)
  --sent-at ISO                 local time the draft is written, e.g. 2026-03-02T23:40
  --office-hours HOURS          e.g. "Mon-Fri 09:00-17:30" (the default when --sent-at is
                                given); join groups with ";": "Mon-Thu 9-17; Fri 9-13"
  --context complaint|routine   whether the draft answers a complaint (default: inferred)
  --jsonl FILE|-                batch: each line {"id","text","lang"?,"sentAt"?,
                                "officeHours"?,"context"?} gives one line {"id", ...report};
                                the options above fill in what a line leaves out

eval options:
  --min-precision P             exit 1 if any category's precision, in any language, is below P
  --min-recall R                the same for recall
  --lang en|pt                  score only the items in this language
  --format text|json            a table (default) or the scores as JSON
  --misses CATEGORY             list the items where CATEGORY was missed or wrongly flagged

Exit status: 0 done, whatever was found; 1 a malformed JSONL line, or a score below a
minimum; 2 unusable input (unreadable file, unknown option, bad time or office hours).
`;

const DEFAULT_OFFICE_HOURS = parseOfficeHours('Mon-Fri 09:00-17:30');

type Options = NonNullable<ParseArgsConfig['options']>;

function parse<T extends Options>(args: string[], options: T, maxPositionals: number) {
  const parsed = (() => {
    try {
      return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
      // Node's messages run on with advice about "--"; the first sentence says what is wrong.
      throw new InputError((error as Error).message.split(/\.\s/)[0] ?? String(error));
    }
  })();
  if (parsed.positionals.length > maxPositionals) {
    throw new InputError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
  }
  return parsed;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  throw new InputError(`--${flag} must be ${allowed.join(' or ')}, not "${value}"`);
}

function fraction(value: string | undefined, flag: string): number {
  if (value === undefined) return 0;
  const number = Number(value);
  if (value.trim() === '' || !(number >= 0 && number <= 1)) {
    throw new InputError(`--${flag} must be a number from 0 to 1, not "${value}"`);
  }
  return number;
}

async function readInput(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') return readStream(process.stdin);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' }[code ?? ''] ??
      (error as Error).message;
    throw new InputError(`cannot read ${file}: ${reason}`);
  }
}

/** Checked here rather than deep in the engine, so a bad flag is a clear exit 2 before any work. */
function validated<T>(flag: string, value: string | undefined, parseValue: (value: string) => T): T | undefined {
  if (value === undefined) return undefined;
  try {
    return parseValue(value);
  } catch (error) {
    if (error instanceof ScheduleError) throw new InputError(`--${flag}: ${error.message}`);
    throw error;
  }
}

/** The draft's context from the flags; a draft written at a known time gets default office hours. */
function withDefaults(draft: Draft, officeHours: OfficeHours | undefined): Draft {
  const hours = officeHours ?? (draft.sentAt ? DEFAULT_OFFICE_HOURS : undefined);
  return draft.officeHours || !hours ? draft : { ...draft, officeHours: hours };
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      format: { type: 'string' },
      lang: { type: 'string' },
      'sent-at': { type: 'string' },
      'office-hours': { type: 'string' },
      context: { type: 'string' },
      jsonl: { type: 'string' },
    },
    1,
  );
  const format = oneOf(values.format, ['text', 'json'], 'format') ?? 'text';
  const base: Omit<Draft, 'text'> = {};
  const lang = oneOf(values.lang, LANGS, 'lang');
  if (lang) base.lang = lang;
  const context = oneOf(values.context, ['complaint', 'routine'], 'context');
  if (context) base.context = context;
  validated('sent-at', values['sent-at'], parseWallTime);
  if (values['sent-at']) base.sentAt = values['sent-at'];
  const officeHours = validated('office-hours', values['office-hours'], parseOfficeHours);

  if (values.jsonl !== undefined) {
    if (positionals.length > 0) throw new InputError('give either FILE or --jsonl FILE, not both');
    if (values.format === 'text') throw new InputError('--jsonl always writes JSON lines; drop --format text');
    return checkBatch(values.jsonl, base, officeHours);
  }
  const file = positionals[0];
  const text = await readInput(file);
  const report = new Analyzer().analyze(withDefaults({ ...base, text }, officeHours));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(toJson(report))}\n`);
  } else {
    const paint = painter(wantsColour(process.stdout, process.env));
    process.stdout.write(formatText(report, text, file && file !== '-' ? file : 'stdin', paint));
  }
  return 0;
}

async function checkBatch(
  file: string,
  base: Omit<Draft, 'text'>,
  officeHours: OfficeHours | undefined,
): Promise<number> {
  const analyzer = new Analyzer();
  let failed = false;
  for (const { line, lineNumber } of jsonLines(await readInput(file))) {
    let output: object;
    try {
      const { id, draft } = parseItem(line, lineNumber);
      output = { id, ...toJson(analyzer.analyze(withDefaults({ ...base, ...draft }, officeHours))) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      process.stderr.write(`even-keel: ${file === '-' ? 'stdin' : file} line ${lineNumber}: ${error.message}\n`);
      output = { id: lineNumber, error: error.message };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return failed ? 1 : 0;
}

async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      format: { type: 'string' },
      lang: { type: 'string' },
      'min-precision': { type: 'string' },
      'min-recall': { type: 'string' },
      misses: { type: 'string' },
    },
    1,
  );
  const file = positionals[0];
  if (file === undefined) throw new InputError('eval needs a corpus FILE (JSONL)');
  const format = oneOf(values.format, ['text', 'json'], 'format') ?? 'text';
  const lang = oneOf(values.lang, LANGS, 'lang');
  const minPrecision = fraction(values['min-precision'], 'min-precision');
  const minRecall = fraction(values['min-recall'], 'min-recall');
  const misses = oneOf<Category>(values.misses, CATEGORIES, 'misses');
  if (misses && format === 'json') throw new InputError('--misses prints text; drop --format json');

  const items = jsonLines(await readInput(file)).map(({ line, lineNumber }) => {
    try {
      return parseItem(line, lineNumber);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${file} line ${lineNumber}: ${error.message}`);
      throw error;
    }
  });
  const chosen = lang ? items.filter((item) => item.draft.lang === lang) : items;
  const result = evaluate(chosen, new Analyzer());
  const { byLang, overall } = result;
  if (format === 'json') process.stdout.write(`${JSON.stringify({ byLang, overall }, null, 2)}\n`);
  else process.stdout.write(formatScores(result) + (misses ? formatMisses(result, chosen, misses) : ''));
  const failures = belowMinimums(result, minPrecision, minRecall);
  for (const failure of failures) process.stderr.write(`even-keel: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}

function rulesCommand(args: string[]): number {
  const { values } = parse(args, { format: { type: 'string' } }, 0);
  process.stdout.write(catalogue(rules, oneOf(values.format, CATALOGUE_FORMATS, 'format') ?? 'text'));
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  check,
  eval: evalCommand,
  rules: rulesCommand,
};

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(HELP);
    return 2;
  }
  if (command === 'help' || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) throw new InputError(`unknown command "${command}" (try --help)`);
  return handler(rest);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`even-keel: ${error.message}\n`);
  process.exitCode = 2;
}
