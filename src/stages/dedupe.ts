// Stage: article-level dedupe. One happening reported twice in an article ('Rubio will meet Russian
// officials next week' ... 'Rubio's upcoming meeting with Russian officials, expected in Geneva') becomes
// one event that keeps the first report as evidence, takes the details the later ones add (a place, a
// date), and lists where else it was reported.
import type { Doc, EventRecord, Stage } from '../core.js';

/** One actor: a person by code and id; a country, body or group by its code ('Israeli officials and diplomats' are one ISRGOV). */
const actorKey = (a: EventRecord['source'] | null) => (a ? (a.type === 'person' ? `${a.code}/${a.id ?? ''}` : a.code) : '-');

function compatible(a: EventRecord, b: EventRecord): boolean {
  if (a.status !== b.status || a.cameo.root !== b.cameo.root) return false;
  if (actorKey(a.source) !== actorKey(b.source) || actorKey(a.target) !== actorKey(b.target)) return false;
  const dated = (e: EventRecord) => e.date !== null && !e.dateFromArticle;
  if (dated(a) && dated(b) && (a.date !== b.date || a.dateEnd !== b.dateEnd)) return false;
  if (a.location && b.location && a.location.country !== b.location.country) return false;
  return true;
}

export const dedupeStage: Stage = {
  name: 'dedupe',
  run(doc: Doc): Doc {
    const kept: EventRecord[] = [];
    for (const e of doc.events) {
      const same = kept.find((k) => compatible(k, e));
      if (!same) { kept.push({ ...e }); continue; }
      if (same.sentenceIndex === e.sentenceIndex && same.cameo.code === e.cameo.code) continue;
      if (e.date && !e.dateFromArticle && (same.date === null || same.dateFromArticle)) {
        Object.assign(same, { date: e.date, dateEnd: e.dateEnd, datePrecision: e.datePrecision, dateText: e.dateText, dateFromArticle: false });
      }
      if (!same.location && e.location) same.location = e.location;
      // The more specific code of the two ('040' then '043') describes the happening best.
      if (e.cameo.code.length > same.cameo.code.length) { same.cameo = e.cameo; same.plover = e.plover; }
      same.confidence = Math.min(0.99, Math.max(same.confidence, e.confidence) + 0.05);
      same.alsoIn = [...(same.alsoIn ?? []), { sentenceIndex: e.sentenceIndex, span: e.span }];
      same.rule = `${same.rule}; merged with sentence ${e.sentenceIndex} (${e.rule.split(';')[0]})`;
    }
    return { ...doc, events: kept };
  },
};
