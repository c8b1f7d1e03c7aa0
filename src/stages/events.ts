// Stage: event coding. Verb patterns are tried on every clause, noun patterns on every noun phrase; a match
// with a source and a target becomes an event with its CAMEO code, PLOVER type, status, date, place,
// confidence and the rule that fired. Intentions ('plans to meet') are also coded as such (036).
import { createHash } from 'node:crypto';
import {
  type ActorRef, type Clause, type Doc, type EventRecord, makeMention, type Mention, type PlaceMention, type Stage, type StageContext, type Status,
  type TimeMention,
} from '../core.js';
import type { Knowledge, Pattern } from '../knowledge/types.js';
import { bySpecificity, matchAfter, type MatchInput, POSSESSIVES } from '../text/pattern-match.js';

const PLANNED_ADJ = new Set(['upcoming', 'planned', 'scheduled', 'expected', 'forthcoming', 'future', 'next', 'proposed']);
const HYPOTHETICAL_ADJ = new Set(['potential', 'possible', 'prospective', 'hypothetical', 'likely']);
const PAST_ADJ = new Set(['earlier', 'previous', 'last', 'recent', 'past', 'former']);
const LABEL_VERBS = new Set(['call', 'label', 'brand', 'dub', 'term']);
const TIME_PREPS = new Set(['after', 'during', 'before', 'following', 'since', 'ahead', 'amid', 'at', 'in', 'on']);
/** Nouns of talking together, whose partner may be the object of the clause they stand in. */
const TALK_NOUNS = new Set(['call', 'phone', 'telephone', 'conversation', 'talk', 'meeting', 'summit', 'negotiation', 'negotiations', 'videoconference', 'video']);
/** Nouns of doing something together, when 'joint': 'joint exercises', 'joint patrols'. */
/** Fighting between two sides is each side's on the other: 'clashes between X and Y'. */
const MUTUAL_NOUNS = new Set(['clash', 'fighting', 'exchange', 'skirmish', 'hostilities', 'gunfight', 'firefight', 'ceasefire', 'truce', 'armistice', 'deal', 'agreement', 'accord', 'pact', 'treaty', 'swap']);
const JOINT_NOUNS = new Set(['exercise', 'drill', 'patrol', 'operation', 'project', 'venture', 'manoeuvre', 'maneuver', 'investigation']);
/** Verbs that, with 'for', call for something yet to happen ('called for demonstrations on Monday'). */
const CALL_FOR = new Set(['call', 'push', 'press', 'appeal', 'ask']);

/** Nouns after an event noun that name the same event: 'ceasefire agreement', 'peace deal'. */
const SAME_EVENT_HEADS = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'arrangement', 'package', 'round']);

/** Words that open a subordinate clause after a comma ('..., even as strikes continue', '..., while talks go on'). */
const SUBORDINATE_OPEN = new Set(['as', 'while', 'when', 'whereas', 'although', 'though', 'because', 'once', 'until', 'if', 'unless']);
/** Words that open a clause of time: a place after one is that clause's. */
const SUBORDINATE_TIME = new Set(['since', 'after', 'before', 'while', 'when', 'until', 'as']);

/** Acts that someone did on purpose even when the passive names no one: arrests, abductions, torture, assassinations, shooting, bombing. */
const DELIBERATE = /^(17|181|1821|1822|185|186|19[0-5])/;

/** Words that make an act conditional, and the verbs by which its doer states it as a threat. */
const CONDITIONS = new Set(['if', 'unless', 'should']);
const THREAT_SPEAKING = new Set(['warn', 'threaten', 'vow', 'pledge', 'promise']);
/** Hostile acts a threat can be made of: reducing relations, coercion, assault, fighting, mass violence, halting talks. */
const HOSTILE = /^(16|17|18|19|20)/;

/** Force postures aimed at someone: not at one's own country. */
const SHOW_OF_FORCE = /^(150|152|154)/;

/** Killings and expulsions of many: the mass code, and how many make it one. */
const MASS: Record<string, string> = { '1823': '202', '174': '201' };
const MASS_COUNT: Record<string, number> = { '202': 20, '201': 1000 };
/** Sectors of those who fight: killing them is fighting, not a massacre. */
const COMBATANTS = new Set(['MIL', 'REB', 'INS', 'UAF', 'COP', 'SPY', 'CRM']);
const COUNT_WORDS: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2_000_000, all: 1e9 };

/** The largest number written between two tokens ('more than 460', 'some 800,000', 'tens of thousands', 'all'). */
export function countIn(T: readonly { norm: string; pos: string }[], from: number, to: number): number {
  let best = 0;
  for (let i = from; i < to && i < T.length; i++) {
    const w = T[i].norm;
    const next = T[i + 1]?.norm;
    // 'tens of thousands', 'hundreds of thousands'
    const ofThousands = next === 'of' && T[i + 2]?.norm === 'thousands';
    let n = w === 'tens' && ofThousands ? 20_000 : w === 'hundreds' && ofThousands ? 200_000
      : COUNT_WORDS[w] ?? (T[i].pos === 'NUM' ? Number(w.replace(/,/g, '')) : NaN);
    if (Number.isNaN(n)) continue;
    if (next === 'million') n *= 1e6;
    else if (next === 'thousand') n *= 1e3;
    else if (next === 'hundred') n *= 100;
    best = Math.max(best, n);
  }
  return best;
}

/** Sectors of the state's own armed forces and government. */
const STATE_FORCES = new Set(['MIL', 'GOV']);

/** Sectors of armed actors that are not the state: they may strike their own country. */
const NONSTATE = new Set(['REB', 'INS', 'SEP', 'UAF', 'CRM']);

/** Gatherings that are not protests: 'a campaign rally'. */
const NOT_PROTEST = new Set(['campaign', 'election', 'electoral', 'victory', 'peace', 'pro-government']);
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour', 'stay']);
const WITHIN_PREPS = new Set(['in', 'during']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const SPEECH = new Set(['say', 'tell', 'suggest', 'announce', 'state', 'add', 'claim', 'warn', 'indicate', 'hint', 'signal']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'from', 'into', 'across', 'around']);
const SPECIFIC: Record<string, number> = { site: 4, city: 3, region: 2, other: 1, country: 0 };

interface Candidate {
  sentence: number;
  start: number;
  end: number;
  sources: ActorRef[];
  targets: (ActorRef | null)[];
  code: string;
  status: Status;
  statusCue: string | null;
  time: TimeMention | null;
  place: PlaceMention | null;
  confidence: number;
  rule: string;
}

/** Narrows a candidate's code from its pattern's ('190 -> 195'), saying why in its rule. */
function narrow(cand: Candidate, from: string, to: string, why: string): void {
  cand.rule = cand.rule.replace(` -> ${from};`, ` -> ${from} -> ${to} (${why});`);
  cand.code = to;
}

/** Recodes a candidate in a later pass: its first rule stays, and the new code says why. */
function recode(cand: Candidate, code: string, why: string): void {
  cand.rule = `${cand.rule.split(';')[0]} -> ${code} (${why}); status ${cand.status}`;
  cand.code = code;
}

