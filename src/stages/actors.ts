// Stage: actor mentions. Dictionary phrases are found with the phrase index, then put together the way news
// writes them: 'Russian troops' (adjective + agent), 'Ukrainian President Volodymyr Zelenskyy' (adjective +
// title + name), 'Putin's spokesman' (person + agent), 'UN Secretary-General António Guterres' (organisation
// + title + name), 'the Kremlin' (seat of government). Pronouns and descriptions ('the president', 'his
// government', 'the bloc', 'the two leaders') become mentions for coreference to resolve.
import { type ActorRef, type Doc, type Mention, type Stage, type StageContext, type Token } from '../core.js';
import {
  type ActorEntry, type ActorIndex, KIND_PRIORITY, countryActor, countryPlace, orgActor, personActor, seatPlace,
} from '../knowledge/actor-index.js';
import type { Country, Person } from '../knowledge/types.js';
import type { PhraseMatch } from '../text/phrase-index.js';

const NO_PHRASES: PhraseMatch<ActorEntry>[] = [];

interface Hit { length: number; entry: ActorEntry; all: ActorEntry[] }
type Cue = NonNullable<Mention['cue']>;

/** Capitalised words before a surname that are no first names ('On Monday Putin met'). */
const NOT_FIRST_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Yesterday|Today|Tomorrow|Tonight|Earlier|Later|Then|Now|When|While|After|Before|But|And|Meanwhile|Also|Still|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|King|Queen|Prince|Princess|Emperor|Pope|Sheikh|Emir|General|Gen|Colonel|Col|Admiral|Marshal|Senator|Sen|Rep|Governor|Gov|Mayor|Judge|Justice|Chancellor|Premier|President|Minister|Ambassador|Envoy|Secretary|Chairman|Chair|Speaker|Commander|Chief|Leader|Ayatollah|Imam|Rabbi|Cardinal|Archbishop|Bishop|Father|Brother|Crown|Former|Acting|Interim|Deputy|Vice)$/;
/** 'a state of emergency', 'the state of the economy' is no government. */
const STATE_OF = new Set(['emergency', 'siege', 'war', 'alert', 'affairs', 'play', 'mourning', 'readiness', 'the', 'disaster', 'calamity', 'exception']);
const PRONOUNS: Record<string, { gender: 'm' | 'f' | null; plural: boolean; possessive: boolean }> = {
  he: { gender: 'm', plural: false, possessive: false }, him: { gender: 'm', plural: false, possessive: false },
  his: { gender: 'm', plural: false, possessive: true }, she: { gender: 'f', plural: false, possessive: false },
  her: { gender: 'f', plural: false, possessive: true }, they: { gender: null, plural: true, possessive: false },
  them: { gender: null, plural: true, possessive: false }, their: { gender: null, plural: true, possessive: true },
  it: { gender: null, plural: false, possessive: false }, its: { gender: null, plural: false, possessive: true },
};
// (Maps, not records: looked up with every word, and a record would answer 'constructor' from its prototype.)
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ two: 2, both: 2, three: 3, four: 4 }));
/** 'the ministry', 'the army': an institution of the country just talked about. */
const INSTITUTION_ROLE: ReadonlyMap<string, string> = new Map(Object.entries({
  ministry: 'GOV', government: 'GOV', cabinet: 'GOV', administration: 'GOV', regime: 'GOV', presidency: 'GOV',
  army: 'MIL', military: 'MIL', navy: 'MIL', police: 'COP', parliament: 'LEG', legislature: 'LEG', judiciary: 'JUD',
}));
const INSTITUTIONS = new Set(INSTITUTION_ROLE.keys());
/** 'the bloc', 'the agency': an international organisation just named. */
const ORG_WORDS = new Set(['commission', 'bloc', 'alliance', 'agency', 'body', 'organisation', 'organization', 'lender', 'court', 'union', 'watchdog', 'tribunal', 'council', 'fund', 'bank']);
/** 'the militant group', 'the rebels': an armed group just named. */
/** Nouns of asking that an opposition word before them owns: 'opposition demands', 'opposition calls'. */
const DEMAND_NOUNS = new Set(['demands', 'demand', 'calls', 'call', 'appeals', 'pressure', 'protests', 'protest']);
/** Words for a country spoken of before: 'the kingdom'; 'the island' is the nearest one named. ('the country' is too often
 *  another than the nearest: 'the country's air force', 'toured the country'.) */
