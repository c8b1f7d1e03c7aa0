// Stage: agents named without a country ('protesters', 'police') take the country of the place the
// sentence sets them in: 'police arrested protesters in Jerusalem' are Israeli police and protesters.
import type { Doc, Mention, Stage } from '../core.js';

export const bareAgentsStage: Stage = {
  name: 'bare-agents',
  run(doc: Doc): Doc {
    let changed = false;
    const mentions = doc.mentions.map((m): Mention => {
      if (m.kind !== 'agent' || m.actors.length || !m.role) return m;
      const place = doc.places.find((p) => p.sentence === m.sentence && p.locative && p.place.country);
      if (!place) return m;
      changed = true;
      const country = place.place.country!;
      const text = doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end);
      return {
        ...m,
        actors: [{
          text, code: country + m.role, country, sector: m.role, name: null, id: null, type: 'group',
          rule: `agents:${m.role} placed by '${place.place.text}' (${country})`,
        }],
      };
    });
    return changed ? { ...doc, mentions } : doc;
  },
};