export function eventsStage(k: Knowledge): Stage {
  const countries = new Map(k.countries.map((c) => [c.code, c]));
  const orgs = new Map(k.organizations.map((o) => [o.code, o]));
  const verbPatterns = new Map<string, Pattern[]>();
  /** Noun patterns by a word as written, looked up once per word. */
  const writtenNouns = new Map<string, Pattern[] | null>();
  const nounPatterns = new Map<string, Pattern[]>();
  for (const p of k.patterns) {
    const map = p.kind === 'verb' ? verbPatterns : nounPatterns;
    const key = p.anchor[0];
    map.set(key, [...(map.get(key) ?? []), p]);
  }
  // More words first; of equal length, one kept to a kind of source or target before one for any.
  const constrained = (p: Pattern) => (p.source || p.target ? 1 : 0);
  for (const list of [...verbPatterns.values(), ...nounPatterns.values()]) list.sort((a, b) => bySpecificity(a, b) || constrained(b) - constrained(a) || b.anchor.length - a.anchor.length);

  return {
    name: 'events',
    run(doc: Doc, ctx: StageContext): Doc {
      const T = doc.tokens;
      const mentionStart = new Map<number, Mention>();
      const inMention = new Set<number>();
      const coveringAt = new Map<number, Mention>();
      for (const m of doc.mentions) {
        // ('his critics': the phrase, not the pronoun that starts it.)
        if (m.actors.length && (!mentionStart.has(m.from) || (mentionStart.get(m.from)!.kind === 'pronoun' && m.kind === 'description' && m.to > m.from + 1))) mentionStart.set(m.from, m);
        if (m.actors.length && m.kind !== 'pronoun') for (let i = m.from; i < m.to; i++) { inMention.add(i); coveringAt.set(i, m); }
      }
      // A city or region that no actor mention covers can still be a target: 'shelled Kharkiv' targets Ukraine.
      const targetAt = new Map(mentionStart);
      for (const p of doc.places) {
        if (targetAt.has(p.from) || inMention.has(p.from) || !p.place.country) continue;
        const c = countries.get(p.place.country);
        if (!c) continue;
        targetAt.set(p.from, makeMention({
          from: p.from, to: p.to, sentence: p.sentence, kind: 'name', place: p.place,
          actors: [{ text: p.place.text, code: c.code, country: c.code, sector: null, name: c.name, id: c.code.toLowerCase(), type: 'country', rule: `places:${p.place.name} (${p.place.kind}) in ${c.code}` }],
        }));
      }
      // 'dropped an atomic bomb on the city': 'the city', 'the town', 'the enclave' is the place of that kind just named.
      // (Only in sentences with a place in them or just before: a cheap pass over few tokens.)
      const placed = new Set<number>();
      for (const p of doc.places) { placed.add(p.sentence); placed.add(p.sentence + 1); }
      for (const sn of placed) {
        const sent = doc.sentences[sn];
        if (!sent) continue;
        for (let i = sent.from; i + 1 < sent.to; i++) {
          if (T[i].norm !== 'the') continue;
          const kinds = PLACE_BACK.get(T[i + 1].lemma);
          if (!kinds || T[i + 2]?.norm === 'of' || targetAt.has(i) || targetAt.has(i + 1) || inMention.has(i + 1)) continue;
          const prior = doc.places.findLast((p) => p.to <= i && p.sentence >= T[i].sentence - 1 && p.place.country && kinds.includes(p.place.kind));
          const c = prior ? countries.get(prior.place.country!) : undefined;
          if (!prior || !c) continue;
          targetAt.set(i, makeMention({
            from: i, to: i + 2, sentence: T[i].sentence, kind: 'description', place: prior.place,
            actors: [{ text: `${T[i].text} ${T[i + 1].text}`, code: c.code, country: c.code, sector: null, name: c.name, id: c.code.toLowerCase(), type: 'country', rule: `places:'${T[i].text} ${T[i + 1].text}' is ${prior.place.name} (${prior.place.kind}) in ${c.code}` }],
          }));
        }
      }
      const asideEndAt = new Map<number, number>();
      const inTime = new Set<number>();
      for (const t of doc.times) {
        for (let i = t.from; i < t.to; i++) inTime.add(i);
        asideEndAt.set(t.from, t.to);
        if (t.from > 0 && T[t.from - 1].pos === 'ADP' && T[t.from - 1].sentence === t.sentence) asideEndAt.set(t.from - 1, t.to);
      }
      // 'in southern Lebanon', 'near the Syrian border town of X': a locative phrase ending in a place.
      for (const p of doc.places) {
        let j = p.from - 1;
        while (j > p.from - 4 && j >= 0 && T[j].sentence === p.sentence && ['ADJ', 'DET'].includes(T[j].pos)) j--;
        if (j >= 0 && T[j].sentence === p.sentence && T[j].pos === 'ADP' && LOCATIVE.has(T[j].norm) && !asideEndAt.has(j)) asideEndAt.set(j, p.to);
      }
      const input: MatchInput = {
        tokens: T, mentionAt: (i) => targetAt.get(i), inMention: (i) => inMention.has(i), covering: (i) => coveringAt.get(i), classes: k.classes,
        asideEnd: (i) => asideEndAt.get(i),
      };
      const candidates: Candidate[] = [];
      const timesBySentence = groupBy(doc.times, (t) => t.sentence);
      const timeAtToken = new Set<number>();
      for (const t of doc.times) for (let x = t.from; x < t.to; x++) timeAtToken.add(x);
      const placesBySentence = groupBy(doc.places, (p) => p.sentence);
      const clausesBySentence = groupBy(doc.clauses, (c) => c.sentence);
      const consumed = new Set<number>();

      const clauseSpan = (c: Clause): [number, number] => [c.verb.from, c.to];
      /**
       * 'a Russian missile struck Kyiv', 'Israeli jets struck': force from the air is an air strike (195); 'Ukrainian shelling
       * killed a woman': shelling or artillery is 194. The subject with its weapon nouns ('Russian strikes'), up to the verb;
       * the code, where the subject ends, and why.
       */
      const forceOf = (source: Mention, verbFrom: number): [string | null, number, string] => {
        let end = source.to;
        while (end < verbFrom && end - source.to < 2 && T[end].pos === 'NOUN') end++;
        const text = doc.text.slice(T[source.from].start, T[end - 1].end);
        const weapon = DRONES.test(text) ? '1952' : AIR_FORCE.test(text) ? '195' : ARTILLERY.test(text) ? '194' : null;
        return [weapon, end, `the source '${text}' ${weapon === '194' ? 'is artillery' : 'strikes from the air'}`];
      };
      /**
       * Where a clause's pattern may reach: over participle phrases on its object ('dispatched ships loaded with food
       * to Cuba', 'allowed a truck carrying diesel into Gaza'), to the end of the sentence at most.
       */
      const reachOf = (c: Clause): number => {
        let end = c.to;
        const list = clausesBySentence.get(c.sentence) ?? NO_CLAUSES;
        for (let n = list.indexOf(c) + 1; n < list.length; n++) {
          const o = list[n];
          const before = T[o.verb.from - 1];
          if (o.verb.from !== end || o.verb.form !== 'participle' || !before || !(before.pos === 'NOUN' || (before.text === ',' && o.verb.lemma === 'include'))) break;
          end = o.to;
        }
        // 'ordered the envoy to leave': a pattern may name the infinitive's verb, just past the clause.
        if (T[end]?.norm === 'to' && T[end + 1]?.pos === 'VERB') end += 1;
        return Math.min(end + 1, doc.sentences[c.sentence].to);
      };
      const within = (from: number, to: number) => (t: { from: number }) => t.from >= from && t.from < to;

      /** The event's time: its own clause, the clauses governing it, then the sentence, in the direction its status allows. */
      const timeFor = (c: Clause | null, sentence: number, status: Status, region?: [number, number]): TimeMention | null => ahead(timeFound(c, sentence, status, region), status, sentence);
      /**
       * 'has called for demonstrations on Monday': a bare weekday read back from a past verb, dating what is yet to come,
       * is the next one.
       */
      const ahead = (t: TimeMention | null, status: Status, sentence: number): TimeMention | null => {
        if (!t || status !== 'planned' || t.direction !== 'past' || t.precision !== 'day' || !t.date || !BARE_WEEKDAY.test(t.text.trim())) return t;
        // ('deployed police on Friday ahead of Saturday's rally': the first such day after another day the sentence names.)
        const other = (timesBySentence.get(sentence) ?? NO_TIMES).find((x) => x !== t && x.precision === 'day' && x.date && !x.modifier);
        if (other?.date && t.date > other.date) return t;
        const d = new Date(`${t.date}T12:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 7);
        return { ...t, date: d.toISOString().slice(0, 10), dateEnd: null, direction: 'future' };
      };
      const timeFound = (c: Clause | null, sentence: number, status: Status, region?: [number, number]): TimeMention | null => {
        const times = timesBySentence.get(sentence) ?? NO_TIMES;
        if (!times.length) return null;
        const fits = (t: TimeMention) =>
          status === 'occurred' || status === 'negated' ? t.direction !== 'future' : status === 'planned' ? t.direction !== 'past' : true;
        // The event's own words ('a day of strikes for next Thursday') date it whichever way they point.
        // (A year on another noun inside them does not: 'an investigation into the 2014 disappearance'.)
        if (region) { const t = times.find((x) => within(...region)(x) && (!x.modifier || !T.slice(region[0], x.from).some((t) => t.pos === 'ADP'))); if (t) return t; }
        for (let cl: Clause | null = c; cl; cl = cl.governor !== null ? doc.clauses[cl.governor] : null) {
          const t = times.find((x) => !x.modifier && within(...clauseSpan(cl!))(x) && fits(x));
          if (t) return t;
        }
        // Elsewhere in the sentence, only a time on the right side of publication: 'announced Thursday
        // that he plans to meet' does not date the meeting.
        const strict = (t: TimeMention) =>
          status === 'occurred' || status === 'negated' ? t.direction !== 'future' : status === 'planned' ? t.direction === 'future' : true;
        // Not a time inside a relative clause before the verb ('Algeria, which broke off relations in 2021, offered')
        const chain = new Set<Clause>();
        for (let cl: Clause | null = c; cl; cl = cl.governor !== null ? doc.clauses[cl.governor] : null) chain.add(cl);
        // (one after the event's verb often shares its day: 'fired on protesters who stormed parliament on Tuesday').
        // Nor one in a contact clause after it ('lifted the curfew they imposed last week'), or a participle on a noun
        // ('refused to release two teachers held since 2022').
        const contact = (o: Clause) => o.verb.from >= 2 && CONTACT_SUBJECTS.has(T[o.verb.from - 1].norm) && T[o.verb.from - 2].pos === 'NOUN' && T[o.verb.from - 2].sentence === o.sentence;
        // (Nor one in a ', which' clause after it: 'has not resumed imports, which it halted in August 2023'.)
        const whichAfter = (o: Clause) => o.verb.from > c!.verb.from && T.slice(Math.max(c!.verb.to, o.verb.from - 4), o.verb.from).some((t, n, a) => t.norm === 'which' && n > 0 && a[n - 1].text === ',');
        const relatives = c ? (clausesBySentence.get(sentence) ?? NO_CLAUSES).filter((o) => !chain.has(o) && ((o.to <= c.verb.from && isRelative(o)) || (o.verb.from > c.verb.from && (contact(o) || whichAfter(o))))) : NO_CLAUSES;
        const participles = c ? (clausesBySentence.get(sentence) ?? NO_CLAUSES).filter((o) => o.verb.from > c.verb.from && o.verb.passive && o.verb.form === 'participle') : NO_CLAUSES;
        const ownedByParticiple = (t: TimeMention) => participles.some((o) => t.from >= o.verb.to && t.from <= o.verb.to + 3 && !T.slice(o.verb.to, t.from).some((x) => x.text === ','));
        return times.find((t) => !t.modifier && strict(t) && !relatives.some((o) => within(...clauseSpan(o))(t)) && !ownedByParticiple(t)) ?? null;
      };
      /** A relative clause: 'who faces', 'which broke off', 'which it imposed'. */
      const isRelative = (o: Clause): boolean => {
        const a = T[o.verb.from - 1];
        if (!a || a.sentence !== o.sentence) return false;
        if (RELATIVE_WORDS.has(a.norm)) return true;
        const b = T[o.verb.from - 2];
        return !!b && b.sentence === o.sentence && (b.norm === 'which' || b.norm === 'whom') && a.pos === 'PRON';
      };
      /** The most specific place given with a locative preposition: in the region, else in the sentence. */
      const placeFor = (sentence: number, region: [number, number] | null, exclude: Set<number>): PlaceMention | null => {
        const ok = (placesBySentence.get(sentence) ?? NO_PLACES).filter((p) => p.locative && !exclude.has(p.from));
        const pick = (list: PlaceMention[]) => list.reduce<PlaceMention | null>((a, b) => (!a || SPECIFIC[b.place.kind] > SPECIFIC[a.place.kind] ? b : a), null);
        return (region && pick(ok.filter(within(...region)))) || pick(ok);
      };
      // A target that is a place ('shelled Kharkiv') is where it happened; a capital standing for its government is not.
      const targetPlace = (m: Mention | null): PlaceMention | null =>
        m?.place && m.place.kind !== 'country' && m.actors[0]?.rule.startsWith('places:') ? { from: m.from, to: m.to, sentence: m.sentence, place: m.place, locative: false } : null;
      const mentionTokens = (ms: (Mention | null)[]) => new Set(ms.flatMap((m) => (m ? [m.from] : [])));

      // Verb patterns, clause by clause.
      const byClause = new Map<number, Candidate>();
      /** The most specific pattern of a verb whose words (all but TARGET) follow it: for requests and joined subjects. */
      const relaxed = (list: Pattern[], from: number, to: number, trivial = true): Pattern | undefined =>
        list.find((p) => {
          const words = withoutTarget(p);
          if (words.after.length === 0) return false;
          const h = matchAfter(words, from, to, input);
          return h !== null && h.literals > 0;
        }) ?? (trivial ? list.find((p) => withoutTarget(p).after.length === 0) : undefined);
      /**
       * 'Russia denied that its forces had struck a building in Sumy': besides the act, negated, the denial (016)
       * by the subject of 'deny', aimed at whoever the act would have struck.
       */
      const denial = (c: Clause, targets: (ActorRef | null)[], act: Candidate) => {
        const gov = c.governor !== null ? doc.clauses[c.governor] : null;
        if (!gov || !DENIALS.has(gov.verb.lemma) || !gov.subject?.actors.length || gov.inQuote || gov.verb.passive) return;
        // 'denied a U.S. allegation that Tehran had sent missiles': the denial is aimed at the accuser, already coded.
        if (byClause.get(c.governor!)?.code === '016') return;
        denyAct(gov, framing(gov, c), targets, act);
      };
      /** The denial (016) of an act by the subject of 'deny', aimed at whoever the act would have struck. */
      const denyAct = (gov: Clause, status: Status, targets: (ActorRef | null)[], act: Candidate): void => {
        if (!gov.subject?.actors.length) return;
        const denier = gov.subject.actors;
        // (At home too, but not on itself: 'denied committing genocide against the Rohingya'.)
        const victims = targets.filter((a): a is ActorRef => a !== null && !denier.some((d) => d.code === a.code));
        if (!victims.length) return;
        candidates.push({
          ...act, start: T[Math.min(gov.subject.from, gov.verb.from)].start, sources: denier, targets: victims, code: '016', status, statusCue: gov.statusCue,
          time: timeFor(gov, gov.sentence, status), confidence: Math.max(0.5, act.confidence - 0.1),
          rule: `${act.rule.split(';')[0]}, denied by '${gov.verb.lemma}' -> 016; the denial is aimed at the act's target; status ${status}`,
        });
      };
      /**
       * 'Kirk was shot dead in Utah', 'the opposition leader was arrested in Istanbul': a violent act or an arrest
       * in the passive with no agent is done by someone in the country where it happened (its police, for arrests).
       */
      const unnamedAgent = (c: Clause, list: Pattern[]): Mention | null => {
        // Not killings, injuries or displacement: 'was killed in a helicopter crash' may be no one's act.
        if (!c.subject?.actors.length) return null;
        // '..., an attack that Iran blamed on Israel', '..., an attack claimed by Islamic State': the one it is laid on.
        if (list.some((p) => objectFirst(p) && /^(18|19|20)/.test(p.code))) {
          const s = doc.sentences[c.sentence];
          for (let i = c.to; i + 2 < s.to; i++) {
            const laid = (T[i].lemma === 'blame' && T[i + 1].norm === 'on') || (T[i].lemma === 'claim' && T[i + 1].norm === 'by' && T[i].pos === 'VERB');
            const m = laid ? mentionStart.get(T[i + 2].pos === 'DET' ? i + 3 : i + 2) : undefined;
            if (m?.actors.length) return m;
          }
        }
        if (!list.some((p) => objectFirst(p) && DELIBERATE.test(p.code))) return null;
        // 'urged Tehran to free X, two French citizens held since 2022': who is to free them holds them.
        if (c.verb.form === 'participle' && list.some((p) => objectFirst(p) && p.code.startsWith('17'))) {
          const freer = (clausesBySentence.get(c.sentence) ?? NO_CLAUSES).find((o) => o !== c && FREEING.has(o.verb.lemma) && o.verb.to <= c.subject!.from && o.subject?.actors.length && !o.verb.passive &&
            !T.slice(o.verb.to, c.subject!.from).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'that'));
          if (freer?.subject) return freer.subject;
        }
        const where = placeFor(c.sentence, [c.verb.from, c.to], new Set());
        let country = where?.place.country ? countries.get(where.place.country) : undefined;
        let placeText = where?.place.text ?? '';
        // 'tortured in Russian detention facilities', 'in Syrian government prisons': the country that holds them.
        if (!country) {
          for (let i = c.verb.to; i + 1 < c.to && !country; i++) {
            if (T[i].norm !== 'in') continue;
            const m = mentionStart.get(T[i + 1].pos === 'DET' ? i + 2 : i + 1);
            const a = m?.adjectival ? m.actors[0] : undefined;
            if (a?.country && countries.has(a.country)) { country = countries.get(a.country); placeText = a.text; }
          }
        }
        if (!country) return null;
        const arrest = list.find((p) => objectFirst(p))?.code.startsWith('17');
        const actor: ActorRef = arrest ? domesticActor(country, '173', placeText)
          : { text: '', code: country.code, country: country.code, sector: null, name: country.name, id: country.code.toLowerCase(), type: 'country', rule: `places: no agent named, so someone in ${country.code} ('${placeText}'), where it happened` };
        return makeMention({ from: c.verb.from, to: c.verb.to, sentence: c.sentence, kind: 'description', place: null, actors: [actor] });
      };
      /**
       * 'Thousands of supporters of Imran Khan converged': the subject named is whom the crowd follows. Where the subject's
       * name begins, past an appositive ('Imran Khan, Pakistan's jailed former prime minister,'), if a crowd is of it; else -1.
       */
      const crowdAt = (c: Clause): number => {
        // ('Thousands of Italians marched': people named are the crowd itself.)
        if (!c.subject || c.subject.actors.some((a) => a.sector === 'CVL')) return -1;
        let from = c.subject.from;
        if (from >= 2 && T[from - 1].text === ',') { const m = coveringAt.get(from - 2); if (m && m.to === from - 1) from = m.from; }
        if (from < 2 || T[from - 1].norm !== 'of') return -1;
        const head = T[from - 2].norm;
        return CROWDS.has(head) || (['supporters', 'followers', 'loyalists'].includes(head) && from >= 4 && T[from - 3].norm === 'of' && CROWDS.has(T[from - 4].norm)) ? from : -1;
      };
      /**
       * 'Thousands protested in Istanbul over the detention of the mayor', 'Hundreds marched in Dhaka': a crowd no one
       * names, protesting in a place, is the people of its country.
       */
      const crowd = (c: Clause, list: Pattern[]): Mention | null => {
        if (c.verb.passive || c.verb.form !== 'finite') return null;
        const at = crowdAt(c);
        const of = at >= 0;
        let j = of ? at - 2 : c.verb.from - 1;
        // ('Thousands of supporters of X': back past the followers to the crowd.)
        if (of && !CROWDS.has(T[j].norm)) j -= 2;
        while (!of && j >= doc.sentences[c.sentence].from && c.verb.from - j <= 5 && !CROWDS.has(T[j].norm) && ['NOUN', 'PROPN', 'ADP', 'ADJ', 'NUM', 'DET'].includes(T[j].pos)) j--;
        if (j < doc.sentences[c.sentence].from || !CROWDS.has(T[j].norm) || inMention.has(j)) return null;
        if (!list.some((p) => p.code.startsWith('14'))) return null;
        const where = placeFor(c.sentence, [j, c.to], new Set());
        // (With no place, the country of the one they follow.)
        const code = where?.place.country ?? (of ? c.subject!.actors[0]?.country : undefined);
        const country = code ? countries.get(code) : undefined;
        if (!country) return null;
        return makeMention({ from: j, to: j + 1, sentence: c.sentence, kind: 'description', place: null, actors: [domesticActor(country, '141', where?.place.text ?? c.subject!.actors[0].text)] });
      };
      /** Prepositions between two tokens, those that open a time phrase aside. */
      const adpositionsBetween = (from: number, to: number): number => {
        let n = 0;
        for (let t = from; t < to; t++) if (T[t].pos === 'ADP' && !inTime.has(t + 1)) n++;
        return n;
      };
      /** Places in a later clause of time than `c` ('since signing a declaration at the White House'). */
      const laterClausePlaces = (c: Clause): Set<number> => {
        const out = new Set<number>();
        for (const x of placesBySentence.get(c.sentence) ?? NO_PLACES) {
          if (x.from < c.to) continue;
          for (let t = c.to; t < x.from; t++) if (SUBORDINATE_TIME.has(T[t].norm)) { out.add(x.from); break; }
        }
        return out;
      };
      // Sentences with no actor and no place of a known country can have no event: every event needs a source, named
      // or found from a place. (About a third of news text; skipped by each pass.)
      const live = new Set<number>();
      // (And agents no country is known for, by where they start.)
      const unplacedAgentAt = new Set<number>();
      for (const m of doc.mentions) if (m.actors.length) live.add(m.sentence); else if (m.kind === 'agent') unplacedAgentAt.add(m.from);
      for (const p of doc.places) if (p.place.country) live.add(p.sentence);
      doc.clauses.forEach((c, clauseIndex) => {
        if (c.inQuote || !live.has(c.sentence)) return;
        // 'was optimistic about', 'is pessimistic that': the adjective after 'be' is the predicate.
        // ('was deeply concerned by': past an adverb.)
        const adjAt = c.verb.lemma === 'be' && T[c.verb.to]?.pos === 'ADV' && T[c.verb.to + 1]?.pos === 'ADJ' && T[c.verb.to + 1].sentence === c.sentence ? c.verb.to + 1 : c.verb.to;
        const adj = c.verb.lemma === 'be' && T[adjAt]?.pos === 'ADJ' ? T[adjAt] : null;
        const list = (adj ? verbPatterns.get(adj.lemma) : undefined) ?? verbPatterns.get(c.verb.lemma);
        // 'demanded that Canada and Mexico stop the flow of migrants', 'urged NATO allies to raise defence spending': a change
        // of policy asked for with no pattern of its own is an appeal or demand for policy change (0242, 1042).
        const asked = c.governor !== null ? byClause.get(c.governor) : undefined;
        const policyAsked = !!asked && ['02', '10'].includes(asked.code.slice(0, 2)) && asked.code.length <= 3 && asked.code.endsWith('0') &&
          (c.verb.form === 'infinitive' || c.frame !== null) && POLICY_VERBS.has(c.verb.lemma);
        if (!list || (policyAsked && !relaxed(list, c.verb.to, Math.min(c.to + 1, doc.sentences[c.sentence].to), false))) {
          if (policyAsked) {
            const sub = mapCode(k.requests.get(asked.code.slice(0, 2))!, '0832');
            if (sub) { asked.code = sub; asked.rule = `${asked.rule}; asks to '${c.verb.lemma}' a policy -> ${sub}`; }
          }
          if (!list) return;
        }
        // 'shelled Kherson, killing two residents', 'detonated a car bomb ..., killing at least eight people': the toll of
        // an attack just coded is part of that attack, not an event of its own.
        if (c.verb.form === 'participle' && TOLL_VERBS.has(c.verb.lemma) && T[c.verb.from - 1]?.text === ',' && c.governor !== null &&
          (byClause.get(c.governor)?.code ?? '') >= '17') return;
        // 'launched a general strike, shutting down the airport': what a strike or protest shuts is part of it.
        if (c.verb.form === 'participle' && STRIKE_EFFECTS.has(c.verb.lemma) && T[c.verb.from - 1]?.text === ',' && c.governor !== null &&
          (byClause.get(c.governor)?.code ?? '').startsWith('14')) return;
        // 'F-16 jets from Denmark have been delivered to Ukraine': with no agent, the thing given is the subject, and
        // its owners gave it. The pattern's first word is found in the subject, the rest after the verb.
        // 'Information on Iranian air defences was passed to Israel by U.S. agencies': the thing given is the subject,
        // the agent gave it.
        const giver = c.agent ?? (c.subject?.actors.length ? c.subject : null);
        if (c.verb.passive && giver && GIVING.has(c.verb.lemma)) {
          const [from, to] = c.agent ? [doc.sentences[c.sentence].from, c.verb.from] : [giver.from, giver.to];
          for (const p of list) {
            const [head, rest] = splitFirstWord(p);
            if (!head || !rest.after.includes('TARGET')) continue;
            let at = -1;
            for (let t = to - 1; t >= from && at < 0; t--) if (matchAfter(head, t, t + 1, input)) at = t;
            if (at < 0) continue;
            const hit = matchAfter(rest, c.verb.to, reachOf(c), input);
            if (!hit?.target || hit.target === giver || hit.target === c.subject) continue;
            const cand: Candidate = {
              sentence: c.sentence, start: T[Math.min(at, giver.from)].start, end: T[Math.max(hit.end, giver.to) - 1].end, sources: giver.actors, targets: [hit.target, ...hit.moreTargets].flatMap((m) => m.actors),
              code: p.code, status: c.status, statusCue: c.statusCue, time: timeFor(c, c.sentence, c.status),
              place: placeFor(c.sentence, [c.verb.from, c.to], mentionTokens([giver, hit.target])), confidence: 0.55,
              rule: `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}; '${T[at].text}' given${c.agent ? '' : ' by its owners'}, the subject of the passive; status ${c.status}`,
            };
            candidates.push(cand);
            byClause.set(clauseIndex, cand);
            return;
          }
        }
        // '... denied a U.S. allegation, calling it baseless': naming what one denies is the denial, already coded.
        if (LABEL_VERBS.has(c.verb.lemma) && c.verb.form === 'participle' && T[c.verb.from - 1]?.text === ',' && c.governor !== null &&
          byClause.get(c.governor)?.code === '016' && ['it', 'them', 'this', 'that'].includes(T[c.verb.to]?.norm ?? '')) return;
        // 'A night-time curfew will be imposed in Antananarivo': with no agent and no actor as subject, what is imposed is
        // the subject, and the place's authorities impose it.
        if (c.verb.passive && !c.agent && !c.subject?.actors.length && IMPOSING.has(c.verb.lemma)) {
          const s0 = doc.sentences[c.sentence].from;
          for (const p of list) {
            const [head, rest] = splitFirstWord(p);
            if (!head || !rest.after.includes('TARGET') || !HOME_CODES.test(p.code)) continue;
            let at = -1;
            for (let t = c.verb.from - 1; t >= s0 && t >= c.verb.from - 6 && at < 0; t--) if (matchAfter(head, t, t + 1, input)) at = t;
            if (at < 0) continue;
            const hit = matchAfter(rest, c.verb.to, reachOf(c), input);
            const country = hit?.target?.actors[0]?.country ? countries.get(hit.target.actors[0].country) : undefined;
            if (!hit || !country) continue;
            const cand: Candidate = {
              sentence: c.sentence, start: T[at].start, end: T[hit.end - 1].end, sources: [domesticActor(country, p.code, hit.target!.actors[0].text)], targets: [homeCountry(country)],
              code: p.code, status: c.status, statusCue: c.statusCue, time: timeFor(c, c.sentence, c.status),
              place: placeFor(c.sentence, [c.verb.from, c.to], new Set()), confidence: 0.5,
              rule: `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}; '${T[at].text}' ${c.verb.lemma}d with no one named, so by the authorities of ${country.code}; status ${c.status}`,
            };
            candidates.push(cand);
            byClause.set(clauseIndex, cand);
            return;
          }
        }
        // 'Philippine troops will be placed on heightened alert': forces put on alert in the passive are their country's posture
        // (152; police, 151), aimed at the one other country the sentence names.
        if (c.verb.passive && !c.agent && (c.verb.lemma === 'place' || c.verb.lemma === 'put') && c.subject?.actors.length === 1 &&
          T.slice(c.verb.to, Math.min(doc.sentences[c.sentence].to, c.verb.to + 5)).some((t) => t.lemma === 'alert' || t.lemma === 'readiness')) {
          const a = c.subject.actors[0];
          if (a.country && (a.sector === 'MIL' || a.sector === 'COP')) {
            const code = a.sector === 'COP' ? '151' : '152';
            const cand: Candidate = {
              sentence: c.sentence, start: T[c.subject.from].start, end: T[c.verb.to - 1].end, sources: c.subject.actors, targets: [null],
              code, status: c.status, statusCue: c.statusCue, time: timeFor(c, c.sentence, c.status), place: placeFor(c.sentence, [c.verb.from, c.to], new Set()), confidence: 0.55,
              rule: `'${c.verb.lemma === 'place' ? 'placed' : 'put'} on alert' in the passive -> ${code}, the forces' own country's posture; status ${c.status}`,
            };
            candidates.push(cand);
            byClause.set(clauseIndex, cand);
            return;
          }
        }
        // 'was extradited from Germany to the United States': with no agent, who sent them away is 'from' whom.
        if (c.verb.passive && !c.agent && FROM_SENDERS.has(c.verb.lemma)) {
          let from: Mention | undefined;
          for (let i = c.verb.to; i + 1 < c.to && !from; i++) if (T[i].norm === 'from') from = targetAt.get(i + 1) ?? (T[i + 1].pos === 'DET' ? targetAt.get(i + 2) : undefined);
          if (from?.actors.length) {
            for (const p of list) {
              if (objectFirst(p) || !p.after.includes('TARGET')) continue;
              const hit = matchAfter(p, c.verb.to, reachOf(c), input);
              if (!hit?.target || hit.target === from || hit.target.actors.some((a) => from!.actors.some((b) => b.code === a.code))) continue;
              const cand: Candidate = {
                sentence: c.sentence, start: T[c.verb.from].start, end: T[hit.end - 1].end, sources: from.actors, targets: [hit.target, ...hit.moreTargets].flatMap((m) => m.actors),
                code: p.code, status: c.status, statusCue: c.statusCue, time: timeFor(c, c.sentence, c.status),
                place: placeFor(c.sentence, [c.verb.from, c.to], mentionTokens([from, hit.target])), confidence: 0.55,
                rule: `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}; sent 'from' ${from.actors[0].code}, the passive naming no agent; status ${c.status}`,
              };
              candidates.push(cand);
              byClause.set(clauseIndex, cand);
              return;
            }
          }
        }
        const source = c.verb.passive ? c.agent ?? unnamedAgent(c, list) : c.subject?.actors.length && crowdAt(c) < 0 ? c.subject : crowd(c, list) ?? c.subject;
        if (!source || !source.actors.length) return;
        let coded = false;
        const passiveAgents: Mention[] = [];
        // 'asked Sweden to extradite dozens of people': the action asked for decides the request's sub-code
        // even with no actor after it.
        const asker0 = c.governor !== null ? byClause.get(c.governor) : undefined;
        if (asker0 && ['02', '10'].includes(asker0.code.slice(0, 2)) && (c.verb.form === 'infinitive' || c.frame !== null) && asker0.code.length <= 3 && asker0.code.endsWith('0')) {
          const askEnd = Math.min(c.to + 1, doc.sentences[c.sentence].to);
          // With no words of the act matched, its plain pattern when the verb takes an object ('extradite dozens of
          // militants'), not a preposition ('return to the negotiating table' is no return of anyone).
          const objectNext = T[c.verb.to] && T[c.verb.to].sentence === c.sentence && T[c.verb.to].pos !== 'ADP' && T[c.verb.to].pos !== 'PUNCT';
          const p = relaxed(list, c.verb.to, askEnd, false) ?? (objectNext ? list.find((x) => withoutTarget(x).after.length === 0) : undefined);
          const sub = p ? mapCode(k.requests.get(asker0.code.slice(0, 2))!, p.code) : undefined;
          if (p && sub) {
            asker0.code = sub;
            asker0.rule = `${asker0.rule}; asks for ${p.code} (${p.id}) -> ${sub}`;
            return;
          }
        }
        for (const p of list) {
          let hit = null;
          let target: Mention | null = null;
          if (c.verb.passive && !c.subject && targetInside(p)) {
            // 'A British cargo ship was sunk by the Houthis' fits 'sink (a) TARGET @wdship': with no actor for subject, the
            // pattern's object phrase is the noun phrase right before the verb.
            let np = c.verb.from;
            while (np > doc.sentences[c.sentence].from && c.verb.from - np < 6 && SUBJECT_PHRASE.has(T[np - 1].pos)) np--;
            const inner = np < c.verb.from ? matchAfter(p, np, c.verb.from, input) : null;
            if (!inner?.target || inner.end !== c.verb.from) continue;
            hit = { target: inner.target, moreTargets: inner.moreTargets, end: c.verb.to, literals: inner.literals };
          } else if (c.verb.passive) {
            if (!objectFirst(p) || !c.subject) continue;
            // 'was shot dead' fits 'shoot TARGET dead'; 'was shot several times' only 'shoot TARGET'.
            const rest = p.after.length > 1 ? matchAfter(afterTarget(p), c.verb.to, Math.min(c.to + 1, doc.sentences[c.sentence].to), input) : null;
            if (p.after.length > 1 && !rest) continue;
            hit = { target: c.subject, moreTargets: c.coSubjects, end: rest ? rest.end : c.verb.to, literals: rest ? rest.literals : 0 };
            // 'was recognised by Britain, Canada and Australia': every agent.
            if (c.agent) {
              let at = c.agent.to;
              while (at + 1 < doc.sentences[c.sentence].to && (T[at].norm === ',' || T[at].norm === 'and')) {
                const nx = mentionStart.get(T[at + 1].norm === 'and' ? at + 2 : at + 1);
                if (!nx) break;
                passiveAgents.push(nx);
                at = nx.to;
              }
            }
          } else {
            hit = matchAfter(p, adj && p.anchor[0] === adj.lemma ? adjAt + 1 : c.verb.to, reachOf(c), input);
            if (!hit) continue;
          }
          target = hit.target;
          // A pattern for one kind of source or target ('troops leave a country', 'withdraw from an international body').
          if (p.source && !source.actors.some((a) => fits(a, p.source!))) continue;
          if (p.target && !(target?.actors.some((a) => fits(a, p.target!)) ?? false)) continue;
          // 'rallied support', 'demonstrated its resolve': a verb with an object is not the bare intransitive act.
          const obj = T[c.verb.to];
          if (p.intransitive && p.after.length === 0 && !c.verb.passive && obj && obj.sentence === c.sentence &&
            (['DET', 'NOUN', 'ADJ'].includes(obj.pos) || (obj.pos === 'PRON' && POSSESSIVES.has(obj.norm)))) continue;
          // 'investigated its crackdown': the subject's own possessive is no target; another pattern may fit.
          if (target && target.kind === 'pronoun' && target.possessive && target.actors.every((a) => source.actors.some((b) => b.code === a.code))) {
            // 'Pakistan said Indian drones had not struck any of its military installations': force is not used on one's
            // own; 'its' is the one who says so.
            const saying = (clausesBySentence.get(c.sentence) ?? NO_CLAUSES).findLast((o) => o.verb.from < c.verb.from && SAYING.has(o.verb.lemma));
            const speaker = p.code >= '18' && p.code < '21' ? saying?.subject ?? null : null;
            if (!speaker || !speaker.actors.length || speaker.actors.some((a) => source.actors.some((b) => b.country === a.country))) continue;
            target = speaker;
          }
          // 'calling the warrant absurd', 'called it a betrayal': naming something, not a phone call.
          if (LABEL_VERBS.has(c.verb.lemma) && !p.code.startsWith('11') && target && (c.verb.form === 'participle' || ['ADJ', 'DET', 'NOUN'].includes(T[target.to]?.pos ?? ''))) continue;
          if (!target && !p.intransitive) {
            // No TARGET in the pattern: the first actor after the verb in the clause is the target, unless
            // joined subjects act on each other ('Ukraine and the United States signed an agreement').
            if (p.after.includes('TARGET')) continue;
            if ((k.reciprocal.has(c.verb.lemma) || p.mutual) && [source, ...c.coSubjects].flatMap((m) => m.actors).length >= 2) continue;
            // 'vetoed the draft resolution': the pattern names whose it is when the sentence does not.
            const org = p.otherwise ? orgs.get(p.otherwise) : undefined;
            if (org) {
              target = makeMention({ from: c.verb.head, to: c.verb.head + 1, sentence: c.sentence, kind: 'description', place: null,
                actors: [{ text: '', code: org.code, country: org.country, sector: org.sector as ActorRef['sector'], name: org.name, id: org.id, type: org.type, rule: `${p.id}: no one named, so ${org.name}` }] });
            }
            // A predicate ('optimistic about reaching a deal with Moscow') reaches into the clauses after it.
            const until = adj ? doc.sentences[c.sentence].to : c.to;
            let locativeEnd = -1;
            for (let i = c.verb.to; i < until && !target; i++) {
              const lead = T[i - 1]?.pos === 'DET' ? T[i - 2] : T[i - 1];
              // ('release 120 million euros in aid for Gaza': a place after 'for' or 'to' is whom it is for.)
              const m = mentionStart.get(i) ?? (lead && BENEFICIARY.has(lead.norm) ? targetAt.get(i) : undefined);
              // 'in Iraq and Afghanistan': a place after 'in', and those joined to it, are where, not whom.
              const placeLike = !!lead && (LOCATIVE.has(lead.norm) || (lead.norm === 'and' && locativeEnd === lead.i));
              if (m && placeLike) locativeEnd = m.to;
              // ('lifted the curfew it imposed': a pronoun right before a verb is that verb's subject.)
              // ('launched joint army, navy and rocket force drills': the source's own forces among the pattern's words are no target.)
              const ownWithin = !!m && p.mutual && m.from < hit.end && m.actors.every((a) => a.country && source.actors.some((b) => b.country === a.country));
              if (m && !T[i].quoted && !placeLike && m !== source && !ownWithin && !(m.kind === 'pronoun' && T[m.to]?.pos === 'VERB' && T[m.to].sentence === m.sentence)) target = m;
              if (T[i].text === ',' || T[i].text === ';') break;
              // ('ban parties that take money from Moscow': not into a relative clause on the object.)
              if (RELATIVE_WORDS.has(T[i].norm) || (T[i].norm === 'that' && T[i - 1]?.pos === 'NOUN')) break;
            }
            // '..., calling the move discriminatory': what is condemned is the doing of the first other actor named before.
            if (!target && p.code.startsWith('11') && literalsMatched(p, hit)) {
              for (let i = doc.sentences[c.sentence].from; i < c.verb.from && !target; i++) {
                const m = coveringAt.get(i) ?? mentionStart.get(i);
                if (m && m !== source && m.actors.length && !m.actors.some((a) => source.actors.some((b) => b.country && b.country === a.country))) target = m;
              }
            }
            // 'militants attacked a checkpoint in northern Mali': an attack on no named actor is on the place's country.
            // (Not for what is done at home: 'could ban parties that take money from Moscow' bans Moldovan parties.)
            if (!target && p.code >= '17' && p.code < '21' && !HOME_CODES.test(p.code)) {
              const where = placeFor(c.sentence, [c.verb.from, c.to], new Set());
              if (where?.place.country) target = placeMention(where, countries);
            }
            if (!target) continue;
          }
          // ('could amount to genocide': force with no one named falls on the place's country too, if the sentence has one.)
          if (!target && p.intransitive && p.code >= '18' && p.code < '21') {
            const where = placeFor(c.sentence, [c.verb.from, c.to], new Set()) ?? (source.from < c.verb.from ? placeFor(c.sentence, [source.to, c.verb.from], new Set()) : null);
            if (where?.place.country && !source.actors.some((a) => a.country === where.place.country)) target = placeMention(where, countries);
          }
          const region: [number, number] = [c.verb.from, c.to];
          const status = c.status;
          const sources = [source, ...(c.verb.passive ? passiveAgents : c.coSubjects)];
          // 'brokered talks between Thailand and Cambodia': the talks mediated are an event too.
          // (Through a target found after the pattern's words: 'pledged 120 million euros in humanitarian aid for Gaza' is one event.)
          const giving = p.code.startsWith('07') || p.code.startsWith('03');
          const consumedEnd = p.code === '045' ? c.verb.head + 1 : Math.max(hit.end, giving && target && target.sentence === c.sentence && target.from >= hit.end && target.to <= c.to ? target.to : 0);
          for (let i = c.verb.head; i < consumedEnd; i++) consumed.add(i);
          const time = timeFor(c, c.sentence, status);
          const place = placeFor(c.sentence, region, mentionTokens([source, target])) ?? targetPlace(target);
          const viaCoref = sources.some((m) => m.actors.some((a) => a.rule.startsWith('coreference')));
          const confidence = Math.min(0.95, 0.55 + 0.1 * hit.literals + (p.after.includes('TARGET') ? 0.1 : 0) - (viaCoref ? 0.1 : 0));
          const rule = `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}`;
          const cand: Candidate = {
            sentence: c.sentence, start: T[Math.min(source.from, c.verb.from)].start, end: T[Math.max(hit.end, target ? target.to : 0, c.verb.to) - 1].end,
            sources: sources.flatMap((m) => m.actors), targets: target ? [target, ...hit.moreTargets].flatMap((m) => m.actors) : [null], code: p.code, status, statusCue: c.statusCue,
            time, place, confidence, rule: `${rule}; status ${status}${c.statusCue ? ` ('${c.statusCue}')` : ''}`,
          };
          // 'will seize Gaza City', 'captured the town of Bakhmut': a place seized is territory occupied (192), not property (171).
          if (cand.code === '171' && target?.place && target.kind !== 'metonym' && target.actors[0]?.type === 'country' && SEIZING.has(c.verb.lemma)) narrow(cand, '171', '192', 'a place seized is territory');
          // 'Fico was shot', 'shot dead the opposition leader': shooting a named person is an assassination attempt (185), or one done (186).
          const shotAt = cand.code === '193' ? '185' : cand.code === '1823' ? '186' : null;
          if (shotAt && c.verb.lemma === 'shoot' && cand.targets.length > 0 && cand.targets.every((a) => a?.type === 'person')) {
            Object.assign(cand, { code: shotAt, rule: cand.rule.replace(/ -> (193|1823);/, ` -> $1 -> ${shotAt} (a named person shot);`) });
          } else if (cand.code === '1823' && cand.targets.length > 0 && cand.targets.every((a) => a?.type === 'person' && (a.name !== null || a.role))) {
            // 'killed Hezbollah leader Hassan Nasrallah', 'planned to kill Israel's ambassador': killing a named person or
            // an office holder is an assassination (186).
            Object.assign(cand, { code: '186', rule: cand.rule.replace(/ -> 1823;/, ' -> 1823 -> 186 (a named person or office holder killed);') });
          }
          // 'killed about 100 people in a night-time attack': killing many who are not fighters is a mass killing (202);
          // 'will deport up to 10,000 migrants', 'expel all undocumented Afghans': expelling many is a mass expulsion (201).
          const massCode = MASS[cand.code];
          if (massCode && target && !target.actors.some((a) => a.sector && COMBATANTS.has(a.sector))) {
            // The count stands in the object, named or not ('killed more than 460 patients').
            const n = countIn(T, c.verb.to, Math.max(hit.end, Math.min(c.to, c.verb.to + 6)));
            if (n >= MASS_COUNT[massCode]) narrow(cand, p.code, massCode, `${n >= 1e9 ? 'all' : n} of them`);
          }
          // 'a Russian missile struck Kyiv', 'Israeli jets struck': force from the air is an air strike (195).
          // 'Ukrainian shelling killed a woman': shelling or artillery is 194.
          // The subject with its weapon noun ('Ukrainian shelling', 'Russian strikes'), up to the verb.
          const [weapon, sourceEnd, why] = cand.code === '190' || cand.code === '1823' ? forceOf(source, c.verb.from) : [null, source.to, ''];
          if (weapon) {
            for (let x = source.to; x < sourceEnd; x++) consumed.add(x);
            narrow(cand, p.code, weapon, why);
          }
          const gov0 = c.governor !== null ? doc.clauses[c.governor] : null;
          // 'urged Japan to hold joint exercises': the action asked for gives the appeal (or demand) its
          // sub-code, and is not an event of its own.
          const asker = c.governor !== null ? byClause.get(c.governor) : undefined;
          const askRoot = asker?.code.slice(0, 2);
          if (asker && (askRoot === '02' || askRoot === '10') && (c.verb.form === 'infinitive' || c.frame)) {
            const map = k.requests.get(askRoot);
            const sub = map?.get(p.code) ?? map?.get(p.code.slice(0, 3)) ?? map?.get(p.code.slice(0, 2));
            if (sub && asker.code.length <= 3 && asker.code.endsWith('0')) {
              asker.code = sub;
              asker.rule = `${asker.rule}; asks for ${p.code} (${p.id}) -> ${sub}`;
            }
            for (let i = c.verb.head; i < hit.end; i++) consumed.add(i);
            coded = true;
            break;
          }
          // 'threatened to cut ties', 'refused to release the prisoners': the threat or refusal is the event.
          const fr = c.frame ? k.frames.get(c.frame) : undefined;
          if (fr?.recode && gov0) {
            const re = mapCode(k.recodes.get(fr.recode)!, p.code);
            const govStatus = framing(gov0, c);
            if (re) Object.assign(cand, { code: re, status: govStatus, statusCue: gov0.statusCue, time: timeFor(gov0, gov0.sentence, govStatus), rule: `frames:${fr.lemma} + ${cand.rule.split(';')[0]} -> ${re}; status ${govStatus}` });
            // A threat or refusal the table does not know keeps the action, with the frame's status.
            const prior = byClause.get(c.governor!);
            if (re && prior && prior.code.slice(0, 2) === re.slice(0, 2)) { prior.code = re; prior.rule = `${prior.rule}; of ${p.code} -> ${re}`; coded = true; break; }
          }
          // 'stopped sharing intelligence with Kyiv': halting a cooperative action is a 16x event.
          if (c.frame && k.haltVerbs.has(c.frame)) {
            const halted = mapCode(k.halts, p.code);
            if (!halted) { coded = true; break; }
            Object.assign(cand, { code: halted, rule: `frames:${c.frame} + ${cand.rule.split(';')[0]} -> ${halted} (halted)` });
          }
          candidates.push(cand);
          byClause.set(clauseIndex, cand);
          if (target) denial(c, [target, ...hit.moreTargets].flatMap((m) => m.actors), cand);
          // 'India rejected Trudeau's allegation': denying an accusation tells of the accusation, its maker's on the denier.
          if (p.code === '016' && target && p.after.includes('@accusation') && T.slice(c.verb.to, hit.end).some((t) => ACCUSATION_WORDS.has(t.lemma))) {
            candidates.push({
              ...cand, sources: target.actors, targets: sources.flatMap((m) => m.actors), code: '112', status: 'occurred', statusCue: null,
              time: timeFor(null, c.sentence, 'occurred'), confidence: Math.max(0.5, confidence - 0.1),
              rule: `${rule} -> 112; the accusation denied, by its maker on the denier; status occurred`,
            });
          }
          // 'plans to meet', 'offered to mediate': a cooperative action intended is coded as the intention
          // (036, 039 ...), dated when it was stated; other actions keep their own code with the frame's status.
          const gov = c.governor !== null ? doc.clauses[c.governor] : null;
          const frame = c.frame ? k.frames.get(c.frame) : undefined;
          const intent = k.intents.get(p.code) ?? k.intents.get(p.code.slice(0, 3)) ?? k.intents.get(p.code.slice(0, 2));
          if (gov && frame?.intent && intent) {
            const govStatus = framing(gov, c);
            Object.assign(cand, {
              code: intent, status: govStatus, statusCue: gov.statusCue, time: timeFor(gov, gov.sentence, govStatus), confidence: cand.confidence - 0.05,
              rule: `frames:${frame.lemma} + ${p.id} -> ${intent} (intent to ${k.codebook.get(p.code)?.name.toLowerCase() ?? p.code}); status ${govStatus}`,
            });
          }
          coded = true;
          break;
        }
        // 'the sanctions it imposed on Damascus', 'the aid Washington sent to Kyiv': the object stands before the
        // subject of a relative clause; the pattern's first word is found there, the rest after the verb.
        const before = source.from - 1 >= doc.sentences[c.sentence].from && ['that', 'which'].includes(T[source.from - 1].norm) ? source.from - 2 : source.from - 1;
        if (!coded && !c.verb.passive && c.subject === source && c.verb.from === source.to && before >= doc.sentences[c.sentence].from && T[before].pos === 'NOUN') {
          for (const p of list) {
            const [head, rest] = splitFirstWord(p);
            if (!head || !matchAfter(head, before, before + 1, input)) continue;
            const hit = matchAfter(rest, c.verb.to, Math.min(c.to + 1, doc.sentences[c.sentence].to), input);
            if (!hit?.target) continue;
            candidates.push({
              sentence: c.sentence, start: T[before].start, end: T[hit.end - 1].end, sources: source.actors, targets: [hit.target, ...hit.moreTargets].flatMap((m) => m.actors),
              code: p.code, status: c.status, statusCue: c.statusCue, time: timeFor(c, c.sentence, c.status),
              place: placeFor(c.sentence, [c.verb.from, c.to], mentionTokens([source, hit.target])), confidence: 0.55,
              rule: `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}; '${T[before].text}' before the relative clause; status ${c.status}`,
            });
            coded = true;
            break;
          }
        }
        // 'its forces had struck a residential building in Sumy': an attack on no named actor falls on the
        // country of the place where it happened.
        // Not for joined subjects of a reciprocal verb ('Armenia and Azerbaijan have not exchanged fire'), who act on each other.
        const mutualSubjects = k.reciprocal.has(c.verb.lemma) && [source, ...c.coSubjects].flatMap((m) => m.actors).length >= 2;
        if (!coded && !c.verb.passive && !mutualSubjects) {
          // (Not 'struck a gloomy note', 'struck a balance': an idiom strikes no one.)
          let obj = c.verb.to;
          while (obj < c.to && (T[obj].pos === 'DET' || T[obj].pos === 'ADJ')) obj++;
          const idiom = STRIKE_IDIOMS.has(T[obj]?.lemma ?? '');
          // (A pattern kept to a kind of source keeps to it here too: 'enter TARGET' is for troops, not for 'Americans barred from entering'.)
          const forces = forceList(list);
          const usable = forces.some((x) => x.source) ? forces.filter((x) => !x.source || source.actors.some((a) => fits(a, x.source!))) : forces;
          const p = idiom ? undefined : relaxed(usable, c.verb.to, Math.min(c.to + 1, doc.sentences[c.sentence].to));
          // Not a place in a later clause of time: 'since signing a declaration at the White House'.
          const where = p ? placeFor(c.sentence, [c.verb.from, c.to], laterClausePlaces(c)) : null;
          const target = where ? placeMention(where, countries) : null;
          // A state does not strike its own country here; rebels and militants do ('al-Shabaab bombed a base outside Mogadishu').
          const insurgent = source.actors.some((a) => a.sector !== null && NONSTATE.has(a.sector));
          if (p && where && target && (target.actors[0].country !== source.actors[0]?.country || insurgent)) {
            const act: Candidate = {
              sentence: c.sentence, start: T[Math.min(source.from, c.verb.from)].start, end: T[c.verb.to - 1].end,
              sources: source.actors, targets: target.actors, code: p.code, status: c.status, statusCue: c.statusCue,
              time: timeFor(c, c.sentence, c.status), place: where, confidence: 0.5,
              rule: `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}; on the country of '${where.place.text}'; status ${c.status}`,
            };
            // 'Israeli jets struck missile factories in Iran': from the air.
            const [weapon, , why] = p.code === '190' ? forceOf(source, c.verb.from) : [null, 0, ''];
            if (weapon) narrow(act, p.code, weapon, why);
            // 'fighters killed more than 460 patients at a hospital in El Fasher': many killed is a mass killing.
            const massCode = MASS[p.code];
            const n = massCode ? countIn(T, c.verb.to, Math.min(c.to, c.verb.to + 6)) : 0;
            if (massCode && n >= MASS_COUNT[massCode]) narrow(act, p.code, massCode, `${n >= 1e9 ? 'all' : n} of them`);
            candidates.push(act);
            denial(c, target.actors, act);
            coded = true;
          }
        }
        // 'Bangladesh imposed a nationwide curfew', 'declared martial law', 'lifted martial law': restrictions at home and their easing need no target;
        // they fall on the source's own country. So do investigations of abuses or crimes with no one named
        // ('Georgian authorities have not investigated the beating of journalists').
        const home = source.actors[0]?.country;
        // (Not when the object is people no country is known for: 'barred foreign firms from tenders'.)
        const unplacedObject = (): boolean => unplacedAgentAt.has(c.verb.to) || unplacedAgentAt.has(c.verb.to + 1);
        if (!coded && home && !c.verb.passive && !unplacedObject()) {
          const p = relaxed(homeList(list), c.verb.to, Math.min(c.to + 1, doc.sentences[c.sentence].to), false);
          const country = p ? countries.get(home) : undefined;
          if (p && country) {
            // 'refused to lift the ban', 'threatened to impose a curfew': the refusal or threat, as for any act.
            const gov = c.governor !== null ? doc.clauses[c.governor] : null;
            const fr = c.frame ? k.frames.get(c.frame) : undefined;
            // ('pledged to withdraw the bill': an act intended is the intention, 0342.)
            const re = gov && fr?.recode ? mapCode(k.recodes.get(fr.recode)!, p.code) : gov && fr?.intent ? mapCode(k.intents, p.code) : undefined;
            const status = re ? framing(gov!, c) : c.status;
            const cand: Candidate = {
              sentence: c.sentence, start: T[Math.min(source.from, c.verb.from)].start, end: T[c.verb.to - 1].end,
              sources: source.actors, targets: [homeCountry(country)],
              code: re ?? p.code, status, statusCue: re ? gov!.statusCue : c.statusCue, time: timeFor(re ? gov : c, c.sentence, status),
              place: placeFor(c.sentence, [c.verb.from, c.to], new Set()), confidence: 0.55,
              rule: `${re ? `frames:${fr!.lemma} + ` : ''}${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}${re ? ` -> ${re}` : ''}; at home, no target named; status ${status}`,
            };
            candidates.push(cand);
            if (!byClause.has(clauseIndex)) byClause.set(clauseIndex, cand);
            coded = true;
          }
        }
        // 'Trump and Putin met', 'the two leaders talked': each of the joined subjects with the other.
        const joined = [source, ...c.coSubjects].flatMap((m) => m.actors);
        // 'Ethiopia and Kenya vowed to strengthen their partnership': a pattern marked mutual makes any verb
        // reciprocal for joined subjects.
        const mutualPattern = !coded && !c.verb.passive && joined.length >= 2 && !k.reciprocal.has(c.verb.lemma)
          ? relaxed(list.filter((x) => x.mutual), c.verb.to, c.to, false) : undefined;
        if (!coded && !c.verb.passive && joined.length >= 2 && (k.reciprocal.has(c.verb.lemma) || mutualPattern)) {
          // 'Xi and Biden spoke by phone': the most specific pattern whose words follow, TARGET aside.
          // Else the verb's plainest pattern with a target ('meet TARGET', 'speak with TARGET').
          const withTarget = list.filter((x) => x.after.includes('TARGET'));
          // No words matched: only a pattern that asks for nothing but its target ('meet TARGET', 'clash with TARGET');
          // 'swapped intelligence' is no swap of prisoners.
          const plain = (x: Pattern) => withoutTarget(x).after.every((e) => e.replace(/[()]/g, '').split('|').every((w) => TARGET_PREPS.has(w)));
          const p = mutualPattern ?? relaxed(list, c.verb.to, c.to, false) ?? withTarget.filter(plain).sort((a, b) => a.after.length - b.after.length)[0];
          if (p) {
            // 'he and Putin had agreed to meet': the intention, as for a single subject.
            const gov = c.governor !== null ? doc.clauses[c.governor] : null;
            const fr = c.frame ? k.frames.get(c.frame) : undefined;
            // 'Hamas and Israel halted fighting': the halting, for each side (0871).
            const halted = c.frame && k.haltVerbs.has(c.frame) ? mapCode(k.halts, p.code) : undefined;
            const intent = gov && fr?.intent ? mapCode(k.intents, halted ?? p.code) : undefined;
            const status: Status = intent ? framing(gov!, c) : c.status;
            const when = intent ? timeFor(gov, gov!.sentence, status) : timeFor(c, c.sentence, c.status);
            for (const a of joined) {
              candidates.push({
                sentence: c.sentence, start: T[Math.min(source.from, c.verb.from)].start, end: T[c.verb.to - 1].end,
                sources: [a], targets: joined.filter((b) => b !== a), code: intent ?? halted ?? p.code, status, statusCue: intent ? gov!.statusCue : c.statusCue,
                time: when, place: placeFor(c.sentence, [c.verb.from, c.to], new Set()), confidence: 0.6,
                rule: `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}${halted ? ` -> ${halted} (halted, frames:${c.frame})` : ''}${intent ? ` -> ${intent} (intent, frames:${fr!.lemma})` : ''}; reciprocal: joined subjects act on each other; status ${status}`,
              });
            }
          }
        }
      });

      // Noun patterns: 'a phone call with Putin', 'Rubio's upcoming meeting with Russian officials'.
      // The tagger reads some nouns as other words: 'Heavy fighting' (a verb, lemma 'fight'), 'Clashes between'
      // at the start of a sentence (a name). The written word, or its singular, names the noun then; an '-ing'
      // verb only where no subject or auxiliary stands before it ('troops were fighting' stays a verb).
      const nounAsWritten = (i: number, from: number): Pattern[] | undefined => {
        const t = T[i];
        if (t.pos === 'VERB' && !(t.norm.endsWith('ing') && (i === from || ['DET', 'ADJ', 'ADP'].includes(T[i - 1].pos) || (T[i - 1].pos === 'PROPN' && !inMention.has(i - 1) && !mentionStart.has(i - 1))))) return undefined;
        // 'a counter-offensive' read as one word: the noun written without its hyphen (remembered per word).
        // (A word as its own lemma, with no hyphen and no plural ending, was looked up already.)
        if (t.norm === t.lemma && !t.norm.endsWith('s') && !t.norm.includes('-')) return undefined;
        let found = writtenNouns.get(t.norm);
        if (found === undefined) {
          const w = t.norm.includes('-') ? t.norm.replace(/-/g, '') : t.norm;
          found = nounPatterns.get(w) ?? (w.endsWith('es') ? nounPatterns.get(w.slice(0, -2)) : undefined) ?? (w.endsWith('s') ? nounPatterns.get(w.slice(0, -1)) : undefined) ?? null;
          if (writtenNouns.size > 200_000) writtenNouns.clear();
          writtenNouns.set(t.norm, found);
        }
        return found ?? undefined;
      };
      // (The passes below are functions of their own: one function this size would be too large for V8 to optimise.)
      const codeNounEvents = (): void => {
        for (const s of doc.sentences) {
          if (!live.has(s.index)) continue;
          const clauses = clausesBySentence.get(s.index) ?? NO_CLAUSES;
          for (let i = s.from; i < s.to; i++) {
            if (consumed.has(i) || T[i].quoted || inTime.has(i)) continue;
            // 'the Vietnam War', 'the Six-Day War': a capitalised noun within a sentence is a name, not an event.
            if (i > s.from && T[i].pos === 'PROPN' && /^[A-Z]/.test(T[i].text) && T[i - 1].pos !== 'PUNCT') continue;
            // Only these tags pass the test after the look-ups below: other tokens skip them.
            if (T[i].pos !== 'NOUN' && T[i].pos !== 'PROPN' && T[i].pos !== 'VERB' && T[i].pos !== 'ADJ') continue;
            const list = (T[i].pos === 'VERB' ? undefined : nounPatterns.get(T[i].lemma)) ?? nounAsWritten(i, s.from);
            // 'ethnic cleansing', 'mass expulsion', 'chemical attack': a phrase may begin with its adjective.
            if (!list || !(['NOUN', 'PROPN', 'VERB'].includes(T[i].pos) || (T[i].pos === 'ADJ' && list.some((p) => p.anchor.length > 1)))) continue;
            for (const p of list) {
              let a = i;
              let ok = true;
              // The first word found the list; the rest must follow.
              for (const w of p.anchor) { if (a >= s.to || (a > i && T[a].lemma !== w && T[a].norm !== w)) { ok = false; break; } a++; }
              if (!ok) continue;
              let sourceM: Mention | null = null;
              let hit = null;
              // 'talks between X and Y' (for talks, each side with the other), 'talks between U.S. and Ukrainian officials'
              let mutual: ActorRef[] = [];
              // 'the war between X and Y', 'prisoners of war between': the war is background, not an event of the day.
              if (T[a]?.norm === 'between' && p.anchor[0] === 'war') continue;
              // 'Fighting erupted between Thai and Cambodian troops': 'between' after the phrase's own verb.
              let bw = a;
              if (T[a]?.pos === 'VERB' && ERUPTING.has(T[a].lemma) && !consumed.has(a)) bw = T[a + 1]?.norm === 'out' || T[a + 1]?.norm === 'up' ? a + 2 : a + 1;
              // 'talks on ending the war between U.S. and Ukrainian officials': past the talks' subject to the sides.
              if (T[bw]?.norm !== 'between' && TALK_NOUNS.has(T[i].lemma) && ['on', 'about', 'over'].includes(T[a]?.norm ?? '')) {
                for (let j = a + 1; j < Math.min(s.to, a + 8); j++) {
                  if (T[j].text === ',' || T[j].pos === 'AUX' || mentionStart.has(j)) break;
                  if (T[j].norm === 'between') { bw = j; break; }
                }
              }
              // 'another exchange of prisoners of war between Russia and Ukraine': past what is exchanged.
              if (T[bw]?.norm !== 'between' && p.code.startsWith('084')) {
                let j = a;
                while (j < Math.min(s.to, a + 5) && EXCHANGED.has(T[j].norm)) j++;
                if (T[j]?.norm === 'between') bw = j;
              }
              if (T[bw]?.norm !== 'between') bw = a;
              if (T[bw]?.norm === 'between') {
                const a0 = a;
                a = bw;
                const xAt = [a + 1, a + 2, a + 3].find((j) => mentionStart.get(j) && (j === a + 1 || ['DET', 'ADJ'].includes(T[j - 1].pos)));
                const x = xAt !== undefined ? mentionStart.get(xAt) : undefined;
                const yAt = x && T[x.to]?.norm === 'and' ? [x.to + 1, x.to + 2, x.to + 3].find((j) => mentionStart.get(j) && (j === x.to + 1 || ['DET', 'ADJ'].includes(T[j - 1].pos))) : undefined;
                if (x && yAt !== undefined) {
                  sourceM = x;
                  hit = { target: mentionStart.get(yAt)!, moreTargets: [], end: mentionStart.get(yAt)!.to, literals: 1 };
                  // ('welcomed the ceasefire agreement between Israel and Hamas': an agreement referred to with 'the' is no news of its own.)
                const referred = SETTLEMENT_NOUNS.has(p.anchor[0]) && T.slice(Math.max(s.from, i - 3), i).some((t) => t.norm === 'the');
                if ((TALK_NOUNS.has(T[i].lemma) || T[i].lemma === 'negotiation' || MUTUAL_NOUNS.has(p.anchor[0])) && !referred) mutual = [...x.actors, ...mentionStart.get(yAt)!.actors];
                } else if (x && x.actors.length >= 2) {
                  mutual = x.actors;
                }
                if (!hit && mutual.length < 2) a = a0;
              }
              if (mutual.length >= 2) {
                // 'a meeting between Putin and Zelenskyy could take place': the verb after the phrase is its predicate.
                const npEnd = hit ? hit.end : i + p.anchor.length;
                // (Past the rest of a name: "talks between Pakistan and Afghanistan's Taliban government broke down".)
                const predicate0 = clauses.find((c) => c.verb.from >= npEnd && c.verb.from <= npEnd + 4 && !c.inQuote &&
                  T.slice(npEnd, c.verb.from).every((t) => ['NOUN', 'PROPN', 'PART', 'ADJ'].includes(t.pos) && t.text !== ','));
                // ('is due to take effect on Wednesday': the verb its frame governs.)
                const predicateAt = predicate0 ? doc.clauses.indexOf(predicate0) : -1;
                const predicate = (predicate0 && clauses.find((c) => c.governor === predicateAt && c.verb.form === 'infinitive')) ?? predicate0;
                const container = predicate ?? clauses.findLast((c) => c.verb.head < i && i < c.to) ?? clauses.find((c) => c.verb.head > i && !c.inQuote) ?? null;
                // 'did not travel to Alaska for Friday's summit between Trump and Putin': a phrase of its own keeps its status.
                let edge = i - 1;
                while (edge > s.from && (['ADJ', 'DET', 'NUM'].includes(T[edge].pos) || T[edge].norm === "'s" || inTime.has(edge))) edge--;
                const ownPhrase = !predicate && T[edge]?.pos === 'ADP' && !(container && k.lightVerbs.has(container.verb.lemma));
                // ('there was no treaty between the US and Russia': denied.)
              const denied = T.slice(Math.max(s.from, i - 3), i).some((t) => t.norm === 'no');
              const status: Status = denied ? 'negated' : container && !container.inQuote && !ownPhrase ? container.status : 'occurred';
                // 'Peace talks between Pakistan and Afghanistan broke down': talks that collapse are broken off (164).
                const collapsed = predicate && TALK_NOUNS.has(T[i].lemma) && (COLLAPSING.has(predicate.verb.lemma) || (predicate.verb.lemma === 'break' && T[predicate.verb.to]?.norm === 'down'));
                const code = collapsed ? '164' : p.code;
                for (const x of mutual) {
                  candidates.push({
                    sentence: s.index, start: T[i].start, end: T[i + p.anchor.length - 1].end, sources: [x], targets: mutual.filter((y) => y !== x),
                    code, status, statusCue: container?.statusCue ?? null, time: timeFor(container, s.index, status, [i, Math.min(s.to, i + 12)]),
                    place: placeFor(s.index, null, new Set()), confidence: 0.55,
                    rule: `${p.id} '${p.anchor.join(' ')} between' -> ${p.code}${collapsed ? ` -> 164 (the talks ${predicate!.verb.lemma})` : ''}; each side with the other; status ${status}`,
                  });
                }
                // 'Saudi Arabia will host talks between U.S. and Ukrainian officials': the host receives each side (043).
                const host = clauses.findLast((c) => c.verb.head < i && i < c.to && c.verb.lemma === 'host' && !c.inQuote);
                if (host?.subject && !host.verb.passive && TALK_NOUNS.has(T[i].lemma)) {
                  const hosts = host.subject.actors;
                  // ('Turkey was ready to host peace talks between Russia and Ukraine': offering to host is offering to mediate, 039.)
                  const hf = host.frame ? k.frames.get(host.frame) : undefined;
                  const hgov = host.governor !== null ? doc.clauses[host.governor] : null;
                  const offered = !!hf?.intent && !!hgov;
                  const hstatus: Status = offered ? framing(hgov!, host) : host.status;
                  for (const x of mutual) {
                    if (hosts.some((h) => h.code === x.code)) continue;
                    candidates.push({
                      sentence: s.index, start: T[host.verb.from].start, end: T[i + p.anchor.length - 1].end, sources: hosts, targets: [x],
                      code: offered ? '039' : '043', status: hstatus, statusCue: offered ? hgov!.statusCue : host.statusCue, time: timeFor(offered ? hgov : host, s.index, hstatus), place: placeFor(s.index, null, new Set()), confidence: 0.55,
                      rule: `${p.id} 'host ${p.anchor.join(' ')} between' -> ${offered ? `043 -> 039 (intent, frames:${hf!.lemma})` : '043'}; the host receives each side; status ${hstatus}`,
                    });
                  }
                }
                for (let x = i; x < i + p.anchor.length; x++) consumed.add(x);
                break;
              }
              hit = hit ?? matchAfter(p, a, s.to, input);
              // 'X told Y in a phone call', 'Y, on a visit to ...': a talk noun in a phrase of the clause, with no
              // partner after it, joins the clause's subject and its object.
              let partner: Mention | null = null;
              if (!hit && TALK_NOUNS.has(T[i].lemma) && p.after.includes('TARGET')) {
                const prep = T[i - 1]?.pos === 'DET' ? T[i - 2] : T[i - 1];
                // ('In a phone call on Sunday, Erdogan told Putin': opening the sentence, the clause after it.)
                const opening = !!prep && prep.i === s.from;
                const c0 = clauses.findLast((c) => c.verb.head < i && c.subject !== null && !c.inQuote) ??
                  (opening ? clauses.find((c) => c.verb.head > i && c.subject !== null && !c.inQuote && c.verb.form === 'finite') : undefined);
                if (prep && TIME_PREPS.has(prep.norm) && c0) {
                  for (let j = c0.verb.to; j < (c0.verb.head > i ? c0.to : i) && !partner; j++) {
                    const m = mentionStart.get(j);
                    if (m && m !== c0.subject && !(m.kind === 'pronoun' && m.possessive)) partner = m;
                  }
                  if (partner) hit = { target: partner, moreTargets: [], end: i + p.anchor.length, literals: 0 };
                }
              }
              const joint = JOINT_NOUNS.has(T[i].lemma) && T.slice(Math.max(s.from, i - 4), i).some((t) => t.norm === 'joint' || t.norm === 'their');
              const together = TALK_NOUNS.has(T[i].lemma) || joint;
              // Done jointly, it is cooperation: a cooperative pattern of the noun before a hostile one.
              if (together && joint && p.code >= '10' && list.some((x) => x.code < '10')) { hit = null; continue; }
              if (!hit && together && (p.after.includes('TARGET') || p.intransitive)) {
                // 'their meeting at the White House', 'Modi and Xi did not hold a formal meeting', 'Japanese and
                // Philippine troops began joint exercises': the joined actors act with each other.
                const theirAt = T.slice(Math.max(s.from, i - 4), i).findIndex((t) => t.norm === 'their');
                const owner = theirAt >= 0 ? doc.mentions.find((m) => m.from === Math.max(s.from, i - 4) + theirAt && m.actors.length >= 2)
                  : (() => {
                    let l = i - 1;
                    while (l >= s.from && (['ADJ', 'ADV', 'DET'].includes(T[l].pos) || (T[l].pos === 'NOUN' && !inMention.has(l)))) l--;
                    const c0 = clauses.findLast((c) => c.verb.head <= l && c.verb.head >= l - 5 && k.lightVerbs.has(c.verb.lemma));
                    return c0 && c0.subject && [c0.subject, ...c0.coSubjects].flatMap((m) => m.actors).length >= 2 ? c0 : undefined;
                  })();
                const joined = !owner ? [] : 'actors' in owner ? owner.actors : [owner.subject!, ...owner.coSubjects].flatMap((m) => m.actors);
                if (joined.length >= 2) {
                  const container = clauses.findLast((c) => c.verb.head < i && i < c.to) ?? null;
                  const status: Status = container && !container.inQuote ? container.status : 'occurred';
                  for (const x of joined) {
                    candidates.push({
                      sentence: s.index, start: T[i].start, end: T[i + p.anchor.length - 1].end, sources: [x], targets: joined.filter((y) => y !== x),
                      code: p.code, status, statusCue: container?.statusCue ?? null, time: timeFor(container, s.index, status, [i, i + p.anchor.length]),
                      place: placeFor(s.index, null, new Set()), confidence: 0.55,
                      rule: `${p.id} '${p.anchor.join(' ')}' -> ${p.code}; joined actors meet each other; status ${status}`,
                    });
                  }
                  for (let x = i; x < i + p.anchor.length; x++) consumed.add(x);
                  break;
                }
              }
              // 'Sunday's bombing at an army base outside Mogadishu': an attack on no named actor falls on the
              // country of the place after it.
              if (!hit && p.code >= '18' && p.code < '21') {
                const words = withoutTarget(p);
                // 'its war in Gaza': a pattern whose only words are the target's preposition ('war on|against') needs none before a place.
                const onlyPreps = words.after.every((e) => e.replace(/[()]/g, '').split('|').every((w) => TARGET_PREPS.has(w)));
                const wh = words.after.length && !onlyPreps ? matchAfter(words, a, s.to, input) : { target: null, moreTargets: [], end: a, literals: 0 };
                const where = wh ? (placesBySentence.get(s.index) ?? NO_PLACES).find((x) => x.from >= a && x.from <= a + 8 && x.locative) : undefined;
                const pm = where ? placeMention(where, countries) : null;
                if (wh && pm) hit = { target: pm, moreTargets: [], end: Math.max(wh.end, a), literals: 0 };
              }
              // 'opened an investigation into the death in custody of a blogger': an inquiry into abuses or crimes
              // with no one named falls on the investigator's own country.
              let atHome = false;
              if (!hit && HOME_INQUIRY.test(p.code)) {
                const words = withoutTarget(p);
                const wh = words.after.length ? matchAfter(words, a, s.to, input) : null;
                if (wh && wh.literals > 0) { hit = { target: null, moreTargets: [], end: wh.end, literals: wh.literals }; atHome = true; }
              }
              if (!hit || (!hit.target && !p.intransitive && !atHome)) continue;
              // 'the protest movement', 'an arrest warrant', 'riot police': a bare noun before another noun modifies it.
              if (p.after.length === 0 && T[hit.end] && T[hit.end].sentence === s.index && T[hit.end].pos === 'NOUN') continue;
              // 'Pretoria's genocide case against Israel', 'war crimes': an event noun modifying another noun names no event
              // ('a ceasefire agreement' is the ceasefire).
              const headAfter = T[i + p.anchor.length];
              if (headAfter && headAfter.sentence === s.index && headAfter.pos === 'NOUN' && !inMention.has(headAfter.i) && !SAME_EVENT_HEADS.has(headAfter.lemma)) continue;
              // 'a campaign rally' is no protest.
              if (p.code.startsWith('14') && i > s.from && NOT_PROTEST.has(T[i - 1].norm)) continue;
              // The noun phrase's left edge: adjectives and quote marks before the anchor, then a determiner or possessor.
              let left = i - 1;
              let adjCue: Status | null = null;
              let cueWord: string | null = null;
              // "Israel's Oct. 26 air strikes": a date inside the phrase is stepped over too.
              while (left >= s.from && (['ADJ', 'ADV', 'NOUN', 'PUNCT', 'NUM'].includes(T[left].pos) && T[left].text !== ',' || ['ADJ', 'ADV'].includes(T[left].pos) || (timeAtToken.has(left) && T[left].pos !== 'ADP' && T[left].norm !== "'s")) && !mentionStart.has(left) && !inMention.has(left)) {
                const w = T[left].norm;
                if (!adjCue && PLANNED_ADJ.has(w)) { adjCue = 'planned'; cueWord = T[left].text; }
                else if (!adjCue && HYPOTHETICAL_ADJ.has(w)) { adjCue = 'hypothetical'; cueWord = T[left].text; }
                else if (!adjCue && PAST_ADJ.has(w)) { adjCue = 'occurred'; cueWord = T[left].text; }
                left--;
              }
              // 'No protests were reported', 'no arrests have been made'.
              if (!adjCue && left >= s.from && T[left].norm === 'no') { adjCue = 'negated'; cueWord = T[left].text; }
              // "after Saturday's talks": a day's, not an owner's; the phrase goes on before the day.
              if (left - 1 >= s.from && T[left].norm === "'s" && timeAtToken.has(left - 1)) {
                let d = left - 1;
                while (d - 1 >= s.from && timeAtToken.has(d - 1)) d--;
                if (d - 1 >= s.from && T[d - 1].pos === 'ADP') left = d - 1;
              }
              let how = 'possessor';
              // 'Russia denied any involvement in a plot to kill X': a part denied.
              let deniedBy: Clause | null = null;
              if (!sourceM && left >= s.from && T[left].norm === "'s") {
                const owner = doc.mentions.find((m) => m.to === left && m.actors.length);
                if (owner) sourceM = owner;
              } else if (!sourceM && left >= s.from && T[left].pos === 'PRON' && POSSESSIVES.has(T[left].norm)) {
                const owner = doc.mentions.find((m) => m.from === left && m.actors.length);
                if (owner) sourceM = owner;
              } else if (!sourceM && left >= s.from && inMention.has(left)) {
                const owner = doc.mentions.find((m) => m.to === left + 1 && m.actors.length && m.actors[0].type !== 'person');
                if (owner) { sourceM = owner; how = 'modifier'; }
              }
              // "his arrest", "Imamoglu's detention": the owner of an act one undergoes is its target, not its source.
              if (sourceM && how === 'possessor' && !hit.target && k.classes.get('undergone')?.has(T[i].lemma)) {
                hit = { ...hit, target: sourceM };
                sourceM = null;
              }
              // The clause the noun stands in; a noun before every verb is the subject of the first ('the tariff will take effect').
              let container = clauses.findLast((c) => c.verb.head < i && i < c.to) ?? clauses.find((c) => c.verb.head > i && !c.inQuote) ?? null;
              // '..., even as Israeli strikes in southern Lebanon continue': after a comma and a subordinator, the noun is
              // the subject of the clause that follows, not part of the one before.
              if (container && container.verb.head < i) {
                for (let j = container.verb.to; j < i - 1; j++) {
                  if (T[j].text !== ',' || !(SUBORDINATE_OPEN.has(T[j + 1].norm) || (T[j + 1].norm === 'even' && SUBORDINATE_OPEN.has(T[j + 2]?.norm ?? '')))) continue;
                  const next = clauses.find((c) => c.verb.head > i && !c.inQuote);
                  if (next) container = next;
                  break;
                }
              }
              // 'the tariff ... will take effect': a verb right after the phrase, with no subject of its own, is its predicate.
              const predicate = clauses.find((c) => c.verb.from >= hit!.end && c.verb.from <= hit!.end + 1 && !c.inQuote && !c.subject) ?? null;
              // 'the first visit to Tehran by a Saudi foreign minister': the agent after 'by'.
              if (!sourceM && hit.end + 1 < s.to && T[hit.end].norm === 'by') {
                const agent = mentionStart.get(hit.end + 1) ?? (T[hit.end + 1].pos === 'DET' ? mentionStart.get(hit.end + 2) : undefined);
                if (agent) { sourceM = agent; how = "agent after 'by'"; }
              }
              // 'blamed Moscow for the attack on the hospital', 'accused Russia of a missile strike': the one blamed is the doer.
              if (!sourceM && container && !container.inQuote && BLAMING.has(container.verb.lemma) && left >= s.from) {
                const prep = T[left].pos === 'DET' ? left - 1 : left;
                if (prep > container.verb.to && (T[prep].norm === 'for' || T[prep].norm === 'of')) {
                  const blamed = doc.mentions.find((m) => m.sentence === s.index && m.from >= container!.verb.to && m.to === prep && m.actors.length);
                  if (blamed && blamed !== container.subject) { sourceM = blamed; how = `blamed by '${container.verb.lemma}'`; }
                }
              }
              // 'Netanyahu apologised to Qatar for this month's air strike on Hamas leaders in Doha': one apologises for one's own act.
              if (!sourceM && container && !container.inQuote && APOLOGIZING.has(container.verb.lemma) && container.subject?.actors.length && left >= s.from) {
                let prep = left;
                while (prep > container.verb.to && (T[prep].pos === 'DET' || T[prep].norm === "'s" || timeAtToken.has(prep))) prep--;
                if (T[prep].norm === 'for') { sourceM = container.subject; how = `subject of '${container.verb.lemma}', apologising for it`; }
              }
              // 'The jailing of opposition leaders in Tbilisi drew criticism': a definite protest or arrest opening the sentence is its news.
              const openingAct = left === s.from && DEFINITE.has(T[left].norm) && DOMESTIC.test(p.code);
              // 'claimed responsibility for the bombings', 'held the talks': a light verb's object is reported, not referred to.
              // The verb's own object: no preposition between, time phrases aside, but for 'claimed responsibility for'
              // ('detainees held in connection with the protests', 'seek funding for the wars in Iraq' are no such objects).
              const adps = container ? adpositionsBetween(container.verb.to, i) : 0;
              const lightObject = !!container && !container.inQuote && !container.verb.passive && !!container.subject && k.lightVerbs.has(container.verb.lemma) &&
                (adps === 0 || (adps === 1 && T.slice(container.verb.to, i).some((t) => t.norm === 'responsibility' || t.norm === 'credit' || t.norm === 'part')));
              if (!sourceM) {
                if (left >= s.from && DEFINITE.has(T[left].norm) && !lightObject && !openingAct && !(left - 1 >= s.from && TIME_PREPS.has(T[left - 1].norm))) continue; // 'the earlier phone call': a reference, not a report
                // 'after a telephone call with Putin', 'during talks with Xi': the sentence's subject took part.
                const prep = left >= s.from && (T[left].pos === 'DET' ? T[left - 1] : T[left]);
                // Other acts only 'in' or 'during' one ('killed him in an air strike'): 'after an attack on Kyiv' or
                // 'agreed on a ban' says nothing of who acted.
                const partaking = TALK_NOUNS.has(T[i].lemma) || JOINT_NOUNS.has(T[i].lemma) || VISIT_NOUNS.has(T[i].lemma) ? TIME_PREPS : WITHIN_PREPS;
                // (Not protests: 'security forces killed hundreds during the protests' did not protest.)
                // (Not when the phrase has an owner no one knows: "after Lai's stopover in Hawaii" is Lai's, not the subject's.)
                const unknownOwner = left >= s.from && (T[left].norm === "'s" || T[left].norm === "'");
                if (prep && partaking.has(prep.norm) && !p.code.startsWith('14') && !unknownOwner) {
                  // (Not one who underwent it: 'thousands were killed in the fighting'.)
                  const main = clauses.find((c) => c.verb.form === 'finite' && c.subject && !c.inQuote && c.verb.head < i) ??
                    clauses.find((c) => c.verb.form === 'finite' && c.subject && !c.inQuote);
                  if (main?.verb.passive) continue;
                  // (Not past a clause of its own whose subject no one names: 'the plan that Arab leaders endorsed at a summit'.)
                  if (main && container && container !== main && container.verb.head < i && container.verb.form === 'finite' && !container.subject?.actors.length && T[container.verb.from - 1]?.pos === 'NOUN') continue;
                  if (main?.subject) { sourceM = main.subject; how = `subject of '${main.verb.lemma}', taking part`; deniedBy = DENIALS.has(main.verb.lemma) ? main : null; }
                }
              }
              if (!sourceM) {
                if (left >= s.from && DEFINITE.has(T[left].norm) && !lightObject && !openingAct) continue;
                // (The verb's object, not a noun in a later phrase: 'did not stage exercises ... after Lai's stopover in Hawaii'.)
                if (container && !container.inQuote && container.subject && (k.lightVerbs.has(container.verb.lemma) || k.haltVerbs.has(container.verb.lemma)) && !T.slice(container.verb.to, i).some((t) => LATER_PHRASE.has(t.norm))) { sourceM = container.subject; how = `object of '${container.verb.lemma}'`; }
                // (Not for force: 'said that neglect led to a massacre of 49 recruits' is not the speaker's massacre.)
                else if (container && !container.subject && p.code < '15') {
                  for (let c: Clause | undefined = container; c; c = clauses[clauses.indexOf(c) - 1]) {
                    if (c.subject && SPEECH.has(c.verb.lemma)) { sourceM = c.subject; how = `said by the subject of '${c.verb.lemma}'`; break; }
                    if (c.subject) break;
                  }
                }
              }
              // 'demonstrations could break out in Lagos', 'a wave of arrests in Caracas': protests with no one named
              // are the place's people; arrests and crackdowns its authorities, on its own people.
              // Not a state: 'served 25 days in military detention'.
              const state = p.code.startsWith('173') && left >= s.from && T[left].norm === 'in';
              if (!sourceM && DOMESTIC.test(p.code) && !state && (T[i].pos === 'NOUN' || (T[i].pos === 'VERB' && T[i].norm.endsWith('ing')) || (T[i].pos === 'PROPN' && i <= s.from + 1)) && (openingAct || hit.target || !(left >= s.from && DEFINITE.has(T[left].norm)))) {
                // ('the arrest of two Chinese citizens in Japan': with whom, a definite one too.)
                const where = placeFor(s.index, [i, Math.min(s.to, hit.end + 6)], new Set());
                const country = where?.place.country ? countries.get(where.place.country) : undefined;
                if (where && country) {
                  sourceM = makeMention({ from: i, to: i + 1, sentence: s.index, kind: 'description', place: null, actors: [domesticActor(country, p.code, where.place.text)] });
                  how = `no one named: ${p.code.startsWith('14') ? 'the people' : 'the authorities'} of '${where.place.text}'`;
                }
              }
              if (!sourceM || !sourceM.actors.length) continue;
              if (atHome && !countries.has(sourceM.actors[0].country ?? '')) continue;
              // A pattern kept to a kind of source or target ('withdrawal from TARGET' for bodies such as ECOWAS).
              if (p.source && !sourceM.actors.some((a) => fits(a, p.source!))) continue;
              if (p.target && !(hit.target?.actors.some((a) => fits(a, p.target!)) ?? false)) continue;
              // 'suspended aid to Niger', 'pulled out of the talks with Hamas': the halting, not the aid or the talks.
              let code = p.code;
              let halted = '';
              // (The verb's object only: 'withdrew the bill after protests in Batumi' halts no protest.)
              if (container && k.haltVerbs.has(container.verb.lemma) && !T.slice(container.verb.to, i).some((t) => LATER_PHRASE.has(t.norm))) {
                const h = mapCode(k.halts, p.code);
                if (!h) continue;
                code = h;
                halted = ` halted by '${container.verb.lemma}' -> ${h}`;
                if (!sourceM && container.subject) { sourceM = container.subject; how = `subject of '${container.verb.lemma}'`; }
              }
              // 'was willing to hold talks with Pakistan': the intention to talk.
              const cfr = container?.frame ? k.frames.get(container.frame) : undefined;
              // 'called on India to conclude a trade agreement with the EU': what one is asked to do is the request's, not an event.
              if (cfr && (cfr.objectControl || container!.frame === 'demand')) continue;
              const cgov = container && container.governor !== null ? doc.clauses[container.governor] : null;
              // A noun in a phrase of its own ('during the state visit') is not what was intended.
              // Its possessor ('the Brazilian leader's', 'his') is stepped over to the word before the phrase.
              let lead = left;
              if (lead >= s.from && T[lead].norm === "'s") lead = (doc.mentions.find((m) => m.to === lead && m.actors.length)?.from ?? lead - 1) - 1;
              else if (lead >= s.from && T[lead].pos === 'PRON' && POSSESSIVES.has(T[lead].norm)) lead--;
              // ('respond to the Indian strikes': so is the people's adjective.)
              else if (how === 'modifier' && sourceM) lead = sourceM.from - 1;
              if (lead >= s.from && T[lead].pos === 'DET') lead--;
              const inPhrase = left >= s.from && (T[left].pos === 'ADP' || (T[left].norm === "'s" && left - 1 >= s.from && timeAtToken.has(left - 1)) || (lead >= s.from && T[lead].pos === 'ADP'));
              const cIntent = cfr?.intent && cgov && !inPhrase ? mapCode(k.intents, code) : undefined;
              if (cIntent && cgov) {
                code = cIntent;
                halted = ` -> ${cIntent} (intent, frames:${cfr!.lemma})`;
              }
              // 'did not threaten to cut off economic cooperation', 'refused to hold talks': the threat or refusal.
              const particle = left === container?.verb.to && T[left].pos !== 'DET';
              const cRecode = !cIntent && cfr?.recode && cgov && (!inPhrase || particle) ? mapCode(k.recodes.get(cfr.recode)!, code) : undefined;
              if (cRecode) {
                code = cRecode;
                halted = `${halted} -> ${cRecode} (frames:${cfr!.lemma})`;
              }
              // A noun in a phrase of its own ('did not travel to Alaska for Friday's summit') keeps its own status;
              // the object of a light verb ('did not hold a meeting') takes the verb's; an owned act another verb denies,
              // doubts or condemns is still a fact ('has never investigated its 2017 crackdown'), unless that verb is a plan.
              const lends = container && !container.inQuote && (k.lightVerbs.has(container.verb.lemma) || (halted !== '' && k.haltVerbs.has(container.verb.lemma)) || (!inPhrase && (how !== 'possessor' || container.status === 'planned')));
              // 'has called for a march on Thursday', 'demanded talks': what is called for is yet to happen.
              const calledFor = !!container && !container.inQuote && CALL_FOR.has(container.verb.lemma) && T[container.verb.to]?.norm === 'for' && container.status === 'occurred';
              let status: Status = (cIntent || cRecode) && cgov ? framing(cgov, container!)
                : adjCue ?? (predicate ? predicate.status : calledFor ? 'planned' : lends ? container!.status : 'occurred');
              // ('denied carrying out cyberattacks against the United States': denied through the light verb.)
              if (!deniedBy && container && k.lightVerbs.has(container.verb.lemma) && cgov && !cgov.inQuote && DENIALS.has(cgov.verb.lemma) && cgov.subject?.actors.length) deniedBy = cgov;
              if (deniedBy && status !== 'negated') { status = 'negated'; }
              // The words the status came from; none when the noun keeps its own 'occurred'.
              let statusCue = cueWord ?? ((cIntent || cRecode) && cgov ? cgov.statusCue : predicate ? predicate.statusCue : calledFor ? `${T[container!.verb.head].text} for` : lends ? container!.statusCue : null) ?? null;
              // 'Russia is planning a massive attack on Ukraine's grid', 'is preparing an offensive': a plan's object is yet to come.
              if (lends && status === 'occurred' && container && PLANNING.has(container.verb.lemma) && !adjCue) { status = 'planned'; statusCue = T.slice(container.verb.from, container.verb.to).map((t) => t.text).join(' '); }
              // 'ahead of Saturday's rally', 'a rally his party plans to hold on Sunday': still to come.
              if (status === 'occurred') {
                let l = left;
                while (l >= s.from && (T[l].norm === "'s" || T[l].pos === 'DET' || timeAtToken.has(l) || inMention.has(l))) l--;
                const ahead = l - 1 >= s.from && T[l].norm === 'of' && T[l - 1].norm === 'ahead';
                const planned = clauses.find((o) => o.verb.from >= hit!.end && o.verb.from <= hit!.end + 4 && PLAN_VERBS.has(o.verb.lemma) && !o.verb.negated);
                if (ahead) { status = 'planned'; statusCue = 'ahead of'; }
                else if (planned) { status = 'planned'; statusCue = T.slice(planned.verb.from, planned.verb.to).map((t) => t.text).join(' '); }
              }
              // 'two nights of violent protests': a violent protest is a riot (145).
              if (code === '141' && T.slice(Math.max(s.from, i - 3), i).some((t) => t.norm === 'violent')) {
                code = '145';
                halted = `${halted} -> 145 (violent)`;
              }
              // "Thailand's air force will carry out strikes on": an air force's strikes are air strikes.
              if (code === '190' && AIR_FORCE.test(doc.text.slice(T[sourceM.from].start, T[sourceM.to - 1].end))) {
                code = '195';
                halted = `${halted} -> 195 (by '${doc.text.slice(T[sourceM.from].start, T[sourceM.to - 1].end)}', from the air)`;
              }
              // 'Israeli bombing of Gaza': a state's bombing is from the air.
              if (code === '183' && sourceM.actors.every((a) => a.country && countries.has(a.country) && (a.sector === null || STATE_FORCES.has(a.sector)))) {
                code = '195';
                halted = `${halted} -> 195 (a state bombs from the air)`;
              }
              for (let x = i; x < hit.end; x++) consumed.add(x);
              // The phrase's own words date it: 'its 2017 crackdown', 'talks on Monday'.
              const region: [number, number] = [left + 1, Math.min(s.to, hit.end + 6)];
              const nounCand: Candidate = {
                sentence: s.index, start: T[Math.min(sourceM.from, i)].start, end: T[hit.end - 1].end,
                sources: sourceM.actors, targets: hit.target ? [hit.target, ...hit.moreTargets].flatMap((m) => m.actors) : atHome ? [homeCountry(countries.get(sourceM.actors[0].country!)!)] : [null], code, status, statusCue,
                time: timeFor(container, s.index, status, region), place: placeFor(s.index, null, mentionTokens([sourceM, hit.target])),
                confidence: Math.min(0.9, 0.55 + 0.05 * hit.literals + (how === 'possessor' ? 0.1 : 0)),
                rule: `${p.id} '${[...p.anchor, ...p.after].join(' ')}' -> ${p.code}${halted}; source: ${how}; status ${status}${statusCue ? ` ('${statusCue}')` : ''}`,
              };
              candidates.push(nounCand);
              // ('denied any involvement in a plot to kill X': the denial itself, aimed at the act's target.)
              if (deniedBy && hit.target) denyAct(deniedBy, deniedBy.status, hit.target.actors, nounCand);
              i = hit.end - 1;
              break;
            }
          }
        }
      };
      codeNounEvents();

      // 'lodged a protest with Beijing over the sanctions imposed on two British lawmakers', 'barred 500 Americans in
      // retaliation for Washington's sanctions': the act reacted to is an event of its own. Its doer is the one the
      // phrase names ('Washington's', 'U.S.', 'by X'), or else whoever the reaction is aimed at; its target the one
      // the phrase names, or else whoever reacts. The phrase must name one of them.
      const codeReactions = (): void => {
        for (const [ci, main] of [...byClause]) {
          const c = doc.clauses[ci];
          if (c.inQuote || !main.sources.length) continue;
          const s = doc.sentences[c.sentence];
          const stop = clausesBySentence.get(c.sentence)?.find((o) => o.verb.from > c.verb.to && !o.inQuote && o.subject && o.verb.form === 'finite' && o.governor !== ci)?.verb.from ?? s.to;
          for (let j = c.verb.to; j < stop - 1; j++) {
            const w = T[j].norm;
            let k0 = -1;
            if (w === 'over' && main.code >= '10' && main.code < '18') k0 = j + 1;
            else if (w === 'in' && CAUSE_NOUNS.has(T[j + 1].norm) && CAUSE_PREPS.has(T[j + 2]?.norm ?? '')) k0 = j + 3;
            // 'would respond to the Indian strikes', 'retaliated for Israel's air strikes': what is answered.
            const answering = j === c.verb.to && ANSWERS.get(c.verb.lemma) === w;
            if (answering) k0 = j + 1;
            if (k0 < 0) continue;
            // The event noun heading the phrase: past determiners, adjectives, owners, times, 'a round of'.
            let i = k0;
            while (i < stop && i < k0 + 8 && (['DET', 'ADJ', 'NUM', 'ADV'].includes(T[i].pos) || T[i].norm === "'s" || POSSESSIVES.has(T[i].norm) || inTime.has(i) || inMention.has(i) ||
              (SERIES.has(T[i].lemma) && T[i + 1]?.norm === 'of') || (T[i].norm === 'of' && SERIES.has(T[i - 1]?.lemma ?? '')))) i++;
            const list = T[i] && T[i].pos === 'NOUN' && (!consumed.has(i) || answering) ? nounPatterns.get(T[i].lemma) : undefined;
            if (!list) break;
            let doer: Mention | undefined = doc.mentions.find((m) => m.sentence === c.sentence && m.from >= k0 && m.to <= i && m.actors.length > 0 && (m.kind !== 'pronoun' || m.possessive));
            let chosen: Pattern | undefined;
            let target: Mention | null = null;
            let end = i + 1;
            for (const p of list) {
              if (p.anchor.length > 1) continue;
              // ('the sanctions imposed on two British lawmakers': past the participle.)
              const at = T[i + 1]?.pos === 'VERB' && T[i + 1].norm.endsWith('ed') ? i + 2 : i + 1;
              const hit = p.after.includes('TARGET') ? matchAfter(p, at, stop, input) : null;
              if (hit?.target) { chosen = p; target = hit.target; end = hit.end; break; }
            }
            chosen = chosen ?? relaxed(list.filter((p) => p.anchor.length === 1), i + 1, stop);
            if (!chosen) break;
            if (!doer && T[end]?.norm === 'by') doer = mentionStart.get(T[end + 1]?.pos === 'DET' ? end + 2 : end + 1);
            // (Force answers force whoever did it: 'fired missiles in retaliation for an attack on tourists' names no doer.)
            if (!doer && (!target || main.code >= '18')) break;
            // ('protested over the detention of Imamoglu': a protest at home over an arrest or a ban is aimed at its own
            // government, which made it; not over killings, which anyone may have done.)
            const home = main.code.startsWith('14') && main.sources[0]?.country && countries.has(main.sources[0].country) ? homeCountry(countries.get(main.sources[0].country)!) : null;
            const aimed = main.targets.filter((a): a is ActorRef => a !== null);
            const sources = doer ? doer.actors : aimed.length ? aimed : home && chosen.code.startsWith('17') ? [{ ...home, code: `${home.code}GOV`, sector: 'GOV' as ActorRef['sector'], type: 'group' as ActorRef['type'], rule: `a protest at home is aimed at the government of ${home.code}` }] : [];
            const targets = target ? [target.actors[0]] : main.sources;
            if (!sources.length || !targets.length || sources.some((a) => targets.some((b) => b.code === a.code))) break;
            for (let x = i; x < end; x++) consumed.add(x);
            candidates.push({
              sentence: c.sentence, start: T[k0].start, end: T[end - 1].end, sources, targets, code: chosen.code, status: 'occurred', statusCue: null,
              time: timeFor(null, c.sentence, 'occurred', [k0, end]), place: null, confidence: 0.45,
              rule: `${chosen.id} '${[...chosen.anchor, ...chosen.after].join(' ')}' -> ${chosen.code}; the act reacted to ('${T.slice(j, k0).map((t) => t.text).join(' ')}'), by ${doer ? 'whom the phrase names' : 'whom the reaction is aimed at'} on ${target ? 'whom it names' : 'whoever reacts'}; status occurred`,
            });
            break;
          }
        }
      };
      codeReactions();

      // 'lifted martial law six hours after declaring it', 'lifted the ban the previous government had imposed on
      // Jamaat', 'has not resumed imports of Japanese seafood, which it halted': undoing an act names the act undone.
      // Its doer is the subject of the verb that did it, or else whoever undoes it; it falls on the same target.
      const codeUndone = (): void => {
        for (const [ci, undo] of [...byClause]) {
          const c = doc.clauses[ci];
          if (c.inQuote || !undo.sources.length) continue;
          const undone = UNDONE.get(undo.code) ?? UNDONE.get(undo.code.slice(0, 3)) ?? (REVERSIBLE_START.test(undo.code) ? mapCode(k.halts, undo.code) : undefined);
          if (!undone) continue;
          for (const o of clausesBySentence.get(c.sentence) ?? NO_CLAUSES) {
            if (o === c || o.verb.from <= c.verb.from || o.verb.from - c.verb.to > 20 || o.inQuote || !UNDONE_BY.has(o.verb.lemma) || o.verb.passive) continue;
            // It names the act by a pronoun or a relative clause, and no new target: 'after blocking it', 'which it halted'.
            const next = T[o.verb.to];
            const byPronoun = !!next && next.sentence === o.sentence && (next.norm === 'it' || next.norm === 'them');
            const relative = T.slice(c.verb.to, o.verb.from).some((t) => t.norm === 'which' || t.norm === 'that') || (o.subject !== null && o.subject.kind === 'pronoun' && o.subject.to === o.verb.from);
            if (!byPronoun && !relative) continue;
            const doer = o.subject?.actors.length && !(o.subject.kind === 'pronoun' && o.subject.actors.every((a) => undo.targets.some((b) => b?.code === a.code))) ? o.subject.actors : undo.sources;
            // (Its own time only: the undoing's date is not the doing's, 'a year after seizing them'.)
            const own = timeFor(o, o.sentence, 'occurred');
            const time = own && own.from >= o.verb.from && own.from < o.to ? own : null;
            candidates.push({
              ...undo, sources: doer, code: undone, status: 'occurred', statusCue: null, time, confidence: Math.max(0.45, undo.confidence - 0.15),
              rule: `${undo.rule.split(';')[0]}; undone, so done before by '${o.verb.lemma}' -> ${undone}; status occurred`,
            });
            break;
          }
        }
      };
      codeUndone();

      // 'Niger severed relations with Ukraine, two days after Mali took the same step', 'Spain and Norway had taken
      // the same step in 2024', 'echoing a similar move by the United States': the act before, done by another.
      const codeSameStep = (): void => {
        const byStart = [...candidates].sort((a, b) => a.start - b.start);
        const antecedent = (sentence: number, before: number, others: ActorRef[]): Candidate | undefined =>
          byStart.findLast((o) => (o.sentence === sentence && o.start < before || o.sentence === sentence - 1) && !o.code.startsWith('01') &&
            !o.sources.some((a) => others.some((b) => b.code === a.code)));
        for (const c of doc.clauses) {
          if (c.inQuote) continue;
          const w = (n: number) => T[c.verb.to + n]?.sentence === c.sentence ? T[c.verb.to + n].norm : '';
          const same = (c.verb.lemma === 'take' && ['same', 'similar'].includes(w(1)) && SAME_STEPS.has(w(2))) || (c.verb.lemma === 'take' && w(0) === 'a' && w(1) === 'similar' && SAME_STEPS.has(w(2))) ||
            (c.verb.lemma === 'follow' && w(0) === 'suit') || (c.verb.lemma === 'do' && w(0) === 'the' && w(1) === 'same' && !T[c.verb.to + 2]?.pos.startsWith('N'));
          let doers = same && c.subject ? [c.subject, ...c.coSubjects].flatMap((m) => m.actors) : [];
          let status: Status = c.status;
          let when: Clause | null = c;
          let at = c.verb.from;
          if (!doers.length) {
            // 'echoing a similar move by the United States'
            const j = c.verb.to;
            if (!(w(0) === 'a' || w(0) === 'the') || !['similar', 'same'].includes(w(1)) || !SAME_STEPS.has(w(2)) || w(3) !== 'by') continue;
            const by = mentionStart.get(T[j + 4]?.pos === 'DET' ? j + 5 : j + 4);
            if (!by?.actors.length) continue;
            doers = by.actors; status = 'occurred'; when = null; at = j;
          }
          if (!doers.length) continue;
          const prior = antecedent(c.sentence, T[at].start, doers);
          if (!prior) continue;
          for (const a of doers) {
            candidates.push({
              ...prior, sentence: c.sentence, start: T[at].start, end: T[Math.min(c.to, doc.sentences[c.sentence].to) - 1].end, sources: [a], status, statusCue: status === 'occurred' ? null : c.statusCue,
              time: when ? timeFor(when, c.sentence, status) : null, confidence: Math.max(0.4, prior.confidence - 0.15),
              rule: `${prior.rule.split(';')[0]}; the same step, taken by '${a.text || a.code}'; status ${status}`,
            });
          }
        }
      };
      codeSameStep();

      // '..., a move Israel's prime minister denounced as a reward for terrorism', 'in a case Washington has condemned as a
      // sham': what is condemned in a clause on the act's noun is the act, so the condemnation falls on its doers.
      const codeCondemnedAct = (): void => {
        for (const [ci, c] of doc.clauses.entries()) {
          if (c.inQuote || byClause.has(ci) || !CONDEMNING.has(c.verb.lemma) || !c.subject?.actors.length || c.verb.passive) continue;
          const noun = T[c.subject.from - 1];
          if (!noun || noun.sentence !== c.sentence || noun.pos !== 'NOUN' || !k.classes.get('labelled')?.has(noun.lemma)) continue;
          const next = T[c.verb.to];
          if (next && next.sentence === c.sentence && !['as', ',', '.'].includes(next.norm)) continue;
          const subject = c.subject;
          const act = candidates.filter((o) => o.sentence === c.sentence && o.start < noun.start && !o.code.startsWith('01') &&
            !o.sources.some((a) => subject.actors.some((b) => b.country && b.country === a.country))).at(-1);
          if (!act) continue;
          candidates.push({
            ...act, start: T[subject.from].start, end: T[c.verb.to - 1].end, sources: subject.actors, targets: act.sources, code: '111', status: c.status, statusCue: c.statusCue,
            time: timeFor(c, c.sentence, c.status), confidence: 0.5,
            rule: `'${noun.text} ... ${c.verb.lemma}' -> 111; the act before (${act.rule.split(';')[0]}) condemned, so its doers; status ${c.status}`,
          });
        }
      };
      codeCondemnedAct();
      // 'Iran would walk away from the talks if Washington insisted, the minister warned', 'vowed to outlaw the
      // opposition if it wins': a hostile act made conditional by the one who would do it is a threat (13x), made now.
      const threats = k.recodes.get('threats')!;
      const warnedOf = new Set<Candidate>();
      for (const cand of candidates) {
        if ((cand.status !== 'hypothetical' && cand.status !== 'planned') || !HOSTILE.test(cand.code)) continue;
        const sent = doc.sentences[cand.sentence];
        const condition = CONDITIONS.has((cand.statusCue ?? '').toLowerCase()) ||
          T.slice(sent.from, sent.to).some((t) => t.start >= cand.end && (t.norm === 'if' || t.norm === 'unless') && !t.quoted);
        // 'Katz warned Hamas that Israel would seize ever larger parts of Gaza': a hostile act its doer warns another of is a
        // threat to that other, conditional or not.
        const warner = cand.status === 'planned' ? (clausesBySentence.get(cand.sentence) ?? NO_CLAUSES).find((c) => !c.inQuote && !c.verb.passive && c.verb.lemma === 'warn' &&
          T[c.verb.from].start < cand.start && c.subject?.actors.some((a) => a.country && cand.sources.some((b) => b.country === a.country))) : undefined;
        if (!condition && !warner) continue;
        const threat = mapCode(threats, cand.code);
        const speaker = warner ?? (clausesBySentence.get(cand.sentence) ?? NO_CLAUSES).find((c) => !c.inQuote && !c.verb.passive && THREAT_SPEAKING.has(c.verb.lemma) &&
          c.subject?.actors.some((a) => a.country && cand.sources.some((b) => b.country === a.country)));
        if (!threat || !speaker) continue;
        // (The one warned, named right after the verb, is whom it is aimed at.)
        const warned = warner ? mentionStart.get(warner.verb.to) : undefined;
        Object.assign(cand, {
          code: threat, status: speaker.status === 'negated' ? 'negated' : 'occurred', statusCue: `${speaker.verb.lemma} ... ${cand.statusCue}`,
          targets: warned && warned.actors.length && !warned.actors.some((a) => cand.sources.some((b) => b.country === a.country)) ? warned.actors : cand.targets,
          time: timeFor(speaker, cand.sentence, 'occurred'), rule: `${cand.rule.split(';')[0]} -> ${threat} (a threat: ${warner ? 'warned of' : 'conditional'}, said by '${speaker.verb.lemma}'s subject); status occurred`,
        });
        // (The warning's own plain threat, 130, is this one.)
        const plain = warner ? byClause.get(doc.clauses.indexOf(warner)) : undefined;
        if (plain && plain.code === '130') warnedOf.add(plain);
      }
      if (warnedOf.size) for (let n = candidates.length - 1; n >= 0; n--) if (warnedOf.has(candidates[n])) candidates.splice(n, 1);
      /** The one country other than the source's that the sentence names, as a country. */
      const foreignIn = (sentence: number, source: ActorRef): ActorRef | null => {
        const others = new Set<string>();
        const collect = (n: number): void => {
          for (const m of doc.mentions) if (m.sentence === n) for (const a of m.actors) if (a.country && a.country !== source.country && countries.has(a.country)) others.add(a.country);
        };
        collect(sentence);
        // ('Taipei said it had put its forces on alert in response': none here, so the one the sentence before names.)
        if (others.size === 0 && sentence > 0) collect(sentence - 1);
        // ('put its forces on alert as Russia carried out a drone attack on Ukraine': of several, the one using force.)
        if (others.size > 1) {
          const attacker = candidates.find((o) => o.sentence === sentence && o.code >= '18' && o.code < '21' && o.sources[0]?.country && others.has(o.sources[0].country))?.sources[0].country;
          if (attacker) { others.clear(); others.add(attacker); }
        }
        if (others.size !== 1) return null;
        const c = countries.get([...others][0])!;
        return { text: '', code: c.code, country: c.code, sector: null, name: c.name, id: c.code.toLowerCase(), type: 'country', rule: `force posture: aimed at the one other country the sentence names, ${c.code}` };
      };
      const laterPasses = (): void => {
        // 'Kenyan police opened fire on protesters': force by the police on their own country's people is repression (175).
        for (const cand of candidates) {
          // (Killing many during protests too: 'security forces killed hundreds of people during the protests'.)
          const protests = cand.code.startsWith('202') && PROTEST_WORDS.test(doc.sentences[cand.sentence].text);
          // (Not abduction: 'security agents abducted government critics' is 181 whoever does it.)
          if (!/^(18[02-9]|19)/.test(cand.code) && !protests || !cand.sources.length || !cand.sources.every((a) => a.sector === 'COP')) continue;
          if (!cand.targets.length || !cand.targets.every((t) => t && (t.sector === 'CVL' || t.sector === 'OPP') && cand.sources.some((a) => a.country === t.country))) continue;
          recode(cand, '175', 'police force on their own people');
        }
        // 'is weighing whether to recognise a Palestinian state': the option weighed, when it is an event, says it all (054,
        // hypothetical); the weighing is 014 only when what is weighed codes nothing ('whether to loosen its rules').
        for (const [ci, cand] of [...byClause]) {
          if (cand.code !== '014' || !cand.rule.includes(" whether' ->")) continue;
          if (!doc.clauses.some((o, oi) => o.governor === ci && byClause.has(oi))) continue;
          candidates.splice(candidates.indexOf(cand), 1);
          byClause.delete(ci);
        }
        // 'is not considering a ban on arms sales to Israel', 'strongly considering sanctions and tariffs on Russia': an option
        // weighed that names its act and its target is that act, not yet done (or, denied, not done).
        for (const [ci, cand] of [...byClause]) {
          const c = doc.clauses[ci];
          if (cand.code !== '014' || !CONSIDERING.has(c.verb.lemma)) continue;
          const s = doc.sentences[c.sentence];
          let done = false;
          for (let i = c.verb.to; i < Math.min(c.to, c.verb.to + 8) && !done; i++) {
            if (T[i].pos !== 'NOUN') continue;
            for (const p of nounPatterns.get(T[i].lemma) ?? []) {
              if (p.anchor.length > 1 || !p.after.includes('TARGET')) continue;
              const hit = matchAfter(p, i + 1, s.to, input);
              if (!hit?.target?.actors.length) continue;
              const status: Status = c.status === 'negated' ? 'negated' : 'hypothetical';
              Object.assign(cand, { targets: [hit.target, ...hit.moreTargets].flatMap((m) => m.actors), status });
              recode(cand, p.code, `the option weighed: ${p.id} '${[...p.anchor, ...p.after].join(' ')}'`);
              done = true;
              break;
            }
          }
        }
        // 'had no immediate comment on the report', 'would not comment': a comment not made is a comment declined (011), done.
        for (const cand of candidates) {
          if (cand.code !== '010' || cand.status !== 'negated') continue;
          cand.status = 'occurred';
          recode(cand, '011', 'a comment not made is declined');
        }
        // 'Asked about the claims made by Iran's foreign ministry, a spokesman declined to comment': on what he was asked about.
        for (const cand of candidates) {
          if (cand.code !== '011' || cand.targets[0] !== null) continue;
          const s = doc.sentences[cand.sentence];
          if (T[s.from]?.norm !== 'asked' || !['about', 'whether', 'if', 'on'].includes(T[s.from + 1]?.norm ?? '')) continue;
          const about = doc.mentions.find((m) => m.sentence === s.index && m.actors.length && m.kind !== 'pronoun' && !T.slice(s.from, m.from).some((t) => t.text === ','));
          if (!about || about.actors.some((a) => cand.sources.some((b) => b.country && b.country === a.country))) continue;
          cand.targets = about.actors;
          cand.rule = `${cand.rule}; on what was asked about`;
        }
        // 'rejected opposition demands to reinstate parliament', 'turned down a Russian request to station aircraft': turning
        // down someone's request to act is a rejection (12x) aimed at whoever asked, coded by the act asked for.
        for (const c of doc.clauses) {
          if (c.inQuote || c.verb.form !== 'infinitive') continue;
          const s = doc.sentences[c.sentence];
          let n = -1;
          for (let j = c.verb.from - 1; j >= s.from && j >= c.verb.from - 9 && n < 0; j--) {
            if (T[j].pos === 'VERB' || T[j].pos === 'AUX' || T[j].text === ',') break;
            if (T[j].pos === 'NOUN' && REQUEST_WORDS.has(T[j].lemma)) n = j;
          }
          if (n < 0) continue;
          const gov = (clausesBySentence.get(c.sentence) ?? NO_CLAUSES).findLast((o) => o.verb.to <= n && !o.inQuote);
          if (!gov || !gov.subject?.actors.length || gov.verb.passive) continue;
          const govIndex = doc.clauses.indexOf(gov);
          // A rejection a verb pattern already coded ('turned down calls by U.N. envoys to'), or a refusal to accept, is refined below.
          const prior = byClause.get(govIndex);
          if (prior && !prior.code.startsWith('12') && !(gov.verb.lemma === 'accept' && gov.status === 'negated' && prior.code.startsWith('08'))) continue;
          const particle = T[gov.verb.to]?.norm;
          const rejecting = REJECT_VERBS.has(gov.verb.lemma) || (gov.verb.lemma === 'turn' && particle === 'down') ||
            (gov.verb.lemma === 'brush' && (particle === 'off' || particle === 'aside')) || (gov.verb.lemma === 'accept' && gov.status === 'negated');
          if (!rejecting) continue;
          // Who asked: the name before the noun ('U.S. appeals', "Russia's request", 'opposition demands'), or 'by X' after it.
          let k0 = n - 1;
          while (k0 > s.from && (T[k0].pos === 'ADJ' || T[k0].norm === "'s" || T[k0].norm === "'")) k0--;
          let asker = coveringAt.get(k0) ?? null;
          if (asker && asker.to !== k0 + 1) asker = null;
          if (!asker && T[n + 1]?.norm === 'by') asker = mentionStart.get(T[n + 2]?.pos === 'DET' ? n + 3 : n + 2) ?? null;
          if (!asker?.actors.length || asker === gov.subject) continue;
          const list = verbPatterns.get(c.verb.lemma);
          const p = list ? relaxed(list, c.verb.to, Math.min(c.to + 1, s.to), false) : undefined;
          const code = (p && mapCode(k.recodes.get('refusals')!, p.code)) ?? '120';
          const status: Status = gov.status === 'negated' ? 'occurred' : gov.status;
          // The asking itself, by the asker to the one who turns it down: an appeal (02x), a demand (10x) or an offer (03x).
          const asked = REQUEST_FAMILY.get(T[n].lemma);
          const askCode = asked && (p ? (asked === '03' ? mapCode(k.intents, p.code) : mapCode(k.requests.get(asked)!, p.code)) : undefined);
          if (asked && !asker.actors.some((a) => gov.subject!.actors.some((b) => b.code === a.code))) {
            candidates.push({
              sentence: c.sentence, start: T[asker.from].start, end: T[c.verb.to - 1].end, sources: asker.actors, targets: [gov.subject, ...gov.coSubjects].flatMap((m) => m.actors),
              code: askCode ?? `${asked}0`, status: 'occurred', statusCue: null, time: timeFor(null, c.sentence, 'occurred'), place: null, confidence: 0.5,
              rule: `a ${T[n].lemma} to '${c.verb.lemma}'${p ? ` (${p.id} ${p.code})` : ''} -> ${askCode ?? `${asked}0`}, by whoever asked, to whoever turned it down; status occurred`,
            });
          }
          if (prior) {
            prior.status = status;
            if (code !== prior.code && (prior.code === '120' || prior.code.startsWith('08'))) recode(prior, code, `turned down a ${T[n].lemma} to '${c.verb.lemma}'`);
            continue;
          }
          const cand: Candidate = {
            sentence: c.sentence, start: T[Math.min(gov.subject.from, gov.verb.from)].start, end: T[c.verb.to - 1].end,
            sources: [gov.subject, ...gov.coSubjects].flatMap((m) => m.actors), targets: asker.actors, code, status, statusCue: gov.statusCue,
            time: timeFor(gov, gov.sentence, status), place: placeFor(c.sentence, [gov.verb.from, c.to], mentionTokens([gov.subject, asker])), confidence: 0.55,
            rule: `'${gov.verb.lemma}' a ${T[n].text} to '${c.verb.lemma}'${p ? ` (${p.id} ${p.code})` : ''} -> ${code}, aimed at whoever asked; status ${status}`,
          };
          candidates.push(cand);
          byClause.set(govIndex, cand);
        }
        // "Beijing has rebuffed Sri Lanka's request for a deeper cut to its debt", "Washington has not turned down Kyiv's
        // request for more Patriot systems": the owner of a request made it (02x), to whoever answers it.
        for (const c of doc.clauses) {
          if (c.inQuote || !c.subject?.actors.length) continue;
          for (let n = c.verb.to; n < c.to; n++) {
            if (T[n].pos !== 'NOUN' || !ASKED_FOR.has(T[n].lemma)) continue;
            // The owner: "Sri Lanka's request for", 'U.S. appeals for', or 'appeals from Paris (for their freedom)'.
            const poss = T[n - 1]?.norm === "'s" || T[n - 1]?.norm === "'" ? n - 1 : -1;
            let owner = poss > 0 ? coveringAt.get(poss - 1) : undefined;
            if (owner && owner.to !== poss) owner = undefined;
            let forAt = n + 1;
            if (!owner && (T[n + 1]?.norm === 'from' || T[n + 1]?.norm === 'by')) {
              owner = mentionStart.get(T[n + 2]?.pos === 'DET' ? n + 3 : n + 2);
              forAt = owner ? owner.to : -1;
            }
            if (!owner && coveringAt.get(n - 1)?.to === n && coveringAt.get(n - 1)?.adjectival) owner = coveringAt.get(n - 1);
            if (!owner?.actors.length || owner.actors.some((a) => c.subject!.actors.some((b) => b.country && b.country === a.country))) break;
            // Without 'for', only an owner after the noun says whose asking it is ('rebuffing months of requests from Kyiv').
            const hasFor = T[forAt]?.norm === 'for';
            if (!hasFor && owner.from < n) continue;
            const what = hasFor ? T.slice(forAt + 1, Math.min(forAt + 8, c.to)) : [];
            const has = (cls: string) => what.some((t) => k.classes.get(cls)?.has(t.lemma));
            const code = has('milaid') || what.some((t) => AIR_DEFENCE.test(t.text)) ? '0232' : has('humaid') ? '0233' : has('econmoney') || what.some((t) => t.lemma === 'debt') ? '0231'
              : has('freeing') || what.some((t) => t.lemma === 'freedom') ? '0253' : '020';
            candidates.push({
              sentence: c.sentence, start: T[owner.from].start, end: T[Math.min(n + 1, c.to - 1)].end, sources: owner.actors, targets: c.subject.actors, code, status: 'occurred',
              statusCue: null, time: null, place: null, confidence: 0.5,
              rule: `'${owner.actors[0].text}'s ${T[n].text}${hasFor ? ' for' : ''}' -> ${code}, made to whom '${c.verb.lemma}' it; status occurred`,
            });
            break;
          }
        }
        // 'Israel received a shipment of bombs from the United States', 'Ukraine got its first F-16s from Denmark': what is
        // received is given by whoever it came from (07x), to the receiver.
        for (const [ci, c] of doc.clauses.entries()) {
          // ('receive IMF support': not a visit received, 043, but support given.)
          const prior = byClause.get(ci);
          if (c.inQuote || c.verb.passive || !RECEIVING.has(c.verb.lemma) || !c.subject?.actors.length || (prior && prior.code !== '043')) continue;
          let from = -1;
          for (let j = c.verb.to; j < c.to && j < c.verb.to + 12 && from < 0; j++) if (T[j].norm === 'from') from = j;
          // ('jets from Denmark' is read as one phrase, Danish jets: the phrase that covers the name.)
          const giverAt = T[from + 1]?.pos === 'DET' ? from + 2 : from + 1;
          const owner = T[c.verb.to]?.pos === 'DET' ? mentionStart.get(c.verb.to + 1) : mentionStart.get(c.verb.to);
          const given = owner && T[owner.to]?.pos === 'NOUN' && GIFT_WORDS.has(T[owner.to].lemma) ? owner : undefined;
          const giver = from > 0 ? mentionStart.get(giverAt) ?? coveringAt.get(giverAt) : given;
          if (from < 0 && given) from = given.to + 1;
          if (!giver?.actors.length || giver.actors.some((a) => c.subject!.actors.some((b) => b.country && b.country === a.country))) continue;
          const what = T.slice(c.verb.to, Math.max(from, giver.to));
          const has = (cls: string) => what.some((t) => k.classes.get(cls)?.has(t.lemma) || k.classes.get(cls)?.has(t.norm));
          const code = has('arms') || AIR_DEFENCE.test(what.map((t) => t.text).join(' ')) ? '072' : has('relief') ? '073' : has('money') ? '071' : what.some((t) => GIFT_WORDS.has(t.lemma)) ? '070' : null;
          if (!code) continue;
          if (prior) {
            Object.assign(prior, { sources: giver.actors, targets: [c.subject, ...c.coSubjects].flatMap((m) => m.actors) });
            recode(prior, code, `'${c.verb.lemma}' what another gives: by the giver, to the receiver`);
            continue;
          }
          const cand: Candidate = {
            sentence: c.sentence, start: T[c.verb.from].start, end: T[giver.to - 1].end, sources: giver.actors, targets: [c.subject, ...c.coSubjects].flatMap((m) => m.actors),
            code, status: c.status, statusCue: c.statusCue, time: timeFor(c, c.sentence, c.status), place: placeFor(c.sentence, [c.verb.from, c.to], mentionTokens([c.subject, giver])), confidence: 0.5,
            rule: `'${c.verb.lemma} ... from' -> ${code}, given by whoever it came from to the receiver; status ${c.status}`,
          };
          candidates.push(cand);
          byClause.set(ci, cand);
        }
        // '..., drawing condemnation from the United States and the United Nations': those it came from condemn the
        // subject of the act (111).
        for (const c of doc.clauses) {
          if (c.inQuote || !DRAWING.has(c.verb.lemma) || !c.subject?.actors.length) continue;
          let n = c.verb.to;
          while (n < c.to && (T[n].pos === 'ADJ' || T[n].pos === 'DET' || T[n].pos === 'ADV')) n++;
          if (!CENSURE.has(T[n]?.lemma ?? '') || T[n + 1]?.norm !== 'from') continue;
          const first = mentionStart.get(n + 2) ?? (T[n + 2]?.pos === 'DET' ? mentionStart.get(n + 3) : undefined);
          if (!first?.actors.length) continue;
          const critics = [first];
          let at = first.to;
          while (at + 1 < c.to && (T[at].norm === 'and' || T[at].norm === ',')) {
            const nx = mentionStart.get(at + 1) ?? (T[at + 1]?.pos === 'DET' ? mentionStart.get(at + 2) : undefined);
            if (!nx?.actors.length) break;
            critics.push(nx);
            at = nx.to;
          }
          candidates.push({
            sentence: c.sentence, start: T[c.verb.from].start, end: T[at - 1].end, sources: critics.flatMap((m) => m.actors), targets: c.subject.actors,
            code: '111', status: 'occurred', statusCue: null, time: timeFor(c, c.sentence, 'occurred'), place: null, confidence: 0.5,
            rule: `'${c.verb.lemma} ${T[n].text} from' -> 111, by those it came from on the one who acted; status occurred`,
          });
        }
        // 'swapped 185 prisoners each in an exchange mediated by the UAE', 'talks with Witkoff, which were mediated by
        // Oman': the mediator of an act coded in the sentence mediates between its sides (045).
        // ('signed a joint declaration in a ceremony hosted by Donald Trump': the host receives each side, 043.)
        // ('negotiations between the army and the RSF opened under Saudi and U.S. mediation': so for mediation named by its mediators.)
        const between = (sentence: number, at: number, mediators: ActorRef[], code: string, status: Status, statusCue: string | null, from: number, to: number, how: string): void => {
          const sided = candidates.filter((x) => x.sentence === sentence && x.code < '09' && x.code !== '045' && x.code !== '043' && x.start < at);
          const act = sided[sided.length - 1];
          if (!act) return;
          const sides = new Map<string, ActorRef>();
          for (const a of [...act.sources, ...act.targets]) if (a && !mediators.some((m) => (m.country && m.country === a.country) || m.code === a.code)) sides.set(a.code, a);
          if (sides.size < 2) return;
          candidates.push({
            ...act, start: T[from].start, end: T[to - 1].end, sources: mediators, targets: [...sides.values()], code, status, statusCue,
            time: act.time, confidence: 0.6, rule: `${how} ${mediators.map((a) => a.code).join('+')} of the act coded before (${act.rule.split(';')[0]}) -> ${code}; status ${status}`,
          });
        };
        for (const c of doc.clauses) {
          if (c.inQuote || !c.verb.passive || !c.agent?.actors.length || !(MEDIATING.has(c.verb.lemma) || c.verb.lemma === 'host')) continue;
          between(c.sentence, T[c.verb.from].start, c.agent.actors, c.verb.lemma === 'host' ? '043' : '045', c.status, c.statusCue, c.verb.from, c.agent.to, `'${c.verb.lemma} by'`);
        }
        for (const s of doc.sentences) {
          if (!live.has(s.index)) continue;
          for (let i = s.from + 1; i < s.to; i++) {
            if (T[i].norm !== 'mediation' || T[i].pos !== 'NOUN') continue;
            const mediators: ActorRef[] = [];
            let j = i - 1;
            while (j >= s.from) {
              const m = coveringAt.get(j);
              if (m && m.actors.length && m.kind !== 'pronoun') { mediators.push(...m.actors); j = m.from - 1; continue; }
              if (T[j].norm === 'and' || T[j].text === ',') { j--; continue; }
              break;
            }
            if (mediators.length && T[j]?.norm === 'under') between(s.index, T[i].start + 1, mediators, '045', 'occurred', null, j + 1, i + 1, "'under ... mediation' of");
          }
        }
        // 'gathered outside the Israeli embassy to protest', 'stormed the Swedish embassy': protest at an embassy is aimed
        // at the country it stands for.
        for (const cand of candidates) {
          if (!cand.code.startsWith('14') || cand.targets.some((t) => t && t.country && !cand.sources.some((a) => a.country === t.country))) continue;
          const s = doc.sentences[cand.sentence];
          let embassy: ActorRef | null = null;
          for (let i = s.from + 1; i < s.to && !embassy; i++) {
            if (!EMBASSY_WORDS.has(T[i].lemma)) continue;
            const m = coveringAt.get(i - 1);
            const of = T[i + 1]?.norm === 'of' ? mentionStart.get(T[i + 2]?.pos === 'DET' ? i + 3 : i + 2) : undefined;
            const owner = m && m.to === i && m.adjectival ? m : of;
            const a = owner?.actors[0];
            if (a?.country && !cand.sources.some((x) => x.country === a.country) && countries.has(a.country)) embassy = homeCountry(countries.get(a.country)!);
          }
          if (!embassy) continue;
          cand.targets = [embassy];
          cand.rule = `${cand.rule.split(';')[0]}; at the ${embassy.code} embassy, so aimed at ${embassy.code}; status ${cand.status}`;
        }
        // 'imposed travel bans and asset freezes on Israel's far-right ministers': travel bans on another country's people
        // are sanctions (163); on one's own, administrative sanctions (172).
        for (const cand of candidates) {
          if (cand.code !== '172' || !cand.targets.length || !/\btravel bans?\b/i.test(doc.text.slice(cand.start, cand.end))) continue;
          if (!cand.targets.every((t) => t?.country && !cand.sources.some((a) => a.country === t.country))) continue;
          recode(cand, '163', "a travel ban on another country's people");
        }
        // 'threatened to call a general strike unless the government agreed to a deal': a threat aimed at no one named is
        // aimed at whoever the condition is on.
        for (const cand of candidates) {
          if (!cand.code.startsWith('13') || cand.targets.some((t) => t !== null)) continue;
          const s = doc.sentences[cand.sentence];
          for (let i = s.from; i < s.to; i++) {
            if (T[i].norm !== 'unless' && T[i].norm !== 'if') continue;
            const m = mentionStart.get(i + 1) ?? (T[i + 1]?.pos === 'DET' ? mentionStart.get(i + 2) : undefined);
            if (m && m.actors.length && !m.actors.some((a) => cand.sources.some((b) => b.code === a.code))) {
              cand.targets = m.actors;
              cand.rule = `${cand.rule.split(';')[0]}; aimed at whom the condition is on ('${T[i].text} ${m.actors[0].text}'); status ${cand.status}`;
            }
            break;
          }
        }
        // 'called off a march planned for Saturday', 'called off a 24-hour strike': the protest called off is also a protest
        // that did not happen (141, 143, 144 negated), beside the easing of dissent (082).
        for (const cand of [...candidates]) {
          if (cand.code !== '082' || !/\boff\b/i.test(doc.text.slice(cand.start, cand.end))) continue;
          const words = doc.text.slice(cand.start, cand.end + 40).toLowerCase();
          const code = /\bstrikes?\b|\bwalkout\b/.test(words) ? '143' : /\bblockades?\b/.test(words) ? '144' : /\b(march|marches|protests?|rall(y|ies)|demonstrations?)\b/.test(words) ? '141' : null;
          if (!code) continue;
          const home = cand.sources[0]?.country;
          if (!home || !countries.has(home)) continue;
          // With no target, the protest is against the protesters' own government (toEvent).
          candidates.push({ ...cand, code, status: 'negated', targets: [null], rule: `${cand.rule.split(';')[0]} -> ${code} (the protest called off, negated); status negated` });
        }
        // 'rallied to demand the removal of President Yoon', 'marched to demand action over killings of women': a protest for
        // a change of leader is 1411, for rights 1413.
        for (const cand of candidates) {
          if (cand.code !== '141') continue;
          const text = doc.sentences[cand.sentence].text;
          const sub = LEADER_CHANGE.test(text) ? '1411' : RIGHTS_DEMAND.test(text) ? '1413' : null;
          if (!sub) continue;
          recode(cand, sub, sub === '1411' ? 'for a change of leader' : 'for rights');
        }
        // 'Rioters attacked a hotel housing asylum seekers': an attack by a crowd is a riot (145).
        for (const cand of candidates) {
          if (cand.code !== '190' || !cand.sources.length || !cand.sources.every((a) => a.sector === 'CVL' && CROWD_WORDS.test(a.text))) continue;
          recode(cand, '145', 'an attack by a crowd is a riot');
        }
        // 'a five-day walkout in a dispute over pay', 'a strike against the pension reform': a strike for a change of
        // policy (1432).
        for (const cand of candidates) {
          if (cand.code !== '143' || !POLICY_DISPUTE.test(doc.sentences[cand.sentence].text)) continue;
          recode(cand, '1432', 'a strike over policy');
        }
        // 'ordered two UN aid officials to leave the country': sending an organisation's people away is expelling it
        // (166; 1663 for aid agencies), not deporting individuals (174).
        for (const cand of candidates) {
          if (cand.code !== '174' || !cand.targets.length) continue;
          // 'ordered the ambassador of Belarus to leave': expelling diplomats reduces relations (161).
          if (cand.targets.every((t) => t && DIPLOMAT_WORDS.test(t.text))) {
            recode(cand, '161', 'diplomats sent away');
            continue;
          }
          // 'ordered French troops to leave the country': another country's forces sent away are expelled (166).
          const foreignForces = cand.targets.every((t) => t && t.sector === 'MIL' && t.country && !cand.sources.some((a) => a.country === t.country));
          if (!foreignForces && !cand.targets.every((t) => t && /^(IGO|NGO)/.test(t.code))) continue;
          const aid = !foreignForces && cand.targets.every((t) => AID_AGENCY.test(t!.code) || /\baid\b|humanitarian|relief/i.test(t!.text));
          const code = aid ? '1663' : '166';
          recode(cand, code, `${foreignForces ? "another country's forces" : "an organisation's people"} sent away`);
        }
      };
      laterPasses();
      const events: EventRecord[] = [];
      for (const c of candidates) {
        for (const source of c.sources) {
          for (const target of c.targets) {
            // An actor does not act on itself; nor, for event data, does one government on itself ('Musharraf and his
            // prime minister attended a meeting').
            // 'imposed a curfew in Dhaka': a capital struck or restricted is its country (toEvent), not its government.
            // 'lifted the state of emergency in Amhara': a place at home, for what is done at home, is the country.
            const home = target?.rule.startsWith(AT_HOME) || (target && (strikesPlace(c.code) || target.code === source.code) && target.sector === 'GOV' && target.rule.includes(' seat ')) ||
              (target && target.type === 'country' && target.rule.startsWith('places:') && target.code === source.country && HOME_CODES.test(c.code));
            // 'put its troops on high alert', 'drills near its own port', 'ordered more warships to the Caribbean': no show of
            // force against itself; at whom, the sentence may tell.
            // ('Ukraine withdrew its troops from Avdiivka': a pull-back on one's own ground too.)
            const selfAimed = target && !home && (SHOW_OF_FORCE.test(c.code) || c.code.startsWith('087')) && target.country && target.country === source.country;
            // (But 'a mob beat a man to death', 'rioters attacked migrants': people of one country on each other.)
            if (target && !home && !selfAimed && target.code === source.code && !(source.sector === 'CVL' && c.code >= '14')) continue;
            if (selfAimed) {
              // 'put its troops on high alert': aimed at no one named.
              events.push(toEvent(doc, ctx, k, c, source, foreignIn(c.sentence, source)));
              continue;
            }
            // 'a wave of arrests', 'its crackdown', 'deployed police across the country': with no one named, on the source's own country.
            // 'deployed thousands of riot police': the police sent are the means, the country is where.
            const instrument = !!target && POLICE_POSTURE.test(c.code) && target.country === source.country && (target.sector === 'COP' || target.sector === 'GOV');
            const own = (!target || instrument) && HOME_CODES.test(c.code) && source.country ? countries.get(source.country) : undefined;
            // ('Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors': from the one the sentence's
            // other break is with.)
            const sibling = !target && c.code === '161' ? candidates.find((o) => o !== c && o.sentence === c.sentence && o.code.startsWith('16') && o.targets[0])?.targets[0] ?? null : null;
            const adversary = sibling ?? (!target && POSTURE.test(c.code) ? foreignIn(c.sentence, source) : null);
            events.push(toEvent(doc, ctx, k, c, source, own ? homeCountry(own) : adversary ?? target));
          }
        }
      }
      events.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.span.start - b.span.start || a.cameo.code.localeCompare(b.cameo.code));
      return { ...doc, events };
    },
  };
}

