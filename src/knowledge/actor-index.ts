// Compiles the actor dictionaries into one phrase index over normalized words, and codes actors at a date.
import type { ActorRef, PlaceRef } from '../core.js';
import { phraseWords } from '../text/fold.js';
import { PhraseIndex } from '../text/phrase-index.js';
import type { Country, Knowledge, Organization, Person } from './types.js';

export type ActorEntry =
  | { kind: 'person'; person: Person }
  | { kind: 'org'; org: Organization }
  | { kind: 'institution'; country: Country; role: string; name: string }
  | { kind: 'seat'; country: Country; name: string }
  | { kind: 'country'; country: Country }
  | { kind: 'adjective'; country: Country }
  | { kind: 'demonym'; country: Country }
  | { kind: 'title'; role: string; title: string }
  | { kind: 'agent'; role: string };

/** Which entry wins when one phrase names several things: a person before a town of the same name. */
export const KIND_PRIORITY: Record<ActorEntry['kind'], number> = {
  person: 9, org: 8, institution: 7, seat: 6, country: 5, adjective: 4, demonym: 3, title: 2, agent: 1,
};

export interface ActorIndex {
  index: PhraseIndex<ActorEntry>;
  countries: ReadonlyMap<string, Country>;
  /** words a description uses for a title holder ('president', 'leader') -> role */
  describes: ReadonlyMap<string, string>;
}

export function buildActorIndex(k: Knowledge): ActorIndex {
  const index = new PhraseIndex<ActorEntry>();
  const add = (phrase: string, e: ActorEntry, opts: { cased?: boolean; lowercase?: boolean } = {}) => index.add(phraseWords(phrase), e, opts);
  for (const c of k.countries) {
    for (const n of c.names) add(n, { kind: 'country', country: c });
    for (const n of c.cased) add(n, { kind: 'country', country: c }, { cased: true });
    for (const n of c.adjectives) add(n, { kind: 'adjective', country: c }, { cased: n === n.toUpperCase() });
    for (const n of c.demonyms) add(n, { kind: 'demonym', country: c });
    for (const n of c.seats) add(n, { kind: 'seat', country: c, name: n });
    for (const inst of c.institutions) for (const n of inst.names) add(n, { kind: 'institution', country: c, role: inst.role, name: inst.names[0] });
  }
  for (const p of k.people) for (const n of p.aliases) add(n, { kind: 'person', person: p });
  for (const o of k.organizations) {
    for (const n of o.names) add(n, { kind: 'org', org: o });
    for (const n of o.cased) add(n, { kind: 'org', org: o }, { cased: true });
  }
  for (const a of k.agents) for (const w of a.words) add(w, { kind: 'agent', role: a.role }, { lowercase: true });
  const describes = new Map<string, string>();
  for (const t of k.titles) {
    for (const w of t.words) add(w, { kind: 'title', role: t.role, title: w }, { lowercase: true });
    for (const d of t.describes) describes.set(d, t.role);
  }
  describes.set('leader', 'GOV');
  return { index, countries: new Map(k.countries.map((c) => [c.code, c])), describes };
}

/** The role a person holds on `date` (YYYY-MM-DD); the latest-starting one when two overlap. */
export function roleAt(person: Person, date: string | null) {
  const day = date ?? '9999-12-31';
  let best: Person['roles'][number] | null = null;
  for (const r of person.roles) {
    if ((r.from ?? '0000') <= day && day <= (r.to ?? '9999-12-31')) {
      if (!best || (r.from ?? '') > (best.from ?? '')) best = r;
    }
  }
  if (!best && !date) best = person.roles[person.roles.length - 1] ?? null;
  return best;
}

export function personActor(p: Person, text: string, date: string | null): ActorRef {
  const role = roleAt(p, date);
  const code = role?.code ?? p.otherwise ?? p.country ?? 'UNK';
  const country = /^[A-Z]{3}/.test(code) && !code.startsWith('IGO') && !code.startsWith('NGO') ? code.slice(0, 3) : null;
  return {
    text, code, country: country === 'UNK' ? null : country, sector: code.length > 3 ? code.slice(3, 6) : null,
    name: p.name, id: p.id, type: 'person', role: role ? `${role.title} (${role.from ?? '?'} to ${role.to ?? 'now'})` : null,
    rule: `people:${p.id}${role ? ` as ${role.title}` : ''}`,
  };
}

export function countryActor(c: Country, text: string, sector: string | null, rule: string, type: ActorRef['type'] = 'country'): ActorRef {
  return { text, code: c.code + (sector ?? ''), country: c.code, sector, name: c.name, id: c.code.toLowerCase(), type, rule };
}

export function orgActor(o: Organization, text: string, date: string | null): ActorRef {
  const day = date ?? '9999-12-31';
  const period = o.periods.find((p) => (p.from ?? '0000') <= day && day <= (p.to ?? '9999-12-31'));
  const code = period?.code ?? o.code;
  const sector = period ? (code.startsWith('IGO') || code.startsWith('NGO') ? o.sector : code.slice(3, 6) || null) : o.sector;
  return { text, code, country: o.country, sector, name: o.name, id: o.id, type: o.type, rule: `organizations:${o.id}${period ? ` (${period.from ?? '…'} to ${period.to ?? 'now'})` : ''}` };
}

export function countryPlace(c: Country, text: string): PlaceRef {
  return { name: c.name, country: c.code, lat: c.centroid?.lat ?? null, lon: c.centroid?.lon ?? null, kind: 'country', text };
}

export function seatPlace(c: Country, text: string, name: string): PlaceRef {
  const capital = c.capital.name === name || c.capital.aliases.includes(name) || c.capital.name.includes(name);
  return { name: capital ? c.capital.name : name, country: c.code, lat: c.capital.lat, lon: c.capital.lon, kind: capital ? 'city' : 'site', text };
}
