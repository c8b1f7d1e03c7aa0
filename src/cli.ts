// The command line: a thin adapter over the coder. It reads input, writes records, and turns every problem
// into one line on stderr that names the input and the problem.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Analysis } from './analysis.js';
import { type Coder, type CoderOptions, createCoder } from './coder.js';
import { readConfig } from './config.js';
import { dump as dumpYaml } from 'js-yaml';
import { parsePetrarchActors, parsePetrarchAgents } from './knowledge/petrarch.js';
import { formatLookup, lookupActor } from './lookup.js';
import { evaluate, formatReport, parseGold } from './eval.js';
import type { Article } from './core.js';
import { DyadError } from './errors.js';
import { isValidIso } from './text/dates.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
}

const MAIN_HELP = `dyad: political event data from news: who did what to whom, when, where, how sure, and why.

Usage:
  dyad code [FILE|-] [options]        code one article (plain text) or many (--input jsonl)
  dyad actors lookup NAME [--date D]  what a name resolves to on a date, and why
  dyad import petrarch FILE [-o OUT]  convert a PETRARCH/TABARI .actors or .agents dictionary to dyad's YAML
  dyad eval GOLD.jsonl [...]          score the coder on gold sentences: precision, recall, F1, misses
  dyad --help                         this help; 'dyad COMMAND --help' explains every option

Examples:
  dyad code --date 2025-10-16 --format json story.txt
  dyad actors lookup Orban --date 2025-10-16
`;

const KNOWLEDGE_HELP = `Knowledge options (any command):
  --actors FILE         extra actors: dyad YAML (people, organizations or agents) or a PETRARCH
                        .actors/.agents dictionary; repeat for several files
  --places FILE         extra places (dyad YAML, see knowledge/places.yaml); repeatable
  --config FILE         a YAML/JSON file listing them: {actors: [...], places: [...], knowledge: DIR}
`;

const LOOKUP_HELP = `Usage: dyad actors lookup NAME [--date YYYY-MM-DD] [--json] [knowledge options]

Shows what NAME resolves to on the date (default: today): its actor code, the dictionary entry and file,
the role that decided the code and all the entry's roles; and the places of that name.

Examples:
  dyad actors lookup Orban --date 2025-10-16
  dyad actors lookup 'the Kremlin'
  dyad actors lookup Trump --date 2022-06-01

${KNOWLEDGE_HELP}`;

const EVAL_HELP = `Usage: dyad eval GOLD.jsonl [GOLD2.jsonl ...] [--json] [--no-misses] [knowledge options]

Codes every line of the gold files, {"id","date","text","events":[{"source","target","code","status","date"}]},
and prints precision, recall and F1 with the root code and both actors right, with the exact code,
the share of matched events with the right status and date, per root and per status, then the misses.
An event matches when its root agrees and its actor codes start with the gold ones (gold 'USA' matches USAGOV).

Examples:
  dyad eval gold/wire-basic.jsonl
  dyad eval gold/events-*.jsonl --no-misses

${KNOWLEDGE_HELP}`;

const IMPORT_HELP = `Usage: dyad import petrarch FILE [-o OUT.yaml]

Converts a PETRARCH/TABARI dictionary to dyad's YAML: a .actors file (names, synonyms, codes with date
ranges) becomes people with dated roles and organizations; a .agents file becomes agents. Lines that
cannot be read are reported by number and skipped. The result loads with --actors, as does the
original file.

Example:
  dyad import petrarch Phoenix.International.actors.txt -o international.yaml
`;

const CODE_HELP = `Usage: dyad code [FILE|-] [options]

Codes news into political events. Reads FILE, or standard input when FILE is '-' or absent.

Options:
  --date YYYY-MM-DD     publication date: the reference for 'Thursday', 'next week' ... and the
                        date of events the text does not date. In --input jsonl, a line's own
                        "date" wins. Without any date, relative times stay unresolved.
  --input text|jsonl    text (default): the whole input is one article.
                        jsonl: one article per line, {"id","text","date","title","url"}; a bad
                        line is reported by its number and the others are still coded.
  --format jsonl|json   jsonl (default): one event per line.
                        json: one analysis per article (sentences, entities, quotes, times,
                        events), one JSON document per line.
  --id ID               article id (text input); default: the file name without extension
  --title T             article title (text input)
  --url U               article URL (text input)
  --max-mb N            refuse an article larger than N megabytes (default 10)
  -h, --help            this help

${KNOWLEDGE_HELP}
Examples:
  dyad code --date 2025-10-16 --format json story.txt
  cat story.txt | dyad code --date 2025-10-16 -
  dyad code --input jsonl --format jsonl examples/articles.jsonl > events.jsonl

Exit status: 0 when every article was coded, 1 when some input lines could not be read but others
were coded, 2 when nothing could be done (bad options, missing or unreadable input).
`;