/** Parts of a noun phrase that may stand as a passive's subject ('a British cargo ship'). */
const SUBJECT_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** The pattern's object is a phrase with its owner inside: only optional words before TARGET, words after ('(a) TARGET @wdship'). */
function targetInside(p: Pattern): boolean {
  const k = p.after.indexOf('TARGET');
  if (k <= 0 || k === p.after.length - 1) return false;
  for (let n = 0; n < k; n++) if (!p.after[n].startsWith('(')) return false;
  return true;
}

/** The pattern's object comes first ('detain TARGET', 'hold (TARGET) hostage'): in the passive, the subject is it. */
function objectFirst(p: Pattern): boolean {
  return p.after[0] === 'TARGET' || p.after[0] === '(TARGET)';
}

/** An actor of a sector or code prefix: 'MIL' fits RUSMIL, 'IGO' fits IGOUNOWHO. */
function fits(a: ActorRef, want: string): boolean {
  return a.sector === want || a.code.startsWith(want);
}

/** The pattern matched some of its own words, not only its target ('calling the move discriminatory'). */
function literalsMatched(p: Pattern, hit: { literals: number }): boolean {
  return hit.literals > 0 && p.after.some((e) => e !== 'TARGET' && e !== '(TARGET)');
}

/** Prepositions that introduce a pattern's target, dropped with it when no target is there. */
const TARGET_PREP_WORDS = new Set(['on', 'against', 'at', 'with', 'upon', 'into', 'to', 'in', 'toward', 'towards', 'over', 'across', 'near', 'from', 'for', 'of', 'inside', 'along', 'around', 'between', 'targeting']);
/** Prepositions that only introduce a pattern's target ('war on', 'attack against'). */
const TARGET_PREPS = new Set(['on', 'against', 'at', 'with', 'upon', 'into', 'to']);

