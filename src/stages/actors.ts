// Stage: actor mentions. Dictionary phrases are found with the phrase index, then put together the way news
// writes them: 'Russian troops' (adjective + agent), 'Ukrainian President Volodymyr Zelenskyy' (adjective +
// title + name), 'Putin's spokesman' (person + agent), 'the Kremlin' (seat of government). Pronouns and
// descriptions ('the president', 'the two leaders') become mentions for coreference to resolve.
import type { ActorRef, Doc, Mention, Stage, StageContext, Token } from '../core.js';
import {
  type ActorEntry, type ActorIndex, KIND_PRIORITY, countryActor, countryPlace, orgActor, personActor, seatPlace,
} from '../knowledge/actor-index.js';
import type { Country } from '../knowledge/types.js';

interface Hit { length: number; entry: ActorEntry; all: ActorEntry[] }

const PRONOUNS: Record<string, { gender: 'm' | 'f' | null; plural: boolean; possessive: boolean }> = {
  he: { gender: 'm', plural: false, possessive: false }, him: { gender: 'm', plural: false, possessive: false },
  his: { gender: 'm', plural: false, possessive: true }, she: { gender: 'f', plural: false, possessive: false },
  her: { gender: 'f', plural: false, possessive: true }, they: { gender: null, plural: true, possessive: false },
  them: { gender: null, plural: true, possessive: false }, their: { gender: null, plural: true, possessive: true },
  it: { gender: null, plural: false, possessive: false }, its: { gender: null, plural: false, possessive: true },
};
const INSTITUTIONS = new Set(['ministry', 'government', 'army', 'military', 'police', 'parliament', 'court', 'cabinet', 'administration', 'regime', 'navy', 'judiciary']);
const COUNT_WORDS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };

function best(all: ActorEntry[]): ActorEntry {
  return all.reduce((a, b) => (KIND_PRIORITY[b.kind] > KIND_PRIORITY[a.kind] ? b : a));
}