/** Reads a whole input and checks that it is text. */
function readInput(path: string, io: Io): { name: string; text: string; replaced: number } {
  let buf: Buffer;
  const name = path === '-' ? 'stdin' : path;
  if (path === '-') {
    buf = io.stdin();
  } else {
    let st;
    try {
      st = statSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new DyadError(`${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`}`);
    }
    if (st.isDirectory()) throw new DyadError(`${name}: is a directory, not a file`);
    try {
      buf = readFileSync(path);
    } catch (err) {
      throw new DyadError(`${name}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (buf.length === 0) throw new DyadError(`${name}: is empty, nothing to code`);
  const head = buf.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new DyadError(`${name}: looks like a binary file (it has NUL bytes), not text`);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1) throw new DyadError(`${name}: looks like a binary file, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const replaced = (text.match(/\uFFFD/g) ?? []).length - (buf.toString('latin1').match(/\xEF\xBF\xBD/g) ?? []).length;
  if (!text.trim()) throw new DyadError(`${name}: has only white space, nothing to code`);
  return { name, text, replaced: Math.max(0, replaced) };
}

function parseJsonlArticle(line: string, where: string, defaults: { date: string | null; prefix: string; n: number }): Article {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    throw new DyadError(`${where}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new DyadError(`${where}: expected a JSON object with "text"`);
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new DyadError(`${where}: "text" is missing or not a string`);
  if (!o.text.trim()) throw new DyadError(`${where}: "text" is empty`);
  const date = o.date === undefined || o.date === null || o.date === '' ? defaults.date : o.date;
  if (date !== null && (typeof date !== 'string' || !isValidIso(date))) throw new DyadError(`${where}: "date" ${JSON.stringify(o.date)} is not a valid YYYY-MM-DD date`);
  const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? null : String(v));
  return {
    id: str(o.id) ?? `${defaults.prefix}-${defaults.n}`,
    text: o.text,
    date,
    title: str(o.title),
    url: str(o.url),
    source: str(o.source),
  };
}

function write(io: Io, format: string, analysis: Analysis): void {
  if (format === 'json') io.stdout(`${JSON.stringify(analysis)}\n`);
  else for (const e of analysis.events) io.stdout(`${JSON.stringify(e)}\n`);
}

const KNOWLEDGE_OPTIONS = {
  actors: { type: 'string', multiple: true },
  places: { type: 'string', multiple: true },
  config: { type: 'string' },
} as const;

/** The knowledge a command asked for: --config first, then --actors and --places added to it. */
function knowledgeOptions(values: { actors?: string[]; places?: string[]; config?: string }): CoderOptions {
  const base = values.config ? readConfig(values.config) : {};
  return {
    ...base,
    actorFiles: [...(base.actorFiles ?? []), ...(values.actors ?? [])],
    placeFiles: [...(base.placeFiles ?? []), ...(values.places ?? [])],
  };
}

export type MakeCoder = (options: CoderOptions) => Coder;

function runCode(args: string[], io: Io, makeCoder: MakeCoder): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...KNOWLEDGE_OPTIONS,
      date: { type: 'string' },
      input: { type: 'string', default: 'text' },
      format: { type: 'string', default: 'jsonl' },
      id: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      'max-mb': { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { io.stdout(CODE_HELP); return 0; }
  if (values.date !== undefined && !isValidIso(values.date)) throw new DyadError(`--date '${values.date}' is not a valid date (YYYY-MM-DD)`);
  if (!['jsonl', 'json'].includes(values.format!)) throw new DyadError(`--format '${values.format}' is not one of jsonl, json`);
  if (!['text', 'jsonl'].includes(values.input!)) throw new DyadError(`--input '${values.input}' is not one of text, jsonl`);
  const maxMb = Number(values['max-mb']);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new DyadError(`--max-mb '${values['max-mb']}' is not a positive number`);
  if (positionals.length > 1) throw new DyadError(`expected one input file, got ${positionals.length}: ${positionals.join(' ')}`);
  const path = positionals[0] ?? '-';
  const input = readInput(path, io);
  const maxChars = maxMb * 1024 * 1024;
  const date = values.date ?? null;
  if (input.replaced) io.stderr(`dyad: ${input.name}: invalid UTF-8, ${input.replaced} byte sequence(s) replaced with U+FFFD; coding the rest\n`);

  if (values.input === 'text') {
    if (input.text.length > maxChars) throw new DyadError(`${input.name}: article is ${(input.text.length / 1048576).toFixed(1)} MB, over the ${maxMb} MB limit (--max-mb)`);
    const id = values.id ?? (path === '-' ? 'stdin' : basename(path, extname(path)));
    const coder = makeCoder(knowledgeOptions(values));
    write(io, values.format!, coder.code({ id, text: input.text, date, title: values.title ?? null, url: values.url ?? null }));
    return 0;
  }

  const coder = makeCoder(knowledgeOptions(values));
  const prefix = path === '-' ? 'stdin' : basename(path, extname(path));
  const lines = input.text.split('\n');
  let coded = 0;
  let failed = 0;
  const started = Date.now();
  let lastReport = started;
  lines.forEach((line, k) => {
    if (!line.trim()) return;
    const where = `${input.name}:${k + 1}`;
    try {
      if (line.length > maxChars) throw new DyadError(`${where}: line is ${(line.length / 1048576).toFixed(1)} MB, over the ${maxMb} MB limit (--max-mb)`);
      const article = parseJsonlArticle(line, where, { date, prefix, n: k + 1 });
      write(io, values.format!, coder.code(article));
      coded++;
    } catch (err) {
      // One article that cannot be coded never stops the others.
      io.stderr(err instanceof DyadError ? `dyad: ${err.message}\n` : `dyad: ${where}: internal error: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}\n`);
      failed++;
    }
    const now = Date.now();
    if (now - lastReport > 5000) {
      lastReport = now;
      io.stderr(`dyad: ${input.name}: ${coded} articles coded, line ${k + 1} of ${lines.length}, ${((now - started) / 1000).toFixed(0)} s\n`);
    }
  });
  if (coded === 0) throw new DyadError(`${input.name}: no article could be coded (${failed} bad line(s))`);
  if (failed) {
    io.stderr(`dyad: ${input.name}: ${coded} article(s) coded, ${failed} line(s) skipped\n`);
    return 1;
  }
  return 0;
}

function runLookup(args: string[], io: Io, makeCoder: MakeCoder): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { ...KNOWLEDGE_OPTIONS, date: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.stdout(LOOKUP_HELP); return 0; }
  if (positionals[0] !== 'lookup') throw new DyadError(`actors: expected 'lookup NAME'; see 'dyad actors lookup --help'`);
  const name = positionals.slice(1).join(' ').trim();
  if (!name) throw new DyadError(`actors lookup: give a NAME to look up, e.g. dyad actors lookup Orban`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!isValidIso(date)) throw new DyadError(`--date '${date}' is not a valid date (YYYY-MM-DD)`);
  const coder = makeCoder(knowledgeOptions(values));
  const result = lookupActor(coder, name, date);
  io.stdout(values.json ? `${JSON.stringify(result)}\n` : formatLookup(result));
  return result.actors.length || result.places.length ? 0 : 1;
}