/** Sources that strike from the air. */
const AIR_FORCE = /\b(missiles?|jets?|warplanes?|air force|bombers|fighter jets?|air ?strikes?|airstrikes?|drone strikes|missile strikes|strikes|bombardment)$/i;
/** Remotely piloted munitions: 'Indian drones had not struck', 'Russian drones hit Kyiv' (1952). */
const DRONES = /\b(drones?|drone strikes?|kamikaze drones?|shaheds?)$/i;
const ARTILLERY = /\b(shelling|artillery|artillery fire|tank fire|tank shells?|shellfire|rocket fire|mortars?|mortar fire|barrage)$/i;

/** Verbs that deny the act in their complement ('denied that its forces had struck'). */
const DENIALS = new Set(['deny']);

/** An accusation named in a denial ('rejected the allegation'), not a denial of a report or a claim. */
const ACCUSATION_WORDS = new Set(['allegation', 'accusation', 'charge', 'allegations', 'accusations', 'charges']);

/** Investigations of abuses (092), crimes (091), military actions (093) and war crimes (094), not bare 090. */
const HOME_INQUIRY = /^09[1-4]/;
const AT_HOME = 'at home:';

/** Nominal events that, with no one named, are the doing of a place's people (protests) or authorities (arrests, crackdowns). */
const DOMESTIC = /^(14|173|175)/;
/** What is given when it is received ('received IMF support', 'aid from Egypt'). */
const GIFT_WORDS = new Set(['aid', 'assistance', 'support', 'help', 'funding', 'loan', 'loans', 'grant', 'credit', 'weapons', 'arms']);
/** Verbs of weighing an option (014), whose option may name an act of its own ('considering a ban on arms sales to Israel'). */
const CONSIDERING = new Set(['consider', 'weigh', 'mull', 'study', 'discuss', 'debate', 'review', 'contemplate', 'explore', 'eye', 'ponder']);
/** Verbs of changing a policy, asked for in appeals and demands ('demanded that Canada stop the flow of migrants'). */
const POLICY_VERBS = new Set(['stop', 'end', 'halt', 'change', 'reverse', 'scrap', 'repeal', 'rescind', 'revoke', 'amend', 'reform', 'abandon', 'drop', 'raise', 'lower', 'increase', 'reduce', 'boost', 'cut', 'curb', 'tighten', 'loosen', 'adopt', 'implement', 'rethink', 'reconsider', 'overturn', 'withdraw', 'suspend', 'relax']);
/** Prepositions that open a phrase of its own after a verb's object ('... after Lai's stopover'). */
const LATER_PHRASE = new Set(['after', 'before', 'since', 'following', 'despite', 'ahead', 'until', 'amid']);
/** Verbs of receiving, whose giver follows 'from' ('received tanks from Germany'). */
const RECEIVING = new Set(['receive', 'get', 'obtain', 'secure', 'win']);
/** Settlements between two sides, news only when made ('a deal between', not 'the agreement between'). */
const SETTLEMENT_NOUNS = new Set(['deal', 'agreement', 'accord', 'pact', 'treaty']);
/** Verbs of fighting breaking out, after which 'between X and Y' names the sides ('Fighting erupted between'). */
const ERUPTING = new Set(['erupt', 'break', 'flare', 'resume', 'rage', 'intensify', 'escalate', 'continue']);
/** 'in retaliation for', 'in response to', 'in protest at': what follows is the act reacted to. */
const CAUSE_NOUNS = new Set(['retaliation', 'response', 'revenge', 'reprisal', 'protest', 'reaction']);
const CAUSE_PREPS = new Set(['for', 'to', 'at', 'against', 'over']);
/** What undoing an act names as done before: easing restrictions (081x) undoes imposing them (172x), easing
 *  sanctions (085) undoes sanctions (163), returning property (0842) its seizure (1711). */