const COUNTRY_WORDS: ReadonlyMap<string, string> = new Map([['kingdom', 'country'], ['emirate', 'country'], ['island', 'island']]);
/** 'the country', 'the nation' as a subject only: 'as the country observed a day of mourning'. */
const SUBJECT_COUNTRY_WORDS = new Set(['country', 'nation']);
const GROUP_WORDS = new Set(['group', 'movement', 'militia', 'rebels', 'militants', 'insurgents', 'fighters', 'organisation', 'organization', 'faction', 'paramilitaries']);
/** 'the two countries', 'both sides' */
const SIDE_WORDS = new Set(['countries', 'sides', 'nations', 'parties', 'neighbours', 'neighbors', 'governments', 'rivals', 'foes', 'adversaries', 'enemies', 'powers', 'states']);

/** A cue with every field present, in one order (see makeMention): one hidden class for all of them. */
function makeCue(c: Cue): Cue {
  return { title: c.title, country: c.country, count: c.count, plural: c.plural, gender: c.gender, role: c.role, via: c.via };
}

/**
 * The entry a phrase stands for: the highest kind; of people sharing a name ('Bush', 'Castro'), the one who held
 * a role on the article's date, else the one whose roles came nearest to it.
 */
function best(all: ActorEntry[], date: string | null): ActorEntry {
  const top = all.reduce((a, b) => (KIND_PRIORITY[b.kind] > KIND_PRIORITY[a.kind] ? b : a));
  if (top.kind !== 'person' || !date) return top;
  const people = all.filter((e): e is Extract<ActorEntry, { kind: 'person' }> => e.kind === 'person');
  if (people.length < 2) return top;
  const distance = (e: Extract<ActorEntry, { kind: 'person' }>) => Math.min(...e.person.roles.map((r) =>
    (r.from ?? '0000-01-01') <= date && date <= (r.to ?? '9999-12-31') ? 0 : Math.abs(Date.parse(date) - Date.parse(date < (r.from ?? '') ? r.from! : r.to ?? date))), Infinity);
  return people.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

function textOf(doc: Doc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

/** A run of capitalised proper nouns that no dictionary knows: an unknown person's name. */
function nameRun(tokens: Token[], i: number, end: number, known: (i: number) => boolean): number {
  let j = i;
  while (j < end && j - i < 5) {
    if (tokens[j].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j].text) && (!known(j) || (j > i && tokens[j + 1]?.pos !== 'PROPN' && tokens[j + 1]?.text !== '-'))) { j++; continue; }
    // 'Roh Moo-Hyun': a hyphen inside a name; 'Mohammed bin Salman': a particle inside one
    if (j > i && tokens[j].text === '-' && j + 1 < end && /^\p{Lu}/u.test(tokens[j + 1].text) && tokens[j].start === tokens[j - 1].end) { j += 2; continue; }
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
        // Every lookup of a token is asked for several times (a name, a title after it ...): remember them.
        // (Arrays by token offset in the sentence, not Maps: one slot per token, set and read many times.)
        const memo: (Hit | null | undefined)[] = new Array(s.to - s.from);
        // The phrases at a token are wanted both by `lookup` and by `titleThenPerson`: found once.
        const phrases: (PhraseMatch<ActorEntry>[] | undefined)[] = new Array(s.to - s.from);
        const allAt = (i: number): PhraseMatch<ActorEntry>[] => {
          // (Past the sentence's end, as after 'at the U.N.' closing it: nothing.)
          if (i >= s.to) return NO_PHRASES;
          let all = phrases[i - s.from];
          if (all === undefined) { all = ix.index.all(i, s.to, norm, text); phrases[i - s.from] = all; }
          return all;
        };
        const lookup = (i: number): Hit | null => {
          if (i >= s.to) return null;
          let h = memo[i - s.from];
          if (h !== undefined) return h;
          const all = allAt(i);
          const m = all.length ? all[all.length - 1] : null;
          h = m ? { length: m.length, entry: best(m.values, ctx.published), all: m.values } : null;
          memo[i - s.from] = h;
          return h;
        };
        /** A shorter title at i followed by a person that reaches further ('Crown Prince' + 'Mohammed bin Salman'). */
        const titleThenPerson = (i: number): { titleLen: number; title: Extract<ActorEntry, { kind: 'title' }>; person: Person; end: number } | null => {
          let found: ReturnType<typeof titleThenPerson> = null;
          for (const m of allAt(i)) {
            const t = m.values.find((v): v is Extract<ActorEntry, { kind: 'title' }> => v.kind === 'title');
            if (!t) continue;
            const p = lookup(i + m.length);
            if (p && p.entry.kind === 'person' && (!found || i + m.length + p.length > found.end)) {
              found = { titleLen: m.length, title: t, person: p.entry.person, end: i + m.length + p.length };
            }
          }
          return found;
        };
        /** The word before j modifies a noun at j ('military aid', 'official visit'). */
        const modifies = (j: number) => j < s.to && T[j].pos === 'NOUN' && !lookup(j);
        const possessiveAt = (j: number) => j < s.to && (T[j].norm === "'s" || T[j].norm === "'");
        // makeMention's fields, in its order, without first spreading `m` into a new object of yet another shape.
        const push = (m: Omit<Mention, 'sentence'>) => mentions.push({
          from: m.from, to: m.to, sentence: s.index, actors: m.actors, kind: m.kind, place: m.place,
          cue: m.cue, role: m.role, adjectival: m.adjectival, possessive: m.possessive ?? possessiveAt(m.to),
        });
        const det = (i: number) => (i > s.from && T[i - 1].norm === 'the' ? i - 1 : i);
        const describe = (from: number, to: number, cue: Partial<Cue>) =>
          push({ from, to, kind: 'description', actors: [], cue: makeCue({ title: null, country: null, count: 1, plural: false, gender: null, ...cue }) });
        /** A known person named with a title: the dated role decides; without one, the title does ('Opposition leader Netanyahu'). */
        const titled = (p: Person, t: Extract<ActorEntry, { kind: 'title' }> | null, from: number, to: number): ActorRef => {
          const a = personActor(p, textOf(doc, from, to), ctx.published);
          // 'Former President Donald Trump': whatever office he holds, the words say he is out of it.
          const former = from > s.from && ['former', 'ex'].includes(T[from - 1].norm) || T[from].norm === 'former';
          if (former && a.country) return { ...a, code: p.otherwise ?? `${a.country}ELI`, sector: null, role: null, rule: `${a.rule}; 'former'` };
          if (a.role || !t || !a.country || (t.role === 'GOV' && p.otherwise)) return a;
          return { ...a, code: a.country + t.role, sector: t.role, role: t.title, rule: `${a.rule}; no dated role, so by the title '${t.title}'` };
        };

        /** After a country word: an agent, a title (+ name), a person, or nothing. */
        const afterCountry = (c: Country, start: number, j: number): boolean => {
          let k = j;
          // 'Russian oil companies', 'China's top diplomat': up to two plain words before the agent.
          for (let skip = 0; skip <= 3 && k < s.to; skip++) {
            const tp = titleThenPerson(k);
            if (tp) {
              push({ from: start, to: tp.end, kind: 'name', actors: [titled(tp.person, tp.title, start, tp.end)] });
              return true;
            }
            const h = lookup(k);
            if (h && h.entry.kind === 'person' && skip === 0) {
              push({ from: start, to: k + h.length, kind: 'name', actors: [titled(h.entry.person, null, start, k + h.length)] });
              return true;
            }
            const agent = h?.all.find((x): x is Extract<ActorEntry, { kind: 'agent' }> => x.kind === 'agent');
            if (h && agent && h.entry.kind !== 'title' && !modifies(k + h.length)) {
              const end = k + h.length;
              // 'Tunisian opposition figure Jawhar Ben Mbarek': a name no one knows after the agent is a person in that role.
              const run = T[end]?.pos === 'PROPN' && /^[A-Z]/.test(T[end].text) && !lookup(end) ? nameRun(T, end, s.to, (x) => lookup(x) !== null) : end;
              if (run - end >= 2 && run - end <= 4) {
                const actor = countryActor(c, textOf(doc, start, run), agent.role, `agents:${agent.role} with ${c.code}, a person named after '${T[end - 1].text}'`, 'person');
                push({ from: start, to: run, kind: 'name', actors: [{ ...actor, name: textOf(doc, end, run), id: null }] });
                return true;
              }
              push({ from: start, to: end, kind: 'agent', actors: [countryActor(c, textOf(doc, start, end), agent.role, `agents:${agent.role} with ${c.code}`, 'group')] });
              return true;
            }
            if (h && h.entry.kind === 'title') {
              const t = h.entry;
              const after = k + h.length;
              const run = nameRun(T, after, s.to, (x) => lookup(x) !== null);
              if (run > after) {
                const actor = countryActor(c, textOf(doc, start, run), t.role, `titles:${t.title} with ${c.code}`, 'person');
                push({ from: start, to: run, kind: 'name', actors: [{ ...actor, name: textOf(doc, after, run), id: null, role: t.title }] });
                return true;
              }
              describe(det(start), after, { title: t.title, country: c.code, role: t.role });
              return true;
            }
            // ('opposition figure': an agent word used as an adjective is a plain word here.)
            if (h && agent && modifies(k + h.length) && skip < 3) { k += h.length; continue; }
            if (h || k >= s.to || !['NOUN', 'ADJ', 'PROPN'].includes(T[k].pos)) break;
            // 'Iranian Nobel peace laureate Narges Mohammadi', 'Jailed Tunisian opposition figure Jawhar Ben Mbarek': after
            // plain words that name no role, a name of two or more words no one knows is a person of the country.
            if (skip >= 1 && T[k].pos !== 'PROPN' && T[k + 1]?.pos === 'PROPN' && T[k + 2]?.pos === 'PROPN' && /^[A-Z]/.test(T[k + 1].text) && /^[a-z]/.test(T[k].text)) {
              const run = nameRun(T, k + 1, s.to, (x) => lookup(x) !== null);
              if (run - (k + 1) >= 2 && run - (k + 1) <= 4 && !lookup(k + 1)) {
                push({ from: start, to: run, kind: 'name', actors: [{ ...countryActor(c, textOf(doc, start, run), null, `countries:${c.code}, a person named after '${T[k].text}'`, 'person'), name: textOf(doc, k + 1, run), id: null }] });
                return true;
              }
            }
            k++;
          }
          return false;
        };

        let i = s.from;
        while (i < s.to) {
          const h = lookup(i);
          if (!h) {
            const pr = T[i].pos === 'PRON' ? PRONOUNS[T[i].norm] : undefined;
            if (pr) {
              push({ from: i, to: i + 1, kind: 'pronoun', actors: [], possessive: pr.possessive, cue: makeCue({ title: null, country: null, count: pr.plural ? 2 : 1, plural: pr.plural, gender: pr.gender }) });
              i++;
              continue;
            }
            // 'when the two meet': the last two spoken of.
            if (T[i].pos === 'NUM' && COUNT_WORDS.has(T[i].norm) && i > s.from && T[i - 1].norm === 'the' && i + 1 < s.to && (T[i + 1].pos === 'VERB' || T[i + 1].pos === 'AUX')) {
              describe(i - 1, i + 1, { title: 'side', count: COUNT_WORDS.get(T[i].norm), plural: true });
              i++;
              continue;
            }
            // 'the bloc', 'the militant group', 'the two countries', 'both sides'
            if ((T[i].pos === 'NOUN' || T[i].pos === 'PROPN') && i > s.from) {
              let d = i - 1;
              while (d > s.from && (T[d].pos === 'ADJ' || (T[d].pos === 'PUNCT' && T[d].text === '-') || (T[d].pos === 'NOUN' && T[d].norm !== 'the')) && i - d < 3) d--;
              const lead = T[d].norm;
              const w = T[i].norm;
              if (lead === 'both' || (COUNT_WORDS.has(lead) && d > s.from && T[d - 1].norm === 'the')) {
                if (SIDE_WORDS.has(w)) { describe(lead === 'both' ? d : d - 1, i + 1, { title: 'side', count: COUNT_WORDS.get(lead), plural: true }); i++; continue; }
              } else if (lead === 'the' && d === i - 1 && INSTITUTION_ROLE.has(w)) {
                describe(d, i + 1, { role: INSTITUTION_ROLE.get(w) });
                i++;
                continue;
              } else if (lead === 'the' && T[i].pos === 'NOUN' && !(T[i + 1]?.norm === 'of' && T[i + 1].sentence === s.index) &&
                (COUNTRY_WORDS.has(w) || (SUBJECT_COUNTRY_WORDS.has(w) && d === i - 1 && (T[i + 1]?.pos === 'VERB' || T[i + 1]?.pos === 'AUX') && T[i + 1].sentence === s.index))) {
                // ('as the country observed a day of mourning': 'the country' too, but only as a subject.)
                // 'the kingdom could pour $600 billion', 'the island's defence ministry': the country spoken of.
                describe(d, i + 1, { title: COUNTRY_WORDS.get(w) ?? 'country' });
                i++;
                continue;
              } else if (lead === 'the' && (ORG_WORDS.has(w) || GROUP_WORDS.has(w))) {
                describe(d, i + 1, { title: ORG_WORDS.has(w) && GROUP_WORDS.has(w) ? 'body' : ORG_WORDS.has(w) ? 'organization' : 'group' });
                i++;
                continue;
              }
            }
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
              // 'Japanese and Philippine troops': one agent of each country.
              if (adjective && T[end]?.norm === 'and') {
                const h2 = lookup(end + 1);
                const adj2 = h2?.all.find((x): x is Extract<ActorEntry, { kind: 'adjective' }> => x.kind === 'adjective');
                const ag = h2 && adj2 ? lookup(end + 1 + h2.length) : null;
                const agent = ag?.all.find((x): x is Extract<ActorEntry, { kind: 'agent' }> => x.kind === 'agent');
                if (h2 && adj2 && ag && agent && !modifies(end + 1 + h2.length + ag.length)) {
                  const aEnd = end + 1 + h2.length + ag.length;
                  const words = textOf(doc, i, aEnd);
                  push({ from: i, to: aEnd, kind: 'agent', actors: [c, adj2.country].map((x) => countryActor(x, words, agent.role, `agents:${agent.role} with ${x.code} (joined)`, 'group')) });
                  i = aEnd;
                  continue;
                }
              }
              if ((adjective || poss) && afterCountry(c, i, poss ? end + 1 : end)) break;
              const asCountry = h.all.find((x) => x.kind === 'country');
              if (asCountry) push({ from: i, to: end, kind: 'name', actors: [countryActor(c, t, null, `countries:${c.code}`)], place: countryPlace(c, t) });
              else push({ from: i, to: end, kind: 'name', adjectival: e.kind === 'adjective', actors: [countryActor(c, t, e.kind === 'demonym' ? 'CVL' : null, `countries:${c.code} ${e.kind}`)] });
              break;
            }
            case 'seat':
              if (afterCountry(e.country, i, possessiveAt(end) ? end + 1 : end)) break;
              push({ from: det(i), to: end, kind: 'metonym', actors: [countryActor(e.country, t, 'GOV', `countries:${e.country.code} seat '${e.name}'`, 'organization')], place: seatPlace(e.country, t, e.name) });
              break;
            case 'institution': {
              // "Argentina's Congress", 'the Argentine Congress': the like body of the country named right before it.
              const prior = mentions[mentions.length - 1];
              const ownerCode = prior && prior.actors.length === 1 && prior.actors[0].type === 'country' && prior.actors[0].code !== e.country.code &&
                ((prior.to === i - 1 && possessiveAt(i - 1)) || prior.to === i) ? prior.actors[0].code : null;
              const owner = ownerCode ? ix.countries.get(ownerCode) : undefined;
              if (owner) {
                push({ from: prior.from, to: end, kind: 'agent', actors: [countryActor(owner, textOf(doc, prior.from, end), e.role, `agents:${e.role} with ${owner.code} ('${e.name}' of the country named before it)`, 'organization')] });
                mentions.splice(mentions.length - 2, 1);
                break;
              }
              push({ from: det(i), to: end, kind: 'metonym', actors: [countryActor(e.country, t, e.role, `countries:${e.country.code} institution '${e.name}'`, 'organization')], place: { ...seatPlace(e.country, t, e.country.capital.name), name: e.name, kind: 'site' } });
              break;
            }
            case 'org': {
              // 'UN Secretary-General António Guterres': the person; 'U.N. diplomats', 'the NATO chief': the organisation's own.
              const poss = possessiveAt(end);
              const at = poss ? end + 1 : end;
              const tp = titleThenPerson(at);
              if (tp) {
                push({ from: det(i), to: tp.end, kind: 'name', actors: [titled(tp.person, null, det(i), tp.end)] });
                i = tp.end;
                continue;
              }
              // 'U.N. aid officials', 'UN human rights investigators': up to two plain lower-case words before the agent.
              let ap = at;
              // ('UN fact-finding mission': a hyphened word is one.)
              for (let skip = 0; skip < 2 && ap < s.to - 1 && /^[a-z]/.test(T[ap].text) && !lookup(ap); skip++) {
                const glued = T[ap + 1]?.text === '-' && T[ap + 1].start === T[ap].end && T[ap + 2] && T[ap + 2].start === T[ap + 1].end && ap + 3 < s.to;
                if (glued) ap += 3;
                else if (T[ap].pos === 'NOUN' || T[ap].pos === 'ADJ') ap++;
                else break;
              }
              let ag = lookup(ap);
              let own = ag?.all.some((x) => x.kind === 'agent' || x.kind === 'title');
              if (ap > at && !(ag && own && !modifies(ap + ag.length))) { ap = at; ag = lookup(at); own = ag?.all.some((x) => x.kind === 'agent' || x.kind === 'title'); }
              if (ag && own && !modifies(ap + ag.length)) {
                const aEnd = ap + ag.length;
                const run = nameRun(T, aEnd, s.to, (x) => lookup(x) !== null);
                const stop = run > aEnd ? run : aEnd;
                const actor = orgActor(e.org, textOf(doc, det(i), stop), ctx.published);
                push({ from: det(i), to: stop, kind: run > aEnd ? 'name' : 'agent', actors: [run > aEnd ? { ...actor, type: 'person', name: textOf(doc, aEnd, run), id: null } : actor] });
                i = stop;
                continue;
              }
              push({ from: det(i), to: end, kind: 'name', actors: [orgActor(e.org, t, ctx.published)] });
              break;
            }
            case 'person': {
              const tp = titleThenPerson(i);
              if (tp && tp.end > end) {
                push({ from: i, to: tp.end, kind: 'name', actors: [titled(tp.person, tp.title, i, tp.end)] });
                i = tp.end;
                continue;
              }
              // 'Betssy Chavez' is not Hugo Chávez: a surname alone, after a first name of someone else, names no one known
              // (a middle initial, 'Donald J. Trump', does not count).
              const first = i > s.from ? T[i - 1] : null;
              if (end === i + 1 && first && first.pos === 'PROPN' && /^[A-Z][a-z]{2,}$/.test(first.text) && !NOT_FIRST_NAMES.test(first.text) && !mentions.some((m) => m.to === i) && !lookup(i - 1)) {
                i = end;
                continue;
              }
              const actor = personActor(e.person, t, ctx.published);
              // 'Putin's spokesman', 'Netanyahu's office', 'the Trump administration': the person's country in the agent's role.
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
              const tp = titleThenPerson(i);
              if (tp) {
                push({ from: i, to: tp.end, kind: 'name', actors: [titled(tp.person, tp.title, i, tp.end)] });
                i = tp.end;
                continue;
              }
              const p = lookup(end);
              if (p && (p.entry.kind === 'adjective' || p.entry.kind === 'country')) { i = end; continue; }
              const run = nameRun(T, end, s.to, (x) => lookup(x) !== null);
              if (run > end) {
                push({ from: i, to: run, kind: 'name', actors: [], role: e.role });
                i = run;
                continue;
              }
              if (i > s.from && T[i - 1].norm === 'the') describe(i - 1, end, { title: e.title, role: e.role });
              else if (i > s.from && T[i - 1].pos === 'PRON' && PRONOUNS[T[i - 1].norm]?.possessive) describe(i - 1, end, { title: e.title, role: e.role, via: i - 1 });
              break;
            }
            case 'agent': {
              // 'an official visit': an agent word used as an adjective names no one; nor does 'a state of emergency'.
              // (Two plurals are two phrases: 'branded his critics traitors'.)
              // ('rejected opposition demands to reinstate parliament': the opposition's demands name the opposition.)
              const owned = e.role === 'OPP' && T[end] && DEMAND_NOUNS.has(T[end].norm);
              if (modifies(end) && !owned && !(/[^s]s$/.test(T[end - 1].norm) && /[^s]s$/.test(T[end].norm))) break;
              if (T[end]?.norm === 'of' && STATE_OF.has(T[end + 1]?.norm ?? '') && T[end - 1].norm === 'state') break;
              // 'calls on social media': platforms, not the press.
              if (T[end - 1].norm === 'media' && i > s.from && T[i - 1].norm === 'social') break;
              const prev = i > s.from ? T[i - 1].norm : '';
              const count = COUNT_WORDS.get(prev);
              const last = T[end - 1];
              if (count && (ix.describes.has(last.lemma) || SIDE_WORDS.has(last.norm))) {
                describe(det(i - 1), end, { title: SIDE_WORDS.has(last.norm) ? 'side' : last.lemma, count, plural: true });
              } else if (i > s.from && T[i - 1].pos === 'PRON' && PRONOUNS[T[i - 1].norm]?.possessive) {
                // 'his government', 'its air defences': the agents of whoever the pronoun names.
                describe(i - 1, end, { role: e.role, via: i - 1 });
              } else if (prev === 'the' && GROUP_WORDS.has(last.norm) && e.role === 'REB') {
                describe(i - 1, end, { title: 'group', role: e.role });
              } else if (prev === 'the' && ORG_WORDS.has(last.norm)) {
                describe(i - 1, end, { title: 'organization', role: e.role });
              } else if (prev === 'the' && INSTITUTIONS.has(last.norm)) {
                describe(i - 1, end, { role: e.role });
              } else {
                push({ from: i, to: end, kind: 'agent', actors: [], role: e.role });
              }
              break;
            }
          }
          i = Math.max(end, mentions.length ? mentions[mentions.length - 1].to : end);
        }
      }
      return { ...doc, mentions: ofCountries(doc, mentions) };
    },
  };
}

