// Scores actor resolution and geocoding against test sets of sentences with the mentions a careful coder
// expects: an actor mention is right when the words match and its code is the expected one; a place
// mention when the words match, the country is right and, for cities and sites, it lies within 25 km.
import type { Coder } from './coder.js';
import { DyadError } from './errors.js';
import { jsonLines } from './jsonl.js';

export interface ActorItem { id: string; date: string | null; text: string; actors: { text: string; code: string }[] }
export interface PlaceItem { id: string; date: string | null; text: string; places: { text: string; country: string; lat: number; lon: number }[] }

export interface MentionReport {
  expected: number;
  correct: number;
  accuracy: number;
  misses: { id: string; want: string; got: string; text: string }[];
}

function parseLines<T>(text: string, name: string, check: (o: Record<string, unknown>, where: string) => T): T[] {
  return jsonLines(text, name).map(({ where, value }) => {
    if (typeof value.text !== 'string') throw new DyadError(`${where}: "text" is missing`);
    return check(value, where);
  });
}

export function parseActorItems(text: string, name: string): ActorItem[] {
  return parseLines(text, name, (o, where) => {
    if (!Array.isArray(o.actors)) throw new DyadError(`${where}: "actors" must be a list`);
    return { id: String(o.id ?? where), date: (o.date as string) ?? null, text: o.text as string, actors: o.actors as ActorItem['actors'] };
  });
}

export function parsePlaceItems(text: string, name: string): PlaceItem[] {
  return parseLines(text, name, (o, where) => {
    if (!Array.isArray(o.places)) throw new DyadError(`${where}: "places" must be a list`);
    return { id: String(o.id ?? where), date: (o.date as string) ?? null, text: o.text as string, places: o.places as PlaceItem['places'] };
  });
}

const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/^the\s+/i, '').trim().toLowerCase();

/** Distance in km between two points (haversine). */
export function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function evaluateActors(coder: Coder, items: ActorItem[]): MentionReport {
  let expected = 0;
  let correct = 0;
  const misses: MentionReport['misses'] = [];
  for (const item of items) {
    const doc = coder.document({ id: item.id, text: item.text, date: item.date });
    const found = doc.mentions.filter((m) => m.actors.length).map((m) => ({
      text: norm(doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end)),
      codes: m.actors.map((a) => a.code),
    }));
    const used = new Map<number, number>();
    for (const want of item.actors) {
      expected++;
      const w = norm(want.text);
      // The same words may be expected twice ('the two leaders': one code each).
      const free = (n: number) => (used.get(n) ?? 0) < found[n].codes.length;
      const exact = found.findIndex((f, n) => f.text === w && f.codes.includes(want.code) && free(n));
      const k = exact >= 0 ? exact : found.findIndex((f, n) => (f.text.endsWith(` ${w}`) || w.endsWith(` ${f.text}`)) && f.codes.includes(want.code) && free(n));
      if (k >= 0) {
        used.set(k, (used.get(k) ?? 0) + 1);
        correct++;
      } else {
        const same = found.find((f) => f.text === w || f.text.endsWith(` ${w}`) || w.endsWith(` ${f.text}`));
        misses.push({ id: item.id, want: `${want.text}=${want.code}`, got: same ? `${same.text}=${same.codes.join('+')}` : 'not found', text: item.text });
      }
    }
  }
  return { expected, correct, accuracy: expected ? correct / expected : 1, misses };
}

export function evaluatePlaces(coder: Coder, items: PlaceItem[], maxKm = 25): MentionReport {
  let expected = 0;
  let correct = 0;
  const misses: MentionReport['misses'] = [];
  for (const item of items) {
    const doc = coder.document({ id: item.id, text: item.text, date: item.date });
    const found = doc.places.map((p) => ({ text: norm(doc.text.slice(doc.tokens[p.from].start, doc.tokens[p.to - 1].end)), place: p.place }));
    for (const want of item.places) {
      expected++;
      const w = norm(want.text);
      const hit = found.find((f) => f.text === w || f.text.startsWith(`${w},`) || w.startsWith(`${f.text},`));
      const point = hit && hit.place.lat !== null && hit.place.lon !== null;
      const d = point ? km(hit.place.lat!, hit.place.lon!, want.lat, want.lon) : Infinity;
      // Countries and regions: the country decides; cities and sites: the distance too.
      const broad = hit && (hit.place.kind === 'country' || hit.place.kind === 'region');
      const ok = hit && hit.place.country === want.country && (broad || d <= maxKm);
      if (ok) correct++;
      else misses.push({ id: item.id, want: `${want.text}=${want.country} (${want.lat}, ${want.lon})`, got: hit ? `${hit.place.name}=${hit.place.country} ${hit.place.kind} (${hit.place.lat}, ${hit.place.lon}) ${Number.isFinite(d) ? `${d.toFixed(0)} km` : ''}` : 'not found', text: item.text });
    }
  }
  return { expected, correct, accuracy: expected ? correct / expected : 1, misses };
}

export function formatMentionReport(what: string, r: MentionReport): string {
  const lines = [`${what}: ${r.correct}/${r.expected} right, accuracy ${(100 * r.accuracy).toFixed(1)}%`];
  for (const m of r.misses) lines.push(`  ${m.id.padEnd(8)} want ${m.want}; got ${m.got}   | ${m.text}`);
  return lines.join('\n');
}