const UNDONE = new Map([['081', '172'], ['0811', '1721'], ['0812', '1722'], ['0813', '1723'], ['0814', '1724'], ['085', '163'], ['0842', '1711']]);
/** Cooperation resumed ('resumed imports') undoes its halting, coded by the halts table. */
const REVERSIBLE_START = /^06/;
/** Verbs that did the act later undone: 'after declaring it', 'which it halted', 'the curfew they imposed'. */
const UNDONE_BY = new Set(['impose', 'declare', 'block', 'halt', 'seize', 'introduce', 'enforce', 'reimpose', 'suspend', 'stop', 'ban', 'freeze', 'cut', 'capture', 'confiscate', 'impound', 'order', 'place', 'put', 'shut', 'close']);
/** Words of what two sides exchange, between the noun and 'between': 'an exchange of prisoners of war between'. */
const EXCHANGED = new Set(['of', 'prisoners', 'prisoner', 'war', 'pows', 'captives', 'detainees', 'hostages', 'bodies', 'soldiers', 'servicemen', 'civilians']);
/** Words for an act done again by another: 'took the same step', 'a similar move by'. */
const SAME_STEPS = new Set(['step', 'steps', 'move', 'moves', 'measure', 'measures', 'action', 'decision']);
/** Crowds no one names: 'Thousands protested', 'hundreds of thousands marched'. */
const CROWDS = new Set(['thousands', 'hundreds', 'crowds', 'dozens', 'scores', 'millions', 'tens']);
/** A weekday alone ('on Monday', 'Tuesday'), not 'last Monday'. */
const BARE_WEEKDAY = /^(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Verbs of taking a place or a thing: 'seized Gaza City' is occupation, 'seized the tanker' confiscation. */
const SEIZING = new Set(['seize', 'capture', 'grab', 'take']);
/** Verbs of letting captives go: 'has not released X, a teacher detained in 2022' (who holds X). */
const FREEING = new Set(['release', 'free', 'hand', 'return', 'swap', 'exchange', 'pardon', 'deport', 'extradite']);
/** Verbs that condemn an act named by a noun before their subject: 'a move X denounced as'. */
const CONDEMNING = new Set(['denounce', 'condemn', 'criticise', 'criticize', 'decry', 'slam', 'deplore', 'reject']);
/** Light verbs whose object is yet to come: 'planning an attack', 'preparing an offensive'. */
const PLANNING = new Set(['plan', 'prepare']);
/** Verbs of owning up to one's act: 'apologised for the strike'. */
const APOLOGIZING = new Set(['apologise', 'apologize', 'apologised', 'apologized']);
/** Verbs that lay an act on someone: 'blamed X for the attack', 'accused X of the bombing'. */
const BLAMING = new Set(['blame', 'accuse', 'condemn', 'criticise', 'criticize', 'denounce', 'fault']);
/** Verbs of answering an act, and the preposition before the act: 'respond to the strikes', 'retaliate for the attack'. */
const ANSWERS = new Map([['respond', 'to'], ['retaliate', 'for']]);
/** 'the latest round of sanctions', 'a wave of arrests': the event noun is after 'of'. */
const SERIES = new Set(['round', 'wave', 'series', 'spate', 'string', 'flurry', 'barrage', 'package', 'raft', 'set']);

/**
 * What a state does at home: easing (081-083), restrictions (172), coercion (171-175), police postures (151, 153),
 * inquiries (091-094). With no target named, or with its own country named as a place, the target is the source's own country.
 */
const HOME_CODES = /^(08[1-3]|123|124[1-3]|132|17[1-5]|15[13]|09[1-4])/;
const RELATIVE_WORDS = new Set(['who', 'which']);
/** Verbs after an event noun that put it ahead ('a rally his party plans to hold'). */
const PLAN_VERBS = new Set(['plan', 'intend', 'schedule', 'expect']);
const PROTEST_WORDS = /\b(protests?|protesters|demonstrations?|demonstrators|rall(y|ies)|unrest|riots?|uprising)\b/i;
/** The toll of an attack: ', killing two residents', ', wounding dozens'. */
const TOLL_VERBS = new Set(['kill', 'wound', 'injure', 'maim', 'leave']);
/** Words for a country's mission abroad: what is done at one is aimed at its country. */
const EMBASSY_WORDS = new Set(['embassy', 'consulate', 'embassies', 'consulates']);
/** What strikes and protests do to the places they stop ('..., shutting down the airport'). */
const STRIKE_EFFECTS = new Set(['shut', 'close', 'paralyse', 'paralyze', 'halt', 'disrupt', 'block', 'cripple', 'ground', 'bring']);
/** What a protest demands when it is for a change of leader, or for rights. */
const LEADER_CHANGE = /\b(demand(s|ed|ing)?|call(s|ed|ing)? for|want(s|ed)?|urg(e|ed|ing))\b[^.]{0,80}\b(resign(ation)?|step down|stepping down|removal|ouster|impeachment|to quit|early elections)\b/i;
const RIGHTS_DEMAND = /\b(demand(s|ed|ing)?|call(s|ed|ing)? for)\b[^.]{0,60}\b(rights|freedoms?|equal|equality|justice for|killings of women)\b/i;
/** What a strike for a change of policy is over: pay, pensions, hours, budgets, reforms. */
const POLICY_DISPUTE = /\b(pay|wages?|minimum wage|salar(y|ies)|pensions?|working hours|budget|spending cuts|cuts|austerity|reforms?|tax(es)?|fuel prices?|subsid(y|ies))\b/i;
/** Prepositions before a place that is whom something is for ('aid for Gaza'), not where. */
const BENEFICIARY = new Set(['for', 'to']);
/** Crowds whose attacks are riots. */
const CROWD_WORDS = /\b(rioters?|mobs?|crowds?|protesters|protestors|demonstrators|looters)\b/i;
/** Place nouns that refer back to the last place of a kind ('the city' to Hiroshima). */
const PLACE_BACK: ReadonlyMap<string, string[]> = new Map(Object.entries({
  city: ['city'], town: ['city', 'town'], village: ['village', 'town'], capital: ['city'], port: ['city'],
  enclave: ['region'], territory: ['region'], province: ['region'], region: ['region'],
}));
const forceLists = new WeakMap<Pattern[], Pattern[]>();
/**
 * A verb's patterns for force, claims and cyber attacks, filtered once per verb; not those kept to a kind of target,
 * which a place standing for its country cannot be ('down TARGET' for military targets).
 */
function forceList(list: Pattern[]): Pattern[] {
  let f = forceLists.get(list);
  if (!f) forceLists.set(list, (f = list.filter((x) => ((x.code >= '18' && x.code < '21') || x.code === '015' || x.code === '176') && !x.target)));
  return f;
}
const homeLists = new WeakMap<Pattern[], Pattern[]>();
/** A verb's patterns for what is done at home (administrative sanctions, inquiries, easing), filtered once per verb. */
function homeList(list: Pattern[]): Pattern[] {
  let f = homeLists.get(list);
  if (!f) homeLists.set(list, (f = list.filter((x) => x.code.startsWith('172') || HOME_INQUIRY.test(x.code) || HOME_EASING.test(x.code))));
  return f;
}
/** Objects of 'strike' that make an idiom, not an attack ('struck a gloomy note', 'struck a deal'). */
const STRIKE_IDIOMS = new Set(['note', 'chord', 'tone', 'balance', 'pose', 'deal', 'bargain', 'compromise', 'agreement', 'match', 'blow']);
/** Verbs of saying, whose subject a possessive in the report may name ('said Indian drones had not struck its bases'). */
const SAYING = new Set(['say', 'tell', 'claim', 'insist', 'report', 'state', 'announce', 'confirm', 'deny']);
/** What talks do when they end without a deal ('talks broke down', 'collapsed'). */
const COLLAPSING = new Set(['collapse', 'fail', 'stall', 'founder', 'falter']);
/** Pronouns that open a contact clause after a noun ('the curfew they imposed'). */
const CONTACT_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);
/** Verbs by which an act draws censure ('drawing condemnation from'), and the censure. */
const DRAWING = new Set(['draw', 'prompt', 'spark', 'trigger', 'provoke', 'attract', 'earn', 'bring']);
const CENSURE = new Set(['condemnation', 'criticism', 'rebuke', 'censure', 'outrage', 'protest', 'protests', 'anger']);
/** Nouns of asking for something, owned by who asked ("Kyiv's request for more Patriot systems"). */
const ASKED_FOR = new Set(['request', 'appeal', 'plea', 'demand', 'call']);
const AIR_DEFENCE = /^(Patriot|Patriots|NASAMS|IRIS-T|HIMARS|ATACMS|F-16s?|tanks?|howitzers?)$/;
/** Nouns of asking by the family of what they ask: 'an appeal to' 02x, 'demands to' 10x, 'an offer to' 03x. */
const REQUEST_FAMILY: ReadonlyMap<string, string> = new Map([['call', '02'], ['request', '02'], ['appeal', '02'], ['plea', '02'], ['invitation', '02'], ['demand', '10'], ['ultimatum', '10'], ['offer', '03'], ['proposal', '03']]);
/** Nouns of asking whose infinitive is the act asked for ('a request to station aircraft'). */
const REQUEST_WORDS: ReadonlySet<string> = new Set([...REQUEST_FAMILY.keys(), 'recommendation']);
/** Verbs of turning down what was asked ('rejected demands to', 'declined an appeal to'); also 'turn down', 'brush off'. */
const REJECT_VERBS = new Set(['reject', 'decline', 'dismiss', 'rebuff', 'spurn', 'refuse', 'ignore', 'snub', 'defy']);
/** Verbs of mediating whose passive agent mediates the act it is said of ('an exchange mediated by the UAE'). */
const MEDIATING = new Set(['mediate', 'broker', 'facilitate']);
/** Verbs of imposing measures whose passive subject is the measure ('a curfew will be imposed in Dhaka'). */
const IMPOSING = new Set(['impose', 'declare', 'lift', 'extend', 'enforce', 'introduce']);
/** Verbs of sending people away whose passive names the sender with 'from' ('was extradited from Germany to the US'). */
const FROM_SENDERS = new Set(['extradite', 'deport', 'repatriate', 'expel', 'transfer', 'hand']);
/** Verbs of giving whose passive subject, with no agent, is the thing given ('jets from Denmark were delivered to Kyiv'). */
const GIVING = new Set(['deliver', 'send', 'ship', 'supply', 'transfer', 'provide', 'give', 'hand', 'pass', 'donate', 'sell', 'export', 'dispatch', 'fly']);
const DIPLOMAT_WORDS = /\b(diplomats?|ambassadors?|envoys?|attach[eé]s?|consuls?|charg[eé]s? d'affaires)\b/i;
/** UN and other agencies whose work is aid: WFP, UNHCR, UNICEF, UNRWA, OCHA, IOM, WHO, and aid NGOs. */
const AID_AGENCY = /^(IGOUNO(WFP|HCR|KID|UNW|OCH|IOM|WHO|FAO|DEV)|NGO)/;
/** Police postures (151, 153): at home. */
const POLICE_POSTURE = /^15[13]/;
/**
 * Force postures and ceasefire violations with no target named: aimed at the one foreign country the sentence names
 * ('raised its alert level amid tensions with North Korea', 'India said Pakistan had violated the ceasefire').
 */
const POSTURE = /^(150|152|154|196|161)$/;
/** Easing restrictions, ending dissent and leaders yielding: at home when no one else is named ('lifted martial law', 'resigned'). */
const HOME_EASING = /^08[1-3]/;

/** The people (CVL) of a country, for protests, or its police (COP) or government, for arrests and crackdowns. */
function domesticActor(country: { code: string; name: string }, code: string, placeText: string): ActorRef {
  const sector = code.startsWith('14') ? 'CVL' : code.startsWith('173') ? 'COP' : 'GOV';
  return { text: '', code: `${country.code}${sector}`, country: country.code, sector, name: null, id: null, type: 'group', rule: `places: no one named, so the ${sector} of ${country.code} ('${placeText}')` };
}

/**
 * The status of an act coded as its frame ('plans to meet' 036, 'threatened to cut ties' 1313): the framing verb's,
 * where planned counts as done (the plan was made), and negated when the frame is denied ('made no commitment to').
 */
function framing(gov: Clause, c: Clause): Status {
  if (c.frameDenied || gov.status === 'negated') return 'negated';
  return gov.status === 'hypothetical' ? 'hypothetical' : 'occurred';
}

/** Acts done to a place, threatened against one, or visits to one: a capital named is its country, not its government. */
function strikesPlace(code: string): boolean {
  return code >= '17' || code.startsWith('138') || code === '042';
}

function homeCountry(country: { code: string; name: string }): ActorRef {
  return { text: '', code: country.code, country: country.code, sector: null, name: country.name, id: country.code.toLowerCase(), type: 'country', rule: `${AT_HOME} the source's own country` };
}

const NO_TIMES: TimeMention[] = [];
const NO_PLACES: PlaceMention[] = [];
const NO_CLAUSES: Clause[] = [];

function groupBy<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}


