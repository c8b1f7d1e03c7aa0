// Stage: places. Gazetteer names (GeoNames cities, our regions and sites, capitals) and the places that
// actor mentions carry (a country, the Kremlin). Where one name has several places, context decides:
// 'Atlanta, Georgia' and 'Tripoli, Lebanon' pair a place with its region or country; 'the Lebanese city of
// Tripoli' names the country; otherwise a place we listed ourselves, then population and how much the
// article is about the place's country. A capital read as a government ('Tripoli' for Libya) that turns out
// to be another country's city is no longer an actor.
import type { Doc, Mention, PlaceMention, PlaceRef, Stage } from '../core.js';
import { CURATED_BONUS, type Gazetteer } from '../knowledge/gazetteer.js';
import type { PlaceEntry } from '../knowledge/types.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'to', 'from', 'into', 'across', 'around', 'throughout', 'within', 'toward', 'towards']);
const COMPASS = /^(north|south|east|west|central|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|upper|lower|greater|coastal|rural)$/;
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outside', 'centre', 'center', 'heart']);
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'capital', 'region', 'province', 'district', 'state', 'enclave']);
/** A GeoNames town this small is taken only after a locative preposition ('in Kupiansk'), never bare. */
const SMALL_TOWN = 50_000;
const SPECIFIC: Record<string, number> = { site: 4, city: 3, region: 2, other: 1, country: 0 };

interface Spot {
  from: number;
  to: number;
  /** the place an actor mention already gave (a country, a capital, the Kremlin) */
  given: PlaceRef | null;
  mention: Mention | null;
  candidates: PlaceEntry[];
  locative: boolean;
  chosen: PlaceRef | null;
  /** the candidates that stand without context, when `candidates` holds more for a pair to choose from */
  plausible?: PlaceEntry[];
}

const normName = (s: string) => s.toLowerCase().replace(/^the\s+/, '');

function toRef(p: PlaceEntry, text: string): PlaceRef {
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind, text };
}