/**
 * 'the foreign ministers of Saudi Arabia and Iran', 'leaders of France and Germany': an agent or title named
 * without a country takes the countries after 'of', one actor each, and the country mentions fold into it.
 */
function ofCountries(doc: Doc, mentions: Mention[]): Mention[] {
  const T = doc.tokens;
  const byFrom = new Map(mentions.map((m) => [m.from, m]));
  const folded = new Set<Mention>();
  for (const m of mentions) {
    const role = m.role ?? m.cue?.role;
    // Not 'recalled its ambassador from Israel': someone's own people come from where they were.
    if (m.actors.length || !role || (T[m.to]?.norm !== 'of' && T[m.to]?.norm !== 'from') || m.kind === 'pronoun') continue;
    if (T[m.to].norm === 'from' && (m.cue?.via !== undefined || (m.from > 0 && (T[m.from - 1].norm === "'s" || T[m.from - 1].pos === 'PRON')))) continue;
    // 'investigators from the ICC', 'members of the Wagner group': people of an organisation act for it.
    const org = byFrom.get(m.to + 1) ?? (T[m.to + 1]?.pos === 'DET' ? byFrom.get(m.to + 2) : undefined);
    if (org && org.sentence === m.sentence && org.actors.length === 1 && (org.actors[0].type === 'organization' || (org.actors[0].type === 'group' && !org.actors[0].country))) {
      folded.add(org);
      m.actors = org.actors.map((a) => ({ ...a, rule: `agents:${role} of ${a.code} ('${T[m.to].norm} ${a.text}')` }));
      m.to = org.to;
      m.kind = 'agent';
      m.cue = null;
      continue;
    }
    const parts: Mention[] = [];
    let at = m.to + 1;
    for (;;) {
      const c = byFrom.get(at) ?? (T[at]?.pos === 'DET' ? byFrom.get(at + 1) : undefined);
      if (!c || c.sentence !== m.sentence || !c.actors.length || !c.actors[0].country || c.actors[0].type === 'person') break;
      parts.push(c);
      at = c.to;
      if (T[at]?.norm === ',' || T[at]?.norm === 'and') at += T[at + 1]?.norm === 'and' ? 2 : 1;
      else break;
    }
    if (!parts.length) continue;
    for (const p of parts) folded.add(p);
    m.actors = parts.map((p) => ({ ...p.actors[0], code: p.actors[0].country! + role, sector: role, name: null, id: null, type: 'group', rule: `agents:${role} of ${p.actors[0].country} ('of ${p.actors[0].text}')` }));
    m.to = parts[parts.length - 1].to;
    m.kind = 'agent';
    m.cue = null;
  }
  return folded.size ? mentions.filter((m) => !folded.has(m)) : mentions;
}