/** A place standing for its country as an actor. */
function placeMention(p: PlaceMention, countries: ReadonlyMap<string, { code: string; name: string }>): Mention | null {
  const c = countries.get(p.place.country ?? '');
  if (!c) return null;
  return makeMention({
    from: p.from, to: p.to, sentence: p.sentence, kind: 'name', place: p.place,
    actors: [{ text: p.place.text, code: c.code, country: c.code, sector: null, name: c.name, id: c.code.toLowerCase(), type: 'country', rule: `places:${p.place.name} (${p.place.kind}) in ${c.code}, where it happened` }],
  });
}

const firsts = new WeakMap<Pattern, [Pattern | null, Pattern]>();
/**
 * A pattern split after its first required word or class, leading optional words aside: 'impose' [@sanction] [on
 * TARGET]; '(on) @info to TARGET': [@info] [to TARGET].
 */
function splitFirstWord(p: Pattern): [Pattern | null, Pattern] {
  let h = firsts.get(p);
  if (!h) {
    const n = p.after.findIndex((e) => !e.startsWith('('));
    const first = p.after[n];
    h = n >= 0 && first !== 'TARGET' && n + 1 < p.after.length
      ? [{ ...p, id: `${p.id}/first`, after: [first] }, { ...p, id: `${p.id}/rest`, after: p.after.slice(n + 1) }]
      : [null, p];
    firsts.set(p, h);
  }
  return h;
}