export function placesStage(gazetteer: Gazetteer): Stage {
  return {
    name: 'places',
    run(doc: Doc): Doc {
      const T = doc.tokens;
      const share = new Map<string, number>();
      let total = 0;
      for (const m of doc.mentions) for (const a of m.actors) if (a.country) { share.set(a.country, (share.get(a.country) ?? 0) + 1); total++; }
      const score = (p: PlaceEntry) =>
        Math.log10(p.population + 10) + (p.curated ? CURATED_BONUS : 0) + 1.2 * (total ? (share.get(p.country) ?? 0) / total : 0);
      const best = (list: PlaceEntry[]) => list.reduce((a, b) => (score(b) > score(a) ? b : a));
      const norm = (k: number) => T[k].norm;
      const textOf = (a: number, b: number) => doc.text.slice(T[a].start, T[b - 1].end);
      const locative = (i: number) => {
        let j = i - 1;
        // 'in the northern Gaza Strip', 'in eastern Ukraine'
        while (j >= 0 && T[j].pos === 'ADJ' && COMPASS.test(T[j].norm)) j--;
        if (j >= 0 && (T[j].norm === 'the' || T[j].norm === 'a' || T[j].norm === 'an')) j--; // 'into a Baghdad suburb'
        if (j < 0 || T[j].sentence !== T[i].sentence) return false;
        if (LOCATIVE.has(T[j].norm)) return true;
        // 'south of Shanghai', 'the port of Dover', 'the outskirts of Kyiv'
        return T[j].norm === 'of' && j > 0 && (DIRECTIONS.has(T[j - 1].norm) || PLACE_NOUNS.has(T[j - 1].lemma) || T[j - 1].norm === 'outskirts');
      };
      const mentionAt = new Map<number, Mention>();
      const covered = new Set<number>();
      for (const m of doc.mentions) {
        const start = T[m.from].norm === 'the' ? m.from + 1 : m.from;
        if (!mentionAt.has(start) && (m.place || m.actors.length)) mentionAt.set(start, m);
        if (m.actors.length || m.kind === 'name') for (let i = m.from; i < m.to; i++) covered.add(i);
      }

      const dropped = new Set<Mention>();
      const places: PlaceMention[] = [];
      for (const s of doc.sentences) {
        // 1. Every span that may be a place, with its candidates.
        const spots: Spot[] = [];
        let i = s.from;
        while (i < s.to) {
          const m = mentionAt.get(i);
          // 'Latin America', 'South Asia': a world region is no country's place, and no actor either.
          if (m && i > s.from && gazetteer.isWorldRegion(`${T[i - 1].text} ${doc.text.slice(T[i].start, T[m.to - 1].end)}`)) {
            dropped.add(m);
            i = m.to;
            continue;
          }
          // 'The Hague' starts with its article; a mention may have been found after it.
          const at = m && m.from < i ? m.from : i;
          const c0 = T[at].text.charCodeAt(0); // /^[A-Z0-9]/ without a regex per token
          const hit = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) ? gazetteer.lookup(at, s.to, norm) ?? (at < i ? gazetteer.lookup(i, s.to, norm) : null) : null;
          if (m && (m.place || (hit && locative(i)))) {
            const to = m.to;
            const alt = hit && (at + hit.length === to || i + hit.length === to) ? hit.candidates : [];
            spots.push({ from: i, to, given: m.place ?? null, mention: m, candidates: alt, locative: locative(i), chosen: null });
            i = to;
            continue;
          }
          if (!hit || covered.has(i)) { i++; continue; }
          const end = i + hit.length;
          const loc = locative(i);
          // One capitalised word the tagger does not call a name is a place only after 'in', 'at' ...
          // A small town far from the article's countries is a coincidence of names ('Borno state' is no Italian village).
          const plausible = hit.candidates.filter((p) => p.curated ||
            (p.population >= SMALL_TOWN ? loc || hit.length > 1 || T[i].pos === 'PROPN' : loc && (share.has(p.country) || p.population >= 20_000)));
          // 'Naples, Florida': a pair may pick a candidate too small to stand alone.
          const paired = end + 1 < s.to && T[end].text === ',' && loc;
          if (plausible.length || paired) spots.push({ from: i, to: end, given: null, mention: null, candidates: paired ? hit.candidates : plausible, locative: loc, chosen: null, plausible });
          i = end;
        }
        // 2. Context: 'A, B' where B is A's region or country; 'the Lebanese city of A'.
        spots.forEach((a, n) => {
          const b = spots[n + 1];
          if (b && b.from === a.to + 1 && T[a.to].text === ',') {
            const bOptions: PlaceRef[] = [
              ...(b.given ? [b.given] : []),
              ...b.candidates.filter((p) => p.kind === 'region' || p.kind === 'country').map((p) => toRef(p, textOf(b.from, b.to))),
            ];
            const aOptions = [...(a.given ? [a.given] : []), ...a.candidates.map((p) => toRef(p, textOf(a.from, a.to)))];
            let pick: [PlaceRef, PlaceRef] | null = null;
            let pickScore = -Infinity;
            for (const x of aOptions) {
              for (const y of bOptions) {
                if (x.country !== y.country || y.kind === 'city' || x === y) continue;
                const src = a.candidates.find((p) => p.name === x.name && p.country === x.country && p.lat === x.lat);
                const sc = (src ? score(src) : 10) + (y === b.given ? 0.1 : 0);
                if (sc > pickScore) { pick = [x, y]; pickScore = sc; }
              }
            }
            if (pick) { a.chosen = pick[0]; b.chosen = pick[1]; }
          }
          // 'the northern Lebanese city of Tripoli'
          if (!a.chosen && a.from >= s.from + 2 && T[a.from - 1].norm === 'of' && PLACE_NOUNS.has(T[a.from - 2].lemma)) {
            let j = a.from - 3;
            while (j >= s.from && T[j].pos === 'ADJ' && !mentionAt.get(j)) j--;
            const adj = j >= s.from ? doc.mentions.find((m) => m.to === j + 1 && m.actors.length) : undefined;
            const country = adj?.actors[0].country;
            const inCountry = country ? a.candidates.filter((p) => p.country === country) : [];
            if (inCountry.length) a.chosen = toRef(best(inCountry), textOf(a.from, a.to));
          }
        });
        // 3. The rest: what the mention gave (a seat that is no capital takes its own city's point), else the best candidate.
        for (const sp of spots) {
          if (!sp.chosen && sp.given) {
            const own = sp.given.kind !== 'country' ? sp.candidates.filter((p) => p.country === sp.given!.country) : [];
            const seatCity = own.length && sp.given.kind === 'site' && own.some((p) => normName(p.name) === normName(sp.given!.name));
            sp.chosen = seatCity ? toRef(best(own), sp.given.text) : sp.given;
          }
          const alone = sp.plausible ?? sp.candidates;
          if (!sp.chosen && alone.length) sp.chosen = toRef(best(alone), textOf(sp.from, sp.to));
          if (!sp.chosen) continue;
          // A capital read as a government that is another country's city here is a place, not an actor.
          const a = sp.mention?.actors[0];
          if (sp.mention && a && sp.chosen.country !== a.country && (sp.mention.kind === 'metonym' || a.type === 'country')) dropped.add(sp.mention);
          // 'at United States and Iraqi outposts': a country naming whose a thing is, is not where it is.
          const next = T[sp.to];
          const modifier = sp.chosen.kind === 'country' && next && next.sentence === s.index && (next.pos === 'NOUN' || (next.norm === 'and' && T[sp.to + 2]?.pos === 'NOUN' && T[sp.to + 2]?.sentence === s.index));
          places.push({ from: sp.from, to: sp.to, sentence: s.index, place: sp.chosen, locative: !modifier && (sp.locative || (sp.from + 1 < s.to && locative(sp.from + 1))) });
        }
      }
      places.sort((a, b) => a.from - b.from || SPECIFIC[b.place.kind] - SPECIFIC[a.place.kind]);
      const mentions = dropped.size ? doc.mentions.filter((m) => !dropped.has(m)) : doc.mentions;
      return { ...doc, mentions, places };
    },
  };
}
