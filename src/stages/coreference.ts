// Stage: coreference. Pronouns and descriptions take the actors of what they refer back to: 'he', 'his' and
// 'the president' a person; 'it' and 'they' a country, organisation or group; 'his government' the
// government of whoever 'his' is; 'the bloc' or 'the militant group' the organisation or group just named;
// 'the two leaders' and 'both sides' the last two; 'the ministry' an institution of the country just named.
import { type ActorRef, type Doc, makeMention, type Mention, type Stage } from '../core.js';
import type { Knowledge } from '../knowledge/types.js';

/** Prepositions of a time phrase whose possessive is the subject's ('during their occupation'). */
const DURING = new Set(['during', 'throughout', 'since', 'after', 'before', 'amid']);

function resolvedCopy(a: ActorRef, m: Mention, doc: Doc, extra?: Partial<ActorRef>): ActorRef {
  const text = doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end);
  return { ...a, ...extra, text, rule: `coreference: '${text}' -> ${a.name ?? a.code} (${a.rule})` };
}

/** The actor of `a`'s country in another role: 'his government' for Maduro is VENGOV. */
function inRole(a: ActorRef, role: string, why: string): ActorRef | null {
  if (!a.country) return a.code.startsWith('IGO') || a.code.startsWith('NGO') ? { ...a, type: 'group', name: a.name, rule: why } : null;
  return { ...a, code: a.country + role, sector: role, name: null, id: null, type: 'group', role: null, rule: why };
}

/** Verbs after which 'that it ...' speaks of the speaker ('told the court that it was not committing genocide'). */
const TELLING = new Set(['tell', 'assure', 'inform', 'notify', 'remind']);