const tails = new WeakMap<Pattern, Pattern>();
/** The pattern after its leading TARGET: what follows a passive verb ('was shot dead'). */
function afterTarget(p: Pattern): Pattern {
  let t = tails.get(p);
  if (!t) {
    t = { ...p, id: `${p.id}/passive`, after: p.after.slice(1) };
    tails.set(p, t);
  }
  return t;
}

const stripped = new WeakMap<Pattern, Pattern>();
/** The pattern with its TARGET elements taken out. */
function withoutTarget(p: Pattern): Pattern {
  let w = stripped.get(p);
  if (!w) {
    // The target's own preposition goes with it: 'use chemical weapons against TARGET' is 'use chemical weapons'.
    const isTarget = (e: string | undefined) => e === 'TARGET' || e === '(TARGET)';
    const prepOnly = (e: string) => e.replace(/[()]/g, '').split('|').every((x) => TARGET_PREP_WORDS.has(x));
    // An optional target with words after it keeps its preposition ('into (TARGET) ('s) alleged abuses').
    const ends = (n: number) => p.after[n] === 'TARGET' || n === p.after.length - 1;
    w = { ...p, id: `${p.id}/words`, after: p.after.filter((e, n) => !isTarget(e) && !(prepOnly(e) && isTarget(p.after[n + 1]) && ends(n + 1))) };
    stripped.set(p, w);
  }
  return w;
}

