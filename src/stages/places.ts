// Stage: places. Gazetteer names (GeoNames cities, our regions and sites, capitals) and the places that
// actor mentions carry (a country, the Kremlin). Where one name has several places, the one that fits the
// article wins: a place we listed ourselves, then population and how much the article is about the
// place's country; 'Springfield, Illinois' style pairs settle it outright.
import type { Doc, PlaceMention, PlaceRef, Stage } from '../core.js';
import { CURATED_BONUS, type Gazetteer } from '../knowledge/gazetteer.js';
import type { PlaceEntry } from '../knowledge/types.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'to', 'from', 'into', 'across', 'around', 'throughout', 'within']);
/** A GeoNames town this small is taken only after a locative preposition ('in Kupiansk'), never bare. */
const SMALL_TOWN = 50_000;

function toRef(p: PlaceEntry, text: string): PlaceRef {
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind, text };
}

export function placesStage(gazetteer: Gazetteer): Stage {
  return {
    name: 'places',
    run(doc: Doc): Doc {
      const T = doc.tokens;
      // How much the article is about each country, from its actor mentions.
      const share = new Map<string, number>();
      let total = 0;
      for (const m of doc.mentions) for (const a of m.actors) if (a.country) { share.set(a.country, (share.get(a.country) ?? 0) + 1); total++; }
      const mentionFrom = new Map<number, (typeof doc.mentions)[number]>();
      const covered = new Set<number>();
      for (const m of doc.mentions) {
        if (m.place && !mentionFrom.has(m.from)) mentionFrom.set(m.from, m);
        if (m.actors.length || m.kind === 'name') for (let i = m.from; i < m.to; i++) covered.add(i);
      }
      const norm = (k: number) => T[k].norm;
      const locative = (i: number) => {
        let j = i - 1;
        if (j >= 0 && T[j].norm === 'the') j--;
        return j >= 0 && T[j].sentence === T[i].sentence && LOCATIVE.has(T[j].norm);
      };
      const score = (p: PlaceEntry) =>
        Math.log10(p.population + 10) + (p.curated ? CURATED_BONUS : 0) + 1.2 * (total ? (share.get(p.country) ?? 0) / total : 0);

      const places: PlaceMention[] = [];
      for (const s of doc.sentences) {
        let i = s.from;
        while (i < s.to) {
          const m = mentionFrom.get(i);
          if (m && m.place) {
            places.push({ from: m.from, to: m.to, sentence: s.index, place: m.place, locative: locative(m.from) || (m.from + 1 < s.to && locative(m.from + 1)) });
            i = m.to;
            continue;
          }
          if (covered.has(i) || !/^[A-Z0-9]/.test(T[i].text)) { i++; continue; }
          const hit = gazetteer.lookup(i, s.to, norm);
          if (!hit) { i++; continue; }
          const end = i + hit.length;
          const loc = locative(i);
          // One capitalised word the tagger does not call a name is a place only after 'in', 'at' ...
          const plausible = hit.candidates.filter((p) => p.curated || loc || (p.population >= SMALL_TOWN && (hit.length > 1 || T[i].pos === 'PROPN')));
          if (!plausible.length) { i++; continue; }
          // 'Atlanta, Georgia' / 'Homs, Syria': a place followed by its region or country.
          let pool = plausible;
          const next = end + 1 < s.to && T[end].text === ',' ? end + 1 : -1;
          if (next > 0) {
            const region = mentionFrom.get(next)?.place?.country ?? gazetteer.lookup(next, s.to, norm)?.candidates.find((p) => p.kind === 'region')?.country;
            const inRegion = region ? pool.filter((p) => p.country === region) : [];
            if (inRegion.length) pool = inRegion;
          }
          const chosen = pool.reduce((a, b) => (score(b) > score(a) ? b : a));
          places.push({ from: i, to: end, sentence: s.index, place: toRef(chosen, doc.text.slice(T[i].start, T[end - 1].end)), locative: loc });
          i = end;
        }
      }
      return { ...doc, places };
    },
  };
}