function textOf(doc: Doc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

/** A run of capitalised proper nouns that no dictionary knows: an unknown person's name. */
function nameRun(tokens: Token[], i: number, end: number, lookup: (i: number) => Hit | null): number {
  let j = i;
  while (j < end && j - i < 5) {
    if (tokens[j].pos === 'PROPN' && /^[A-Z]/.test(tokens[j].text) && !lookup(j)) { j++; continue; }
    // 'Roh Moo-Hyun': a hyphen inside a name
    if (j > i && tokens[j].text === '-' && j + 1 < end && /^[A-Z]/.test(tokens[j + 1].text) && tokens[j].start === tokens[j - 1].end) { j += 2; continue; }
    break;
  }
  return j;
}

export function actorsStage(ix: ActorIndex): Stage {
  return {
    name: 'actors',
    run(doc: Doc, ctx: StageContext): Doc {
      const T = doc.tokens;
      const norm = (i: number) => T[i].norm;
      const text = (i: number) => T[i].text;
      const mentions: Mention[] = [];
      for (const s of doc.sentences) {
        const lookup = (i: number): Hit | null => {
          if (i >= s.to) return null;
          const m = ix.index.longest(i, s.to, norm, text);
          return m ? { length: m.length, entry: best(m.values), all: m.values } : null;
        };
        const possessiveAt = (j: number) => j < s.to && (T[j].norm === "'s" || T[j].norm === "'");
        const push = (m: Omit<Mention, 'sentence'>) => mentions.push({ ...m, sentence: s.index, possessive: m.possessive ?? possessiveAt(m.to) });
        const det = (i: number) => (i > s.from && T[i - 1].norm === 'the' ? i - 1 : i);

        /** After a country word: an agent, a title (+ name), or nothing. Returns the mention's end and actor. */
        const afterCountry = (c: Country, start: number, j: number): boolean => {
          let k = j;
          // 'Russian oil companies': up to two plain words between the country and the agent.
          for (let skip = 0; skip <= 2 && k < s.to; skip++) {
            const h = lookup(k);
            if (h && h.entry.kind === 'agent') {
              const end = k + h.length;
              push({ from: start, to: end, kind: 'agent', actors: [countryActor(c, textOf(doc, start, end), h.entry.role, `agents:${h.entry.role} with ${c.code}`, 'group')] });
              return true;
            }
            if (h && h.entry.kind === 'title') {
              const t = h.entry;
              const after = k + h.length;
              const p = lookup(after);
              if (p && p.entry.kind === 'person') {
                const end = after + p.length;
                push({ from: start, to: end, kind: 'name', actors: [personActor(p.entry.person, textOf(doc, start, end), ctx.published)] });
                return true;
              }
              const run = nameRun(T, after, s.to, lookup);
              if (run > after) {
                const actor = countryActor(c, textOf(doc, start, run), t.role, `titles:${t.title} with ${c.code}`, 'person');
                push({ from: start, to: run, kind: 'name', actors: [{ ...actor, name: textOf(doc, after, run), id: null, role: t.title }] });
                return true;
              }
              push({ from: det(start), to: after, kind: 'description', actors: [], cue: { title: t.title, country: c.code, count: 1, plural: false, gender: null } });
              return true;
            }
            if (h || k >= s.to || !['NOUN', 'ADJ'].includes(T[k].pos)) break;
            k++;
          }
          return false;
        };

        let i = s.from;
        while (i < s.to) {
          const h = lookup(i);
          if (!h) {
            const pr = T[i].pos === 'PRON' ? PRONOUNS[T[i].norm] : undefined;
            if (pr) push({ from: i, to: i + 1, kind: 'pronoun', actors: [], possessive: pr.possessive, cue: { title: null, country: null, count: pr.plural ? 2 : 1, plural: pr.plural, gender: pr.gender } });
            i++;
            continue;
          }
          const e = h.entry;
          const end = i + h.length;
          const t = textOf(doc, i, end);
          switch (e.kind) {
            case 'adjective':
            case 'country':
            case 'demonym': {
              const c = e.country;
              const poss = possessiveAt(end);
              const adjective = h.all.find((x) => x.kind === 'adjective');
              if ((adjective || poss) && afterCountry(c, i, poss ? end + 1 : end)) break;
              const asCountry = h.all.find((x) => x.kind === 'country');
              if (asCountry) push({ from: i, to: end, kind: 'name', actors: [countryActor(c, t, null, `countries:${c.code}`)], place: countryPlace(c, t) });
              else push({ from: i, to: end, kind: 'name', adjectival: e.kind === 'adjective', actors: [countryActor(c, t, e.kind === 'demonym' ? 'CVL' : null, `countries:${c.code} ${e.kind}`)] });
              break;
            }
            case 'seat':
              if (afterCountry(e.country, i, end)) break;
              push({ from: det(i), to: end, kind: 'metonym', actors: [countryActor(e.country, t, 'GOV', `countries:${e.country.code} seat '${e.name}'`, 'organization')], place: seatPlace(e.country, t, e.name) });
              break;
            case 'institution':
              push({ from: det(i), to: end, kind: 'metonym', actors: [countryActor(e.country, t, e.role, `countries:${e.country.code} institution '${e.name}'`, 'organization')], place: { ...seatPlace(e.country, t, e.country.capital.name), name: e.name, kind: 'site' } });
              break;
            case 'org': {
              // 'U.N. diplomats', 'NATO troops': the organisation's own people.
              const ag = lookup(end);
              const agent = ag?.all.find((x) => x.kind === 'agent');
              if (ag && agent && ['NOUN', 'PROPN'].includes(T[end + ag.length - 1].pos)) {
                const aEnd = end + ag.length;
                push({ from: det(i), to: aEnd, kind: 'agent', actors: [orgActor(e.org, textOf(doc, i, aEnd), ctx.published)] });
                i = aEnd;
                continue;
              }
              push({ from: det(i), to: end, kind: 'name', actors: [orgActor(e.org, t, ctx.published)] });
              break;
            }
            case 'person': {
              const actor = personActor(e.person, t, ctx.published);
              // 'Putin's spokesman', 'the Trump administration': the person's country with the agent's role.
              const poss = possessiveAt(end);
              const ag = lookup(poss ? end + 1 : end);
              const agent = ag?.all.find((x): x is Extract<ActorEntry, { kind: 'agent' }> => x.kind === 'agent');
              if (ag && agent && actor.country) {
                const aEnd = (poss ? end + 1 : end) + ag.length;
                push({ from: i, to: end, kind: 'name', actors: [actor], possessive: poss });
                push({ from: det(i), to: aEnd, kind: 'agent', actors: [{ ...actor, text: textOf(doc, i, aEnd), code: actor.country + agent.role, sector: agent.role, name: null, id: null, type: 'group', rule: `agents:${agent.role} of ${actor.id}` }] });
                i = aEnd;
                continue;
              }
              push({ from: i, to: end, kind: 'name', actors: [actor] });
              break;
            }
            case 'title': {
              const p = lookup(end);
              if (p && p.entry.kind === 'person') {
                const pEnd = end + p.length;
                push({ from: i, to: pEnd, kind: 'name', actors: [personActor(p.entry.person, textOf(doc, i, pEnd), ctx.published)] });
                i = pEnd;
                continue;
              }
              if (p && (p.entry.kind === 'adjective' || p.entry.kind === 'country')) { i = end; continue; }
              const run = nameRun(T, end, s.to, lookup);
              if (run > end) {
                push({ from: i, to: run, kind: 'name', actors: [] });
                i = run;
                continue;
              }
              if (i > s.from && T[i - 1].norm === 'the') push({ from: i - 1, to: end, kind: 'description', actors: [], cue: { title: e.title, country: null, count: 1, plural: false, gender: null } });
              break;
            }
            case 'agent': {
              // 'an official visit': an agent word used as an adjective names no one.
              if (!['NOUN', 'PROPN'].includes(T[end - 1].pos)) break;
              const prev = i > s.from ? T[i - 1].norm : '';
              const count = COUNT_WORDS[prev];
              if (count && ix.describes.has(T[end - 1].lemma)) {
                push({ from: det(i - 1), to: end, kind: 'description', actors: [], cue: { title: T[end - 1].lemma, country: null, count, plural: true, gender: null } });
              } else if (prev === 'the' && INSTITUTIONS.has(T[end - 1].norm)) {
                // 'the ministry', 'the army': an institution of the country just talked about.
                push({ from: i - 1, to: end, kind: 'description', actors: [], role: e.role, cue: { title: null, country: null, count: 1, plural: false, gender: null, role: e.role } });
              } else {
                push({ from: i, to: end, kind: 'agent', actors: [], role: e.role });
              }
              break;
            }
          }
          i = Math.max(end, mentions.length ? mentions[mentions.length - 1].to : end);
        }
      }
      return { ...doc, mentions };
    },
  };
}

export type { ActorRef };
