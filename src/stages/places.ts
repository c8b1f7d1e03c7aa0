// Stage: places. Gazetteer names (cities, regions, sites, capitals) and the places that actor mentions
// carry (a country, the Kremlin). Where one name has several places, the one that fits the article wins:
// population, and how much the article is about the place's country.
import type { Doc, PlaceMention, PlaceRef, Stage } from '../core.js';
import type { Knowledge, PlaceEntry } from '../knowledge/types.js';
import { phraseWords } from '../text/fold.js';
import { PhraseIndex } from '../text/phrase-index.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'to', 'from', 'into', 'across', 'around', 'throughout', 'within']);

export function buildPlaceIndex(k: Knowledge): PhraseIndex<PlaceEntry> {
  const index = new PhraseIndex<PlaceEntry>();
  for (const p of k.places) for (const n of new Set([p.name, ...p.aliases])) index.add(phraseWords(n), p);
  for (const c of k.countries) {
    const cap: PlaceEntry = { id: `capital-${c.code.toLowerCase()}`, name: c.capital.name, aliases: c.capital.aliases, country: c.code, lat: c.capital.lat, lon: c.capital.lon, kind: 'city', population: 1_000_000 };
    for (const n of new Set([c.capital.name, ...c.capital.aliases])) index.add(phraseWords(n), cap);
  }
  return index;
}

function toRef(p: PlaceEntry, text: string): PlaceRef {
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind, text };
}

export function placesStage(index: PhraseIndex<PlaceEntry>): Stage {
  return {
    name: 'places',
    run(doc: Doc): Doc {
      const T = doc.tokens;
      // How much the article is about each country, from its actor mentions.
      const share = new Map<string, number>();
      let total = 0;
      for (const m of doc.mentions) for (const a of m.actors) if (a.country) { share.set(a.country, (share.get(a.country) ?? 0) + 1); total++; }
      const taken = new Map<number, PlaceRef>();
      for (const m of doc.mentions) if (m.place) taken.set(m.from, m.place);
      const personAt = new Set<number>();
      for (const m of doc.mentions) if (m.actors.some((a) => a.type === 'person')) for (let i = m.from; i < m.to; i++) personAt.add(i);

      const places: PlaceMention[] = [];
      const locative = (i: number) => {
        let j = i - 1;
        if (j >= 0 && T[j].norm === 'the') j--;
        return j >= 0 && T[j].sentence === T[i].sentence && LOCATIVE.has(T[j].norm);
      };
      for (const s of doc.sentences) {
        let i = s.from;
        while (i < s.to) {
          const fromMention = taken.get(i);
          if (fromMention) {
            const m = doc.mentions.find((x) => x.from === i && x.place)!;
            places.push({ from: m.from, to: m.to, sentence: s.index, place: fromMention, locative: locative(m.from) || (m.from + 1 < s.to && locative(m.from + 1)) });
            i = m.to;
            continue;
          }
          if (personAt.has(i)) { i++; continue; }
          const hit = index.longest(i, s.to, (k) => T[k].norm, (k) => T[k].text);
          if (!hit) { i++; continue; }
          const score = (p: PlaceEntry) => Math.log10(p.population + 10) + 1.2 * (total ? (share.get(p.country) ?? 0) / total : 0);
          const chosen = hit.values.reduce((a, b) => (score(b) > score(a) ? b : a));
          const end = i + hit.length;
          places.push({ from: i, to: end, sentence: s.index, place: toRef(chosen, doc.text.slice(T[i].start, T[end - 1].end)), locative: locative(i) });
          i = end;
        }
      }
      return { ...doc, places };
    },
  };
}
