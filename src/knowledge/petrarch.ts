// Import of the PETRARCH/TABARI dictionary formats, so users of the older coders can bring their own:
//   .actors: a block of names (`VLADIMIR_PUTIN_`, `+PUTIN_`), then codes, each with optional dates
//            (`[RUSGOV 991231-080507]`, `[RUSGOV >080508]`, `[RUSELI]`), on the same line or indented below;
//   .agents: `POLICE_OFFICER [~COP]`, `GENDARMERY {GENDARMERIE} [~COP]`, and `!SET! = A, B` substitutions.
// The result uses dyad's own schemas (people with dated roles, organizations, agents) and is validated like them.
import type { z } from 'zod';
import type { agentsFile, organizationsFile, peopleFile } from './schemas.js';

type Person = z.input<typeof peopleFile>['people'][number];
type Organization = z.input<typeof organizationsFile>['organizations'][number];
type Agent = z.input<typeof agentsFile>['agents'][number];

export interface PetrarchImport {
  people: Person[];
  organizations: Organization[];
  agents: Agent[];
  /** lines that could not be read, with their numbers: the rest is still imported */
  warnings: string[];
}

/** Reads YYMMDD or YYYYMMDD; two-digit years from 30 on are 19xx. */
export function petrarchDate(s: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) { y = Number(s.slice(0, 4)); rest = s.slice(4); }
  else if (/^\d{6}$/.test(s)) { const yy = Number(s.slice(0, 2)); y = yy >= 30 ? 1900 + yy : 2000 + yy; rest = s.slice(2); }
  else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** 'RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN_' -> 'Russian President Vladimir V. Putin' */
export function petrarchName(raw: string): string {
  return raw
    .replace(/_+$/, '')
    .split('_')
    .filter(Boolean)
    .map((w) => (/^[A-Z]\.([A-Z]\.)*$/.test(w) || /^[A-Z]{2,4}$/.test(w) && !/[AEIOU]/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase().replace(/-(\p{L})/gu, (_, c: string) => `-${c.toUpperCase()}`)))
    .join(' ');
}

function slug(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry';
}

interface Code { code: string; from: string | null; to: string | null }

const CODE_RE = /\[([^\]]*)\]/g;

/** Parses one bracketed code: 'RUSGOV 991231-080507', 'RUSGOV >080508', 'RUSELI'. Null when unreadable. */
function parseCode(body: string): Code | null {
  const [code, dates] = body.trim().split(/\s+/, 2);
  // dyad codes are three-letter parts (USAGOV); PETRARCH has a few odd ones, which are reported, not loaded.
  if (!code || !/^[A-Z]{3}([A-Z]{3})*$/.test(code)) return null;
  if (!dates) return { code, from: null, to: null };
  let m = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(dates);
  if (m) {
    const from = petrarchDate(m[1]);
    const to = petrarchDate(m[2]);
    return from && to && from <= to ? { code, from, to } : null;
  }
  m = /^([<>])(\d{6}|\d{8})$/.exec(dates);
  if (m) {
    const d = petrarchDate(m[2]);
    if (!d) return null;
    return m[1] === '>' ? { code, from: d, to: null } : { code, from: null, to: d };
  }
  return null;
}