/** The value for a code, or its first three or two digits. */
function mapCode(map: ReadonlyMap<string, string>, code: string): string | undefined {
  return map.get(code) ?? map.get(code.slice(0, 3)) ?? map.get(code.slice(0, 2));
}

function toEvent(doc: Doc, ctx: StageContext, k: Knowledge, c: Candidate, source: ActorRef, given: ActorRef | null): EventRecord {
  // A protest with no target named is against the protesters' own government ('thousands rallied in Tbilisi').
  const rawTarget = !given && (c.code.startsWith('14') || c.code === '133') && source.country && source.sector !== 'GOV'
    ? { text: '', code: `${source.country}GOV`, country: source.country, sector: 'GOV', name: null, id: null, type: 'organization' as const, rule: 'protests: no target named, so the protesters\' own government' }
    // ('the head of Israel's Histadrut threatened a general strike', 'leaders of the protest movement will hold a rally':
    // read as officials, protesting at home.)
    : !given && (c.code.startsWith('14') || c.code === '133') && source.country && source.sector === 'GOV'
      ? { text: '', code: source.country, country: source.country, sector: null, name: null, id: null, type: 'country' as const, rule: 'protests: no target named, so at home' }
    // 'PKK fighters burned their weapons', 'M23 rebels would pull their fighters out of Walikale': rebels who stand down
    // with no one named do so towards their own country.
    : !given && c.code.startsWith('087') && source.sector === 'REB' && source.country
      ? { text: '', code: source.country, country: source.country, sector: null, name: null, id: null, type: 'country' as const, rule: 'de-escalation: no one named, so the rebels\' own country' }
      : given;
  // 'fired missiles at Kyiv', 'shelled Moscow', 'threatened a curfew in Dhaka': a capital struck, or named by its
  // own government, is the country, not its government.
  const target = rawTarget && (strikesPlace(c.code) || rawTarget.code === source.code) && rawTarget.sector === 'GOV' && rawTarget.rule.includes(' seat ') && rawTarget.country
    ? { ...rawTarget, code: rawTarget.country, sector: null, type: 'country' as const, rule: `${rawTarget.rule}; struck as a place` }
    : rawTarget;
  // A meeting in a country that is neither side's is CAMEO's 'meet at a third location' (044).
  const place = c.place?.place ?? null;
  const code = c.code === '040' && place?.country && source.country && target?.country && place.country !== source.country && place.country !== target.country ? '044' : c.code;
  const entry = k.codebook.get(code)!;
  let status = c.status;
  let date: string | null = null;
  let dateEnd: string | null = null;
  let precision: EventRecord['datePrecision'] = 'unknown';
  let dateText: string | null = null;
  let fromArticle = false;
  if (c.time) {
    ({ date, dateEnd } = c.time);
    precision = c.time.precision;
    dateText = c.time.text;
    if (status === 'occurred' && c.time.direction === 'future') status = 'planned';
  } else if ((status === 'occurred' || status === 'negated') && ctx.published) {
    date = ctx.published;
    precision = 'day';
    fromArticle = true;
  }
  const id = createHash('sha1')
    .update([doc.article.id, c.sentence, c.start, c.end, c.code, source.code, source.id, target?.code ?? '', target?.id ?? ''].join('|'))
    .digest('hex')
    .slice(0, 16);
  const location = c.place ? c.place.place : doc.dateline ? doc.dateline.place : null;
  return {
    id,
    articleId: doc.article.id,
    sentenceIndex: c.sentence,
    sentence: doc.sentences[c.sentence].text,
    span: { start: c.start, end: c.end },
    source,
    target,
    cameo: { code: entry.code, root: entry.root, name: entry.name, quadClass: entry.quadClass, goldstein: entry.goldstein },
    plover: { type: entry.plover.type, mode: entry.plover.mode },
    status,
    date,
    dateEnd,
    datePrecision: precision,
    dateText,
    dateFromArticle: fromArticle,
    location,
    ...(!c.place && location ? { locationFromArticle: true } : {}),
    confidence: Math.round(c.confidence * 100) / 100,
    rule: c.rule,
  };
}
