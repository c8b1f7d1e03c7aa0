// Turns a coded document into the records of the output contract (../shared/spec/dyad.schema.json).
import type { ActorRef, Doc, EventRecord, PlaceRef } from './core.js';

export interface Entity {
  text: string;
  type: 'person' | 'organization' | 'country' | 'place' | 'group' | 'other';
  actor: ActorRef | null;
  place: PlaceRef | null;
}

export interface Analysis {
  article: { id: string; title: string | null; url: string | null; published: string | null; source: string | null };
  sentences: string[];
  entities: Entity[];
  quotes: { text: string; speaker: ActorRef | null; speakerText: string | null; sentenceIndex: number; span: { start: number; end: number } }[];
  times: { text: string; date: string | null; dateEnd: string | null; precision: string; sentenceIndex: number }[];
  events: EventRecord[];
  warnings?: string[];
}

export function toAnalysis(doc: Doc, published: string | null): Analysis {
  const entities: Entity[] = [];
  const seen = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind === 'pronoun' || m.kind === 'description' || !m.actors.length) continue;
    const a = m.actors[0];
    const key = `${a.text}|${a.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entities.push({ text: a.text, type: a.type, actor: a, place: m.place ?? null });
  }
  // Where a mention that is a place too starts: asked once per place, so gathered once, not searched each time.
  const placeMentionAt = new Set<number>();
  for (const m of doc.mentions) if (m.place) placeMentionAt.add(m.from);
  for (const p of doc.places) {
    const key = `${p.place.text}|${p.place.name}|${p.place.country}`;
    if (seen.has(key) || placeMentionAt.has(p.from)) continue;
    seen.add(key);
    entities.push({ text: p.place.text, type: 'place', actor: null, place: p.place });
  }
  const analysis: Analysis = {
    article: {
      id: doc.article.id, title: doc.article.title ?? null, url: doc.article.url ?? null, published, source: doc.article.source ?? null,
    },
    sentences: doc.sentences.map((s) => s.text),
    entities,
    quotes: doc.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerText: q.speakerText, sentenceIndex: q.sentence, span: { start: q.start, end: q.end } })),
    times: doc.times.map((t) => ({ text: t.text, date: t.date, dateEnd: t.dateEnd, precision: t.precision, sentenceIndex: t.sentence })),
    events: doc.events,
  };
  if (doc.warnings.length) analysis.warnings = doc.warnings;
  return analysis;
}