function runImport(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.stdout(IMPORT_HELP); return 0; }
  if (positionals[0] !== 'petrarch' || !positionals[1]) throw new DyadError(`import: expected 'petrarch FILE'; see 'dyad import --help'`);
  const file = positionals[1];
  const input = readInput(file, io);
  const agents = /\[~[A-Z]/.test(input.text) && !/^\s*\[[A-Z]{3}/m.test(input.text);
  const imported = agents ? parsePetrarchAgents(input.text, input.name) : parsePetrarchActors(input.text, input.name);
  for (const w of imported.warnings) io.stderr(`dyad: ${w}\n`);
  const doc = agents
    ? { version: 1, agents: imported.agents }
    : { version: 1, ...(imported.people.length ? { people: imported.people } : {}), ...(imported.organizations.length ? { organizations: imported.organizations } : {}) };
  const header = `# Imported by 'dyad import petrarch' from ${basename(file)}: ${imported.people.length} people, ${imported.organizations.length} organizations, ${imported.agents.reduce((n, a) => n + a.words.length, 0)} agent words.\n`;
  const text = header + dumpYaml(doc, { lineWidth: 160, noRefs: true });
  if (values.out) {
    try {
      writeFileSync(values.out, text);
    } catch (err) {
      throw new DyadError(`${values.out}: cannot write (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    io.stderr(`dyad: wrote ${values.out}\n`);
  } else io.stdout(text);
  return 0;
}

function runEval(args: string[], io: Io, makeCoder: MakeCoder): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { ...KNOWLEDGE_OPTIONS, json: { type: 'boolean' }, 'no-misses': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.stdout(EVAL_HELP); return 0; }
  if (!positionals.length) throw new DyadError(`eval: give one or more gold JSONL files; see 'dyad eval --help'`);
  const gold = positionals.flatMap((file) => parseGold(readInput(file, io).text, file));
  const report = evaluate(makeCoder(knowledgeOptions(values)), gold);
  io.stdout(values.json ? `${JSON.stringify(report)}\n` : `${formatReport(report, { misses: !values['no-misses'] })}\n`);
  return 0;
}

/** Runs the CLI; returns the exit status. Never throws. */
export function run(argv: string[], io: Io, makeCoder: MakeCoder = (o) => createCoder(o)): number {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') { io.stdout(MAIN_HELP); return command ? 0 : 2; }
    if (command === '--version') { io.stdout('dyad 0.1.0\n'); return 0; }
    if (command === 'code') return runCode(rest, io, makeCoder);
    if (command === 'actors') return runLookup(rest, io, makeCoder);
    if (command === 'import') return runImport(rest, io);
    if (command === 'eval') return runEval(rest, io, makeCoder);
    throw new DyadError(`unknown command '${command}'; try 'dyad --help'`);
  } catch (err) {
    if (err instanceof DyadError) { io.stderr(`dyad: ${err.message}\n`); return 2; }
    const e = err as Error & { code?: string };
    if (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) { io.stderr(`dyad: ${e.message.split('\n')[0]}; see 'dyad --help'\n`); return 2; }
    io.stderr(`dyad: internal error: ${e?.message?.split('\n')[0] ?? String(err)}\n`);
    if (process.env.DYAD_DEBUG) io.stderr(`${e?.stack ?? ''}\n`);
    return 70;
  }
}
