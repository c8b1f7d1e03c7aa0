// Stage: agents named without a country ('protesters', 'police') take the country of the place the
// sentence sets them in: 'police arrested protesters in Jerusalem' are Israeli police and protesters.
import { type Doc, makeMention, type Mention, type Stage } from '../core.js';

/** Roles that belong where they are found; officials, diplomats and troops travel, so stay unplaced. */
const PEOPLE_ROLES = new Set(['CVL', 'REB', 'CRM', 'OPP', 'REF', 'MED']);
const LED = new Set(['led', 'commanded', 'controlled', 'run']);
/** Verbs of saying after an attribution ('..., a senior official said'). */
const SAYING = new Set(['say', 'warn', 'tell', 'add', 'state', 'announce', 'confirm', 'write', 'insist', 'claim', 'note']);
/** People held by the other side: 'executed hostages', 'freed captives'. */
const HOSTAGES = new Set(['hostages', 'hostage', 'captives', 'captive', 'abductees']);
/** Words that put agents in many countries at once: 'Western diplomats', 'foreign journalists'. */
const MANY_COUNTRIES = new Set(['western', 'foreign', 'international', 'arab', 'african', 'asian', 'european', 'gulf', 'allied', 'global', 'overseas']);
const LOCAL_ROLES = new Set(['CVL', 'COP', 'REB', 'CRM', 'OPP', 'REF', 'BUS', 'MED', 'JUD', 'LEG']);


export const bareAgentsStage: Stage = {
  name: 'bare-agents',
  run(doc: Doc): Doc {
    let changed = false;
    const counts = new Map<string, number>();
    for (const m of doc.mentions) for (const a of m.actors) if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    // Only a clear leader: twice the mentions of the next country.
    const main = ranked.length && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
    const mentions = doc.mentions.map((m): Mention => {
      // Agents, and people named with a title but no country ('far-right leader Marine Le Pen').
      if ((m.kind !== 'agent' && m.kind !== 'name') || m.actors.length || !m.role) return m;
      // 'Hamas-led militants', 'Saudi-led forces': those the named actor leads are its own.
      const T = doc.tokens;
      if (m.from >= 3 && LED.has(T[m.from - 1].norm) && T[m.from - 2].text === '-' && T[m.from - 2].start === T[m.from - 3].end) {
        const leader = doc.mentions.find((x) => x.to === m.from - 2 && x.sentence === m.sentence && x.actors.length === 1);
        const a = leader?.actors[0];
        if (a) {
          changed = true;
          const text = doc.text.slice(T[m.from].start, T[m.to - 1].end);
          const code = a.type === 'country' || (a.country && a.code === a.country) ? a.code + m.role : a.code;
          return makeMention({ ...m, actors: [{ ...a, text, code, sector: a.type === 'country' ? m.role : a.sector, name: null, id: null, type: 'group', rule: `agents:${m.role} led by ${a.code} ('${T[m.from - 3].text}-${T[m.from - 1].text}')` }] });
        }
      }
      // 'Western diplomats', 'foreign journalists': of many countries, so of none.
      if (m.from > 0 && MANY_COUNTRIES.has(T[m.from - 1].norm) && T[m.from - 1].sentence === m.sentence) return m;
      const local = LOCAL_ROLES.has(m.role);
      // The locative place nearest the agent in its sentence.
      // Not across a comma after the agent: 'dissolved parliament on Tuesday, a day after Hasina fled to India' is
      // not India's parliament ('shelled Kherson, killing two residents' still places the residents).
      const unbroken = (p: { from: number }) => p.from < m.from || !doc.tokens.slice(m.to, p.from).some((t) => t.text === ',' || t.text === ';');
      const near = local ? doc.places.filter((p) => p.sentence === m.sentence && p.locative && p.place.country && unbroken(p))
        .sort((a, b) => Math.abs(a.from - m.from) - Math.abs(b.from - m.from)) : [];
      // Else the one country the sentence is about ('Iranian protesters clashed with riot police'), else the
      // dateline ('BAGHDAD (Reuters) - Militants seized ...' are Iraqi militants).
      const others = new Set([
        ...doc.mentions.filter((x) => x.sentence === m.sentence && x !== m).flatMap((x) => x.actors.map((a) => a.country)),
        ...doc.places.filter((p) => p.sentence === m.sentence).map((p) => p.place.country),
      ].filter((c): c is string => Boolean(c)));
      // 'Colombian President Gustavo Petro ordered troops': the country of the actor before them.
      // Not for civilians, rebels and the like, who are as often the other side's ('Israeli troops killed two militants').
      // ('Iran would walk away from the talks with Washington, Deputy Foreign Minister X warned': a speaker named after a
      // comma, before a verb of saying, speaks for the sentence's first actor, not the last one named.)
      const attribution = T[m.from - 1]?.text === ',' && SAYING.has(T[m.to]?.lemma ?? '') && T[m.to].sentence === m.sentence;
      const placedBefore = (x: Mention) => x.sentence === m.sentence && x.to <= m.from && Boolean(x.actors[0]?.country);
      const before = PEOPLE_ROLES.has(m.role) ? null : (attribution ? doc.mentions.find(placedBefore) : doc.mentions.findLast(placedBefore))?.actors[0].country ?? null;
      // Last, for the institutions and people of a place, the country the article is most about.
      // 'shelled Kharkiv on Tuesday, killing two civilians': the people of the place struck just before.
      const struck = !near.length && PEOPLE_ROLES.has(m.role) && m.from > 0 && doc.tokens.slice(m.from - 3, m.from).some((t) => t.text === ',')
        ? doc.places.findLast((p) => p.sentence === m.sentence && p.to <= m.from && !p.locative && p.place.country) : undefined;
      // 'the chief executive of German arms maker Rheinmetall': the owner named right after 'of'.
      let owner: string | null = null;
      if (T[m.to]?.norm === 'of' && T[m.to].sentence === m.sentence) {
        const at = T[m.to + 1]?.pos === 'DET' ? m.to + 2 : m.to + 1;
        owner = doc.mentions.find((x) => x.from === at && x.sentence === m.sentence && x.actors.length === 1)?.actors[0].country ?? null;
      }
      // 'Hamas could execute hostages if Israel keeps striking': hostages are the other side's, not their captors'.
      let captives: string | null = null;
      if (!near.length && HOSTAGES.has(T[m.to - 1].norm) && others.size === 2) {
        const captor = doc.mentions.findLast((x) => x.sentence === m.sentence && x.to <= m.from && x.actors.length === 1 && x.actors[0].country)?.actors[0].country;
        if (captor && others.has(captor)) captives = [...others].find((c) => c !== captor) ?? null;
      }
      const country = owner ?? near[0]?.place.country ?? struck?.place.country ?? captives ?? before ?? (others.size === 1 ? [...others][0] : null) ?? (local ? doc.dateline?.place.country ?? main : null) ?? null;
      if (!country) return m;
      changed = true;
      const place = near[0] ?? struck ?? null;
      const text = doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end);
      const person = m.kind === 'name';
      return makeMention({
        ...m,
        actors: [{
          text, code: country + m.role, country, sector: m.role, name: person ? text : null, id: null, type: person ? 'person' : 'group',
          rule: `agents:${m.role} placed in ${country} by ${owner ? `the owner after 'of'` : captives ? 'the other side, their captors named before' : place ? `'${place.place.text}'` : 'the sentence'}`,
        }],
      });
    });
    return changed ? { ...doc, mentions } : doc;
  },
};
