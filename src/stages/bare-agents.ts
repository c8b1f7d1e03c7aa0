// Stage: agents named without a country ('protesters', 'police') take the country of the place the
// sentence sets them in: 'police arrested protesters in Jerusalem' are Israeli police and protesters.
import type { Doc, Mention, Stage } from '../core.js';

/** Roles that belong where they are found; officials, diplomats and troops travel, so stay unplaced. */
const LOCAL_ROLES = new Set(['CVL', 'COP', 'REB', 'OPP', 'REF', 'BUS', 'MED', 'JUD', 'LEG']);

export const bareAgentsStage: Stage = {
  name: 'bare-agents',
  run(doc: Doc): Doc {
    let changed = false;
    const mentions = doc.mentions.map((m): Mention => {
      if (m.kind !== 'agent' || m.actors.length || !m.role || !LOCAL_ROLES.has(m.role)) return m;
      // The locative place nearest the agent in its sentence.
      const near = doc.places.filter((p) => p.sentence === m.sentence && p.locative && p.place.country)
        .sort((a, b) => Math.abs(a.from - m.from) - Math.abs(b.from - m.from));
      // Else the dateline: 'BAGHDAD (Reuters) - Militants seized ...' are Iraqi militants.
      const place = near[0] ?? doc.dateline;
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