export function coreferenceStage(k: Knowledge): Stage {
  const gender = new Map(k.people.map((p) => [p.id, p.gender]));
  return {
    name: 'coreference',
    run(doc: Doc): Doc {
      const mentions = doc.mentions.map(makeMention);
      const isPerson = (m: Mention) => m.actors.length === 1 && m.actors[0].type === 'person';
      for (let n = 0; n < mentions.length; n++) {
        const m = mentions[n];
        // "Mexico's attorney general's office": an agent owned by an actor just named is that actor's country in its role.
        if (!m.actors.length && m.role && m.from >= 2 && (doc.tokens[m.from - 1].norm === "'s" || doc.tokens[m.from - 1].norm === "'")) {
          const owner = mentions.find((x) => x.to === m.from - 1 && x.sentence === m.sentence && x.actors.length === 1 && x.actors[0].country);
          // ('the attorney general's office' is the attorney general's: the owner's own role, when it has one.)
          const role = owner?.actors[0].sector ?? m.role;
          const r = owner ? inRole(owner.actors[0], role, `agents:${role} of ${owner.actors[0].country} (owned by '${owner.actors[0].text}')`) : null;
          if (r) { m.actors = [resolvedCopy(r, m, doc)]; continue; }
        }
        if (!m.cue || m.actors.length) continue;
        if (doc.tokens[m.from].quoted) continue;
        const before: Mention[] = [];
        for (let x = 0; x < n; x++) if (mentions[x].actors.length > 0 && mentions[x].to <= m.from + 1) before.push(mentions[x]);
        const cue = m.cue;
        let found: ActorRef[] = [];
        /** The nearest fitting mention before it in the same sentence, else the first fitting one (the subject, as a rule) of the nearest sentence before. */
        const firstFit = (fits: (x: Mention) => boolean, back = 4): Mention | null => {
          const same = before.filter((x) => x.sentence === m.sentence && fits(x));
          if (same.length) return same[same.length - 1];
          for (let s = m.sentence - 1; s >= 0 && s >= m.sentence - back; s--) {
            const first = before.find((x) => x.sentence === s && fits(x));
            if (first) return first;
          }
          return null;
        };
        const nearest = (fits: (x: Mention) => boolean, back = 2) => before.findLast((x) => x.sentence >= m.sentence - back && fits(x)) ?? null;
        const title = (cue.title ?? '').toLowerCase();
        const holds = (a: ActorRef) => a.type === 'person' && (!cue.country || a.country === cue.country) &&
          (title === 'leader' || (a.role ?? '').toLowerCase().includes(title));

        if (cue.via !== undefined) {
          // 'his government', 'its air defences'
          const owner = mentions.find((x) => x.from === cue.via && x.kind === 'pronoun');
          const a = owner?.actors[0];
          const r = a && cue.role ? inRole(a, cue.role, `coreference: '${doc.tokens[cue.via].text}' -> ${a.name ?? a.code}, in role ${cue.role}`) : null;
          if (r) found = [r];
        } else if (title === 'organization' || title === 'body' || title === 'group') {
          const wantGroup = title !== 'organization';
          const wantOrg = title !== 'group';
          // ('killed Hezbollah leader Hassan Nasrallah in a strike on the group's headquarters': a leader's group too.)
          const x = nearest((y) => (wantOrg && y.actors[0].type === 'organization' && /^(IGO|NGO)/.test(y.actors[0].code)) || (wantGroup && (y.actors[0].type === 'group' || y.actors[0].type === 'person') && y.actors[0].sector === 'REB'), 3);
          if (x) found = x.actors.map((a) => a.type === 'person' ? { ...a, type: 'group', name: null, id: null, role: null, rule: `coreference: '${doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end)}' -> the group of ${a.name ?? a.code}` } : a);
        } else if (title === 'country' || title === 'island') {
          // 'the kingdom': the country of the sentence's first actor (its subject, as a rule), else of the sentence before;
          // 'the island': the nearest country named.
          // ('his first trip to the country', "the country's new president": the nearest country named, or its capital or
          // people; with none, the country of the sentence's first actor: 'MBS told Trump that the kingdom could pour'.)
          const placeLike = (y: Mention) => y.actors.length === 1 && !!y.actors[0].country && y.kind !== 'pronoun' && y.actors[0].type !== 'person';
          const anyone = (y: Mention) => y.actors.length === 1 && !!y.actors[0].country && y.kind !== 'pronoun';
          const x = nearest(placeLike, 1) ?? (title === 'country' ? before.find((y) => y.sentence === m.sentence && anyone(y)) ?? firstFit(anyone, 1) : null);
          const a = x?.actors[0];
          if (a?.country) found = [{ ...a, code: a.country, sector: null, type: 'country', name: null, id: a.country.toLowerCase(), role: null }];
        } else if (title === 'side') {
          // 'when the two meet': the last two people spoken of, else the last two sides.
          if (doc.tokens[m.to - 1].pos === 'NUM') {
            const people: ActorRef[] = [];
            for (let x = before.length - 1; x >= 0 && people.length < cue.count && before[x].sentence >= m.sentence - 1; x--) {
              const a = before[x].actors[0];
              if (isPerson(before[x]) && !people.some((p) => p.id === a.id && p.name === a.name)) people.push(a);
            }
            if (people.length === cue.count) found = people.reverse();
          }
          // 'the two countries', 'both sides': the last two countries (or groups) spoken of.
          const sides: ActorRef[] = [];
          // ('China brokered a deal between the two regional rivals': not the one who brokers it.)
          const betweenAt = doc.tokens[m.from - 1]?.norm === 'between';
          const brokerM = betweenAt ? before.findLast((y) => y.sentence === m.sentence && ['VERB', 'AUX'].includes(doc.tokens[y.to]?.pos ?? '') && m.from - y.to <= 6 &&
            !doc.tokens.slice(y.to, m.from).some((t) => t.text === ',')) : undefined;
          const broker = (y: Mention) => !!brokerM && (y === brokerM || y.actors.some((a) => a.country && brokerM.actors.some((b) => b.country === a.country)));
          for (let x = before.length - 1; x >= 0 && sides.length < cue.count && !found.length; x--) {
            if (broker(before[x])) continue;
            for (const a of before[x].actors) {
              const key = a.country ?? a.code;
              if (!sides.some((p) => (p.country ?? p.code) === key)) sides.push(a.country && a.type === 'person' ? { ...a, code: a.country, sector: null, type: 'country', name: null, id: a.country.toLowerCase() } : a);
            }
          }
          if (!found.length && sides.length >= cue.count) found = sides.slice(0, cue.count).reverse();
        } else if (cue.role && !cue.title) {
          // 'the ministry': the nearest country spoken of, in this sentence or the two before.
          const near = nearest((x) => Boolean(x.actors[0].country));
          const r = near ? inRole(near.actors[0], cue.role, `agents:${cue.role} of ${near.actors[0].country} (from '${near.actors[0].text}')`) : null;
          if (r) found = [r];
        } else if (m.kind === 'pronoun' && !cue.plural && cue.gender) {
          const x = firstFit((y) => isPerson(y) && (gender.get(y.actors[0].id ?? '') ?? cue.gender) === cue.gender);
          if (x) found = x.actors;
        } else if (m.kind === 'pronoun' && !cue.plural) {
          const T = doc.tokens;
          // 'denied a U.S. allegation that it had sent missiles': a name between an article and a noun modifies the noun.
          const modifier = (y: Mention) => T[y.from - 1]?.pos === 'DET' && T[y.to]?.pos === 'NOUN' && T[y.to].sentence === y.sentence && !y.possessive;
          // ('Israel will strike the Houthis as hard as it struck Iran': not a group named in the plural.)
          const plural = (y: Mention) => y.actors[0].type === 'group' && /s$/i.test(T[y.to - 1].text) && T[y.from].norm === 'the';
          const fits = (y: Mention) => y.actors.length === 1 && y.actors[0].type !== 'person' && !y.adjectival && !modifier(y) && !plural(y);
          let x = firstFit(fits, 1);
          // 'Somalia asked the African Union to delay the withdrawal, citing setbacks in its offensive': in a participle
          // phrase after a comma, 'its' is the subject's.
          if (x && x.sentence === m.sentence && m.possessive) {
            let j = m.from - 1;
            while (j > doc.sentences[m.sentence].from && T[j].pos !== 'VERB' && T[j].pos !== 'AUX' && T[j].text !== ',') j--;
            if (T[j].pos === 'VERB' && T[j].norm.endsWith('ing') && T[j - 1]?.text === ',') {
              const first = before.find((y) => y.sentence === m.sentence);
              if (first && first !== x && fits(first) && first.to < j) x = first;
            }
          }
          // 'Israel told the International Court of Justice that it was not committing genocide': after 'told X that',
          // 'it' is the teller, the sentence's subject.
          if (x && T[m.from - 1]?.norm === 'that') {
            const speech = T.slice(doc.sentences[m.sentence].from, m.from - 1).findLastIndex((t) => TELLING.has(t.lemma));
            const first = before.find((y) => y.sentence === m.sentence);
            if (speech >= 0 && first && first !== x && fits(first) && first.to <= doc.sentences[m.sentence].from + speech) x = first;
          }
          // "Iran has not retaliated for Israel's strikes on its military sites": 'its' inside a phrase Israel owns
          // is the other side's, when one was named before it.
          if (x && x.sentence === m.sentence && T[x.to]?.norm === "'s" && m.from - x.to <= 8 && !T.slice(x.to, m.from).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',')) {
            const owner = x;
            const other = before.findLast((y) => y.sentence === m.sentence && y.to <= owner.from && fits(y) && y.actors[0].code !== owner.actors[0].code);
            if (other) x = other;
          }
          if (x) found = x.actors;
        } else if (m.kind === 'pronoun') {
          const group = (y: Mention) => y.actors.length > 1 || y.actors[0].type === 'group' || (y.actors[0].type === 'organization' && /s$/.test(y.actors[0].text));
          // 'Russian troops killed 400 civilians in Bucha during their occupation of the town': in a phrase of time after
          // the verb, 'their' is the subject's.
          const inTimePhrase = m.possessive && DURING.has(doc.tokens[m.from - 1]?.norm ?? '');
          const x = (inTimePhrase ? before.find((y) => y.sentence === m.sentence && group(y)) : undefined) ?? nearest(group, 1);
          if (x) found = x.actors;
          else {
            // 'Starmer met Trump ... they had discussed': the last two people.
            const people: ActorRef[] = [];
            for (let y = before.length - 1; y >= 0 && people.length < 2 && before[y].sentence >= m.sentence - 1; y--) {
              const a = before[y].actors[0];
              if (isPerson(before[y]) && !people.some((p) => p.id === a.id)) people.push(a);
            }
            if (people.length === 2) found = people.reverse();
          }
        } else if (cue.count === 1) {
          const x = firstFit((y) => isPerson(y) && holds(y.actors[0]));
          if (x) found = x.actors;
          // 'the Russian ambassador', 'Downing Street said the prime minister': no holder named, so the office.
          else if (cue.role) {
            const country = cue.country ?? nearest((y) => Boolean(y.actors[0].country), 1)?.actors[0].country ?? null;
            if (country) found = [{ text: '', code: country + cue.role, country, sector: cue.role, name: null, id: null, type: 'person', role: cue.title, rule: `titles:${cue.title} of ${country}, holder not named` }];
          }
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
      // 'Betssy Chavez, a former Peruvian prime minister': a name no one knows, with a description after it, is that person.
      const T = doc.tokens;
      const named: Mention[] = [];
      for (const m of mentions) {
        if (!m.actors.length || m.kind === 'pronoun' || m.actors.length !== 1) continue;
        let j = m.from - 1;
        while (j > 0 && (T[j].pos === 'ADJ' || T[j].norm === 'former')) j--;
        if (!T[j] || !['a', 'an'].includes(T[j].norm) || T[j - 1]?.text !== ',') continue;
        const end = j - 1;
        let from = end;
        while (from - 1 >= 0 && T[from - 1].pos === 'PROPN' && T[from - 1].sentence === m.sentence) from--;
        if (from === end || end - from > 4 || mentions.some((x) => x.from < end && x.to > from)) continue;
        // Not a place ('aid for Gaza, a European Commission spokeswoman said'), nor before an attribution.
        if (doc.places.some((p) => p.from < end && p.to > from) || ['say', 'tell', 'add', 'note', 'warn'].includes(T[m.to]?.lemma ?? '')) continue;
        const a = m.actors[0];
        const text = doc.text.slice(T[from].start, T[end - 1].end);
        named.push(makeMention({ from, to: end, sentence: m.sentence, kind: 'name', place: null,
          actors: [{ ...a, text, name: text, id: null, type: 'person', rule: `appositive: '${text}' is ${a.code} ('${doc.text.slice(T[j].start, T[m.to - 1].end)}')` }] }));
      }
      if (named.length) {
        mentions.push(...named);
        mentions.sort((x, y) => x.from - y.from);
      }
      // "Indonesia's Attorney General's Office will question former trade minister Thomas Lembong": a person named with a
      // title but no country, in a sentence whose actors are all of one country (known only now), is of that country.
      for (const m of mentions) {
        if (m.actors.length || m.kind !== 'name' || !m.role) continue;
        const countries = new Set<string>();
        for (const x of mentions) if (x.sentence === m.sentence) for (const a of x.actors) if (a.country) countries.add(a.country);
        if (countries.size !== 1) continue;
        const country = [...countries][0];
        const text = doc.text.slice(T[m.from].start, T[m.to - 1].end);
        m.actors = [{ text, code: country + m.role, country, sector: m.role as ActorRef['sector'], name: text, id: null, type: 'person', rule: `agents:${m.role} placed in ${country}, the one country of its sentence` }];
      }
      return { ...doc, mentions };
    },
  };
}