/** Parses a PETRARCH .actors file (text), `name` naming it in warnings. */
export function parsePetrarchActors(text: string, name: string): PetrarchImport {
  const out: PetrarchImport = { people: [], organizations: [], agents: [], warnings: [] };
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  let names: string[] = [];
  let codes: Code[] = [];
  let codesOpen = false;
  const flush = () => {
    if (names.length && codes.length) {
      const canonical = petrarchName(names[0]);
      const aliases = [...new Set(names.map(petrarchName))].filter((n) => n.length > 1);
      const dated = codes.filter((c) => c.from || c.to);
      const plain = codes.filter((c) => !c.from && !c.to);
      const first = codes[0].code;
      const country = /^[A-Z]{3}/.test(first) && !/^(IGO|NGO|IMG|INT)/.test(first) ? first.slice(0, 3) : null;
      if (dated.length) {
        out.people.push({
          id: uniqueId(slug(canonical)), name: canonical, aliases, country, gender: null,
          roles: dated.map((c) => ({ code: c.code, title: 'imported role', from: c.from, to: c.to })),
          otherwise: plain[0]?.code ?? null,
        });
      } else {
        const code = plain[0].code;
        const rebel = /REB|INS|MIL/.test(code.slice(3));
        out.organizations.push({
          id: uniqueId(slug(canonical)), name: canonical, names: aliases, cased: [], code,
          country, sector: /^(IGO|NGO|IMG)/.test(code) ? code.slice(0, 3) : code.length >= 6 ? code.slice(3, 6) : null, type: rebel ? 'group' : 'organization',
        });
      }
    }
    names = [];
    codes = [];
    codesOpen = false;
  };
  text.split(/\r?\n/).forEach((rawLine, k) => {
    const line = rawLine.replace(/#.*$/, '');
    if (!line.trim()) return;
    const indented = /^\s/.test(line);
    const found = [...line.matchAll(CODE_RE)].map((m) => m[1]);
    const namePart = line.replace(CODE_RE, '').trim();
    if (!indented && namePart) {
      // '+NAME' adds a synonym to the entry above; a plain name after codes starts the next entry.
      const synonym = namePart.startsWith('+');
      if (codesOpen && !synonym) flush();
      const nm = namePart.replace(/^\+/, '').split(/\s+/)[0];
      if (!/^[\p{L}\p{N}_.'&()/,-]+$/u.test(nm)) { out.warnings.push(`${name}:${k + 1}: not a name: '${nm.slice(0, 40)}'`); return; }
      names.push(nm);
    }
    for (const body of found) {
      const c = parseCode(body);
      if (c) { codes.push(c); codesOpen = true; }
      else if (!body.trim().startsWith('~')) out.warnings.push(`${name}:${k + 1}: unreadable code '[${body}]'`);
    }
  });
  flush();
  return out;
}

/** Parses a PETRARCH .agents file: each agent word with its role, substitution sets expanded. */
export function parsePetrarchAgents(text: string, name: string): PetrarchImport {
  const out: PetrarchImport = { people: [], organizations: [], agents: [], warnings: [] };
  const sets = new Map<string, string[]>();
  const byRole = new Map<string, Set<string>>();
  const words = (raw: string) => raw.replace(/_+$/, '').split(/[_\s]+/).filter(Boolean).join(' ').toLowerCase();
  text.split(/\r?\n/).forEach((rawLine, k) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) return;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) { sets.set(set[1], set[2].split(',').map((s) => s.trim()).filter(Boolean)); return; }
    const m = /^([^[{]+?)\s*(\{([^}]*)\})?\s*\[~([A-Z]{3,})\]/.exec(line);
    if (!m) { out.warnings.push(`${name}:${k + 1}: not an agent line: '${line.slice(0, 40)}'`); return; }
    const role = m[4].slice(0, 3);
    const forms = [m[1].trim(), ...(m[3] ? m[3].split(/\s+/).filter(Boolean) : [])];
    const expanded = forms.flatMap((f) => {
      const bang = /![A-Z]+!/.exec(f);
      if (!bang) return [f];
      const alts = sets.get(bang[0]);
      if (!alts) { out.warnings.push(`${name}:${k + 1}: unknown substitution set ${bang[0]}`); return []; }
      return alts.map((a) => f.replace(bang[0], a));
    });
    const list = byRole.get(role) ?? new Set<string>();
    for (const f of expanded) {
      const w = words(f);
      if (!w) continue;
      list.add(w);
      // PETRARCH forms regular plurals itself; so do we.
      if (m[2] === undefined && /[a-z]$/.test(w) && !w.endsWith('s') && !w.endsWith('men')) list.add(w.endsWith('man') ? `${w.slice(0, -3)}men` : `${w}s`);
    }
    byRole.set(role, list);
  });
  out.agents = [...byRole.entries()].map(([role, set]) => ({ role, words: [...set] }));
  return out;
}

/** A PETRARCH dictionary, told from dyad's YAML by its look: NAME_ lines and [CODE] brackets. */
export function looksLikePetrarch(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#')).slice(0, 20);
  return lines.length > 0 && lines.some((l) => /\[~?[A-Z]{3,}[^\]]*\]/.test(l)) && !lines.some((l) => /^\s*(version|people|organizations|agents):/.test(l));
}
