// Stage: coreference. Pronouns and descriptions ('he', 'his', 'the president', 'the Russian leader',
// 'the two leaders') take the actors of the mention they refer back to.
import type { ActorRef, Doc, Mention, Stage } from '../core.js';
import type { Knowledge } from '../knowledge/types.js';

function resolvedCopy(a: ActorRef, m: Mention, doc: Doc): ActorRef {
  const text = doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end);
  return { ...a, text, rule: `coreference: '${text}' -> ${a.name ?? a.code} (${a.rule})` };
}

export function coreferenceStage(k: Knowledge): Stage {
  const gender = new Map(k.people.map((p) => [p.id, p.gender]));
  return {
    name: 'coreference',
    run(doc: Doc): Doc {
      const mentions = doc.mentions.map((m) => ({ ...m }));
      const isPerson = (m: Mention) => m.actors.length === 1 && m.actors[0].type === 'person';
      for (let n = 0; n < mentions.length; n++) {
        const m = mentions[n];
        if (!m.cue || m.actors.length) continue;
        if (doc.tokens[m.from].quoted) continue;
        const before = mentions.slice(0, n).filter((x) => x.actors.length > 0);
        const cue = m.cue;
        let found: ActorRef[] = [];
        // One person: the nearest fitting mention before it in the same sentence, else the first fitting
        // mention (the subject, as a rule) of the nearest sentence before that has one.
        const firstFit = (fits: (x: Mention) => boolean): ActorRef[] => {
          const same = before.filter((x) => x.sentence === m.sentence && fits(x));
          if (same.length) return same[same.length - 1].actors;
          for (let s = m.sentence - 1; s >= 0 && s >= m.sentence - 4; s--) {
            const first = before.find((x) => x.sentence === s && fits(x));
            if (first) return first.actors;
          }
          return [];
        };
        const title = (cue.title ?? '').toLowerCase();
        const holds = (a: ActorRef) => a.type === 'person' && (!cue.country || a.country === cue.country) &&
          (title === 'leader' || (a.role ?? '').toLowerCase().includes(title));
        if (cue.role) {
          // 'the ministry': the nearest country spoken of, in this sentence or the two before.
          const near = [...before].reverse().find((x) => x.sentence >= m.sentence - 2 && x.actors[0].country);
          if (near) {
            const c = near.actors[0];
            found = [{ ...c, code: c.country + cue.role, sector: cue.role, name: null, id: null, type: 'group', role: null, rule: `agents:${cue.role} of ${c.country} (from '${c.text}')` }];
          }
        } else if (m.kind === 'pronoun' && !cue.plural && cue.gender) {
          found = firstFit((x) => isPerson(x) && (gender.get(x.actors[0].id ?? '') ?? cue.gender) === cue.gender);
        } else if (m.kind === 'pronoun' && !cue.plural) {
          const thing = [...before].reverse().find((x) => x.sentence >= m.sentence - 1 && x.actors[0].type !== 'person' && x.actors[0].type !== 'group');
          if (thing) found = thing.actors;
        } else if (m.kind === 'pronoun') {
          const group = [...before].reverse().find((x) => x.sentence >= m.sentence - 1 && (x.actors[0].type === 'group' || x.actors.length > 1));
          if (group) found = group.actors;
        } else if (cue.count === 1) {
          found = firstFit((x) => isPerson(x) && holds(x.actors[0]));
        } else {
          const people: ActorRef[] = [];
          for (let x = before.length - 1; x >= 0 && people.length < cue.count; x--) {
            const a = before[x].actors[0];
            if (before[x].actors.length === 1 && holds(a) && !people.some((p) => p.id === a.id && p.name === a.name)) people.push(a);
          }
          if (people.length === cue.count) found = people.reverse();
        }
        if (found.length) m.actors = found.map((a) => resolvedCopy(a, m, doc));
      }
      return { ...doc, mentions };
    },
  };
}
