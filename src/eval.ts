// Scores the coder against a gold set: sentences (or short articles) with every event a careful coder takes.
// An event matches a gold event when the root code agrees and the source and target actor codes start with
// the gold ones (gold 'USA' matches USAGOV); exact-code and status agreement are counted on the matched.
import type { EventRecord, Status } from './core.js';
import { DyadError } from './errors.js';
import { jsonLines } from './jsonl.js';
import type { Coder } from './coder.js';
import { isValidIso } from './text/dates.js';

export interface GoldEvent {
  source: string;
  target: string | null;
  code: string;
  status?: Status;
  date?: string;
}

export interface GoldItem {
  id: string;
  text: string;
  date: string | null;
  events: GoldEvent[];
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface EvalReport {
  items: number;
  /** root code and both actors right */
  root: Score;
  /** exact code and both actors right */
  exact: Score;
  /** of the root-matched events, the share with the right status */
  statusAccuracy: number;
  /** of the root-matched events with a gold date, the share whose date range holds it */
  dateAccuracy: number;
  perRoot: Record<string, Score>;
  perStatus: Record<string, Score>;
  misses: { id: string; text: string; kind: 'missed' | 'extra' | 'wrong-status' | 'wrong-code' | 'wrong-date'; event: string }[];
}

const STATUSES = new Set(['occurred', 'planned', 'hypothetical', 'negated']);

/** Reads gold JSONL; a bad line is an error naming the file and line. */
export function parseGold(text: string, name: string): GoldItem[] {
  const items: GoldItem[] = [];
  for (const { where, value: o } of jsonLines(text, name)) {
    if (typeof o.text !== 'string' || !o.text.trim()) throw new DyadError(`${where}: "text" is missing or empty`);
    if (o.date != null && (typeof o.date !== 'string' || !isValidIso(o.date))) throw new DyadError(`${where}: "date" is not YYYY-MM-DD`);
    if (!Array.isArray(o.events)) throw new DyadError(`${where}: "events" must be a list`);
    const events = (o.events as Record<string, unknown>[]).map((e, n) => {
      if (typeof e.source !== 'string' || !/^[A-Z]{3,}$/.test(e.source)) throw new DyadError(`${where}: event ${n + 1}: "source" must be an actor code`);
      if (e.target !== null && (typeof e.target !== 'string' || !/^[A-Z]{3,}$/.test(e.target))) throw new DyadError(`${where}: event ${n + 1}: "target" must be an actor code or null`);
      if (typeof e.code !== 'string' || !/^\d{2,4}$/.test(e.code)) throw new DyadError(`${where}: event ${n + 1}: "code" must be a CAMEO code`);
      if (e.status !== undefined && !STATUSES.has(String(e.status))) throw new DyadError(`${where}: event ${n + 1}: "status" must be one of ${[...STATUSES].join(', ')}`);
      return { source: e.source, target: (e.target as string | null) ?? null, code: e.code, status: e.status as Status | undefined, date: e.date as string | undefined };
    });
    items.push({ id: typeof o.id === 'string' ? o.id : where, text: o.text, date: (o.date as string | null) ?? null, events });
  }
  return items;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const actorOk = (pred: EventRecord['source'] | null, gold: string | null) =>
  gold === null ? pred === null : pred !== null && pred.code.startsWith(gold);

const describe = (e: { source: string; target: string | null; code: string; status?: string }) =>
  `${e.source}>${e.target ?? '-'} ${e.code}${e.status ? ` ${e.status}` : ''}`;

export function evaluate(coder: Coder, gold: GoldItem[]): EvalReport {
  const counts = { root: [0, 0, 0], exact: [0, 0, 0] };
  const perRoot = new Map<string, number[]>();
  const perStatus = new Map<string, number[]>();
  const bump = (m: Map<string, number[]>, key: string, k: number) => {
    const v = m.get(key) ?? [0, 0, 0];
    v[k]++;
    m.set(key, v);
  };
  let statusRight = 0;
  let matched = 0;
  let dated = 0;
  let dateRight = 0;
  const misses: EvalReport['misses'] = [];
  for (const item of gold) {
    const events = coder.code({ id: item.id, text: item.text, date: item.date }).events;
    const used = new Set<number>();
    // The most specific gold events choose first ('SAU>SDNREB' before 'SAU>SDN'), so that a looser one does not take
    // the only event that fits a stricter one.
    const specific = (g: GoldEvent) => g.source.length + (g.target?.length ?? 0);
    for (const g of [...item.events].sort((a, b) => specific(b) - specific(a))) {
      // Of the events that match by root and actors, the one that also has the exact code, then the status.
      let at = -1;
      let best = -1;
      events.forEach((e, n) => {
        if (used.has(n) || e.cameo.root !== g.code.slice(0, 2) || !actorOk(e.source, g.source) || !actorOk(e.target, g.target)) return;
        const fit = (e.cameo.code === g.code ? 2 : 0) + (e.status === g.status ? 1 : 0);
        if (fit > best) { best = fit; at = n; }
      });
      if (at < 0) {
        counts.root[2]++;
        counts.exact[2]++;
        bump(perRoot, g.code.slice(0, 2), 2);
        bump(perStatus, g.status ?? 'any', 2);
        misses.push({ id: item.id, text: item.text, kind: 'missed', event: describe(g) });
        continue;
      }
      used.add(at);
      const e = events[at];
      counts.root[0]++;
      bump(perRoot, g.code.slice(0, 2), 0);
      matched++;
      if (e.cameo.code === g.code) counts.exact[0]++;
      else {
        counts.exact[1]++;
        counts.exact[2]++;
        misses.push({ id: item.id, text: item.text, kind: 'wrong-code', event: `${describe(g)} <- ${e.cameo.code}` });
      }
      if (!g.status || e.status === g.status) {
        statusRight++;
        bump(perStatus, g.status ?? 'any', 0);
      } else {
        bump(perStatus, g.status, 2);
        bump(perStatus, e.status, 1);
        misses.push({ id: item.id, text: item.text, kind: 'wrong-status', event: `${describe(g)} <- ${e.status}` });
      }
      if (g.date) {
        dated++;
        if (e.date && (e.date === g.date || (e.dateEnd && e.date <= g.date && g.date <= e.dateEnd))) dateRight++;
        else misses.push({ id: item.id, text: item.text, kind: 'wrong-date', event: `${describe(g)} ${g.date} <- ${e.date ?? 'none'}${e.dateEnd ? ` to ${e.dateEnd}` : ''}` });
      }
    }
    events.forEach((e, n) => {
      if (used.has(n)) return;
      counts.root[1]++;
      counts.exact[1]++;
      bump(perRoot, e.cameo.root, 1);
      bump(perStatus, e.status, 1);
      misses.push({ id: item.id, text: item.text, kind: 'extra', event: describe({ source: e.source.code, target: e.target?.code ?? null, code: e.cameo.code, status: e.status }) });
    });
  }
  const toScores = (m: Map<string, number[]>) => Object.fromEntries([...m.entries()].sort().map(([k, v]) => [k, score(v[0], v[1], v[2])]));
  return {
    items: gold.length,
    root: score(counts.root[0], counts.root[1], counts.root[2]),
    exact: score(counts.exact[0], counts.exact[1], counts.exact[2]),
    statusAccuracy: matched ? statusRight / matched : 1,
    dateAccuracy: dated ? dateRight / dated : 1,
    perRoot: toScores(perRoot),
    perStatus: toScores(perStatus),
    misses,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A readable report: overall, per root, per status, then the misses. */
export function formatReport(r: EvalReport, options: { misses?: boolean } = {}): string {
  const line = (name: string, s: Score) =>
    `${name.padEnd(14)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const out = [
    `${r.items} items`,
    line('root+actors', r.root),
    line('exact code', r.exact),
    `status right   ${pct(r.statusAccuracy)} of matched events`,
    `date right     ${pct(r.dateAccuracy)} of matched events with a gold date`,
    '',
    'per root:',
    ...Object.entries(r.perRoot).map(([k, s]) => line(`  ${k}`, s)),
    'per status:',
    ...Object.entries(r.perStatus).map(([k, s]) => line(`  ${k}`, s)),
  ];
  if (options.misses !== false && r.misses.length) {
    out.push('', 'misses:');
    for (const m of r.misses) out.push(`  ${m.kind.padEnd(12)} ${m.id.padEnd(10)} ${m.event}   | ${m.text}`);
  }
  return out.join('\n');
}
