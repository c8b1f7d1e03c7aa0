// Stage: clauses. Each verb group gets its subject (the actor it is said of), its governing verb ('plans'
// governs 'to meet'), the passive agent, and its status: occurred, planned, hypothetical or negated, with
// the words that decided it.
import type { Clause, Doc, Mention, Stage, StageContext, Status, Token, VerbGroup } from '../core.js';

const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whether', 'if', 'because', 'while', 'though', 'although', 'before', 'after', 'when', 'since', 'unless', 'until', 'where', 'what', 'as']);
const CONDITIONAL = new Set(['if', 'whether', 'unless']);
/** Time clauses that share the time of the clause they hang on ('when he visits', 'once the truce holds'). */
const TEMPORAL = new Set(['when', 'once', 'after', 'before', 'until', 'while']);
const RELATIVE = new Set(['who', 'that', 'which']);
const COORD = new Set(['and', 'but', 'or']);
/** Plural nouns for unnamed others in a list of actors ('Britain, Canada and three other countries'). */
const OTHERS = new Set(['countries', 'nations', 'states', 'governments', 'allies', 'partners', 'members', 'donors']);
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'again', 'also', 'still', 'even', 'repeatedly']);
const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'group', 'crowd', 'crowds', 'number', 'some', 'many', 'most', 'all', 'several', 'members', 'supporters', 'band', 'unit', 'units', 'team', 'contingent', 'delegation', 'convoy', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const SAME_SUBJECT_ADP = new Set(['by', 'after', 'before', 'while', 'when', 'since', 'without', 'in', 'upon', 'despite']);
const OBJECT_ADP = new Set(['against', 'from']);
/** Verbs whose object is said to have done what follows 'of' ('accused Khartoum of killing'). */
const ACCUSING = new Set(['accuse', 'suspect', 'convict', 'charge', 'blame', 'find']);
/** Weapons and attacks that stand for the country that fires them ('Ukrainian shelling killed'). */
const ATTACK_NOUNS = new Set(['shelling', 'bombardment', 'strike', 'airstrike', 'attack', 'fire', 'rocket', 'artillery', 'shellfire', 'barrage']);
/** Verbs whose infinitive of purpose tells what the subject went or used something to do. */
const PURPOSE_VERBS = new Set(['use', 'travel', 'go', 'fly', 'visit', 'arrive', 'come', 'head', 'return', 'meet', 'telephone', 'phone', 'convene', 'gather', 'rally', 'converge', 'march', 'launch', 'mount', 'deploy', 'send', 'dispatch', 'mobilise', 'mobilize', 'intensify', 'escalate']);
const ENVOYS = new Set(['envoy', 'ambassador', 'mission', 'delegation', 'representative', 'delegate', 'emissary', 'negotiator']);
const LINKED = new Set(['linked', 'tied', 'backed', 'loyal', 'affiliated', 'allied', 'connected', 'close', 'aligned']);
const COMPASS_WORDS = /^(north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|mainland|rural|coastal)$/;
/** People who speak or act for the body named before them ('State Department spokesman', 'Pentagon officials'). */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'source', 'aide', 'envoy', 'representative', 'adviser', 'advisor', 'delegation', 'negotiator', 'statement']);
/** 'stopped short of', 'fell short of': what follows is not done. */
const STOPPING_SHORT = new Set(['stop', 'fall']);
/** Verbs of taking up an invitation, whose subject does what it invites to. */
const ACCEPTING = new Set(['accept', 'take', 'welcome', 'embrace']);
/** Nouns that frame a request: the infinitive after them is someone else's act. */
const REQUEST_NOUNS = new Set(['demand', 'call', 'request', 'appeal', 'plea', 'urge']);
/** After a noun, these take an -ing form that completes the noun ('interest in taking', 'the cost of defending'). */
const NOUN_ADP = new Set(['in', 'of', 'on', 'for', 'about']);
const SPEECH = new Set(['say', 'tell', 'announce', 'state', 'add', 'report', 'claim', 'write', 'believe', 'think', 'insist', 'suggest', 'warn', 'predict', 'indicate']);
/** Nouns whose that-clause is only alleged or rumoured ('allegations that he had collaborated'). */
const ALLEGING_NOUNS = new Set(['allegation', 'accusation', 'claim', 'charge', 'rumour', 'rumor', 'suggestion', 'speculation', 'suspicion', 'fear', 'concern']);
const HYPOTHETICAL_MODALS = new Set(['could', 'may', 'might', 'can', 'should', 'must']);

/** Nouns of a plan whose 'for X to' names who is to act: 'a plan for the military to seize Gaza City'. */
const PLAN_NOUNS = new Set(['plan', 'proposal', 'deal', 'agreement', 'bid', 'order', 'decision', 'scheme', 'timetable', 'framework', 'arrangement']);
/** Prepositions of the phrases that may follow a subject's people: 'Dockworkers at ports on the East coast'. */
const PHRASE_PREPS = new Set(['in', 'at', 'on', 'across', 'near', 'from', 'of', 'along', 'inside', 'outside']);
/** Prepositions of a place phrase inside a subject: "Israel's operation in Gaza". */
const PLACE_PREPS = new Set(['in', 'on', 'across', 'near', 'inside', 'along']);
/** People named by whom they follow: 'supporters of Imran Khan', 'relatives of the hostages'. */
const FOLLOWERS = new Set(['supporter', 'supporters', 'follower', 'followers', 'loyalist', 'loyalists', 'relative', 'relatives', 'families', 'family']);
/** Tokens set off by dashes, brackets, or commas before a participle or an appositive: skipped when looking for a subject. */
export function parentheticals(doc: Doc, from: number, to: number, groups: VerbGroup[]): Set<number> {
  const T = doc.tokens;
  const out = new Set<number>();
  const marks: number[] = [];
  for (let i = from; i < to; i++) if (T[i].text === '\u2014' || T[i].text === '\u2013' || T[i].text === '--') marks.push(i);
  for (let k = 0; k + 1 < marks.length; k += 2) for (let i = marks[k]; i <= marks[k + 1]; i++) out.add(i);
  let open = -1;
  for (let i = from; i < to; i++) {
    if (T[i].text === '(') open = i;
    if (T[i].text === ')' && open >= 0) { for (let j = open; j <= i; j++) out.add(j); open = -1; }
  }
  const participleAt = new Set(groups.filter((g) => g.form === 'participle').map((g) => g.from));
  for (let i = from; i < to; i++) {
    if (T[i].text !== ',' || i + 1 >= to) continue;
    const next = T[i + 1];
    // 'Putin, who faces an arrest warrant, did not travel': a relative clause between the subject and its verb.
    if (next.norm === 'who' || next.norm === 'which') {
      let j = i + 2;
      while (j < to && T[j].text !== ',' && T[j].text !== ';') j++;
      if (j + 1 < to && T[j].text === ',' && groups.some((g) => g.from === j + 1 && g.form === 'finite')) for (let x = i; x <= j; x++) out.add(x);
      continue;
    }
    // ', visiting Tokyo,', ', a close ally of ...,', ', on a visit to New Delhi,'
    if (!participleAt.has(i + 1) && !(next.pos === 'DET' && ['a', 'an'].includes(next.norm)) && next.pos !== 'ADP') continue;
    let j = i + 1;
    while (j < to && T[j].text !== ',' && !out.has(j) && !groups.some((g) => g.from === j && g.form === 'finite')) j++;
    if (j < to && (T[j].text === ',' || out.has(j))) for (let x = i; x <= j; x++) out.add(x);
  }
  return out;
}

export const clausesStage: Stage = {
  name: 'clauses',
  run(doc: Doc, _ctx: StageContext): Doc {
    const T = doc.tokens;
    const clauses: Clause[] = [];
    const mentionAt = new Map<number, Mention>();
    for (const m of doc.mentions) for (let i = m.from; i < m.to; i++) if (!mentionAt.has(i) || m.actors.length) mentionAt.set(i, m);
    const timeAt = new Map<number, { from: number }>();
    for (const t of doc.times) for (let i = t.from; i < t.to; i++) timeAt.set(i, t);
    // The verb groups of each sentence, gathered in one pass rather than filtered from all of them per sentence.
    const groupsOf = new Map<number, VerbGroup[]>();
    for (const g of doc.verbGroups) {
      const list = groupsOf.get(g.sentence);
      if (list) list.push(g);
      else groupsOf.set(g.sentence, [g]);
    }

    // A sentence with no actor and no place of a known country has no subject to find and no event to code (the
    // events stage skips it too): about a third of news text.
    const live = new Set<number>();
    for (const m of doc.mentions) if (m.actors.length) live.add(m.sentence);
    for (const p of doc.places) if (p.place.country) live.add(p.sentence);

    for (const s of doc.sentences) {
      if (!live.has(s.index)) continue;
      const groups = groupsOf.get(s.index) ?? [];
      const skip = parentheticals(doc, s.from, s.to, groups);
      const question = T[s.to - 1]?.text === '?' && !T[s.to - 1].quoted;
      const base = clauses.length;

      /** Walks left over a mention and any mentions joined to it by 'and', returning all of them and where they start. */
      const coordinated = (m: Mention, joinedAfter = false): [Mention[], number] => {
        const all = [m];
        let at = m.from;
        let listed = joinedAfter;
        for (;;) {
          // 'Ukraine and the United States': the article before the second name is no obstacle.
          const conj = at - 1 >= s.from && T[at - 1].pos === 'DET' ? at - 2 : at - 1;
          // 'Britain, Germany and France': once joined by 'and', commas join too.
          const comma = listed && conj >= s.from && T[conj].text === ',';
          if (conj - 1 < s.from || !(COORD.has(T[conj].norm) || comma) || !mentionAt.get(conj - 1)) break;
          const prev = mentionAt.get(conj - 1)!;
          // 'In Paris, Germany and France agreed': a phrase before the comma is no part of the list.
          let lead = prev.from - 1;
          while (lead >= s.from && T[lead].pos === 'DET') lead--;
          if (comma && lead >= s.from && T[lead].pos === 'ADP') break;
          if (COORD.has(T[conj].norm)) listed = true;
          all.unshift(prev);
          at = prev.from;
        }
        if (at - 1 >= s.from && T[at - 1].norm === 'both') at--;
        return [all, at];
      };

      /** A clause reported after 'that' ('... that it was not committing genocide'). */
      const reportedAfterThat = (c: Clause): boolean => {
        let j = (c.subject && c.subject.from < c.verb.from ? c.subject.from : c.verb.from) - 1;
        while (j >= s.from && T[j].pos === 'DET') j--;
        return j >= s.from && T[j].norm === 'that';
      };
      const subjectOf = (g: VerbGroup, k: number): [Mention | null, Mention[], string | null] => {
        let i = g.from - 1;
        // Skip asides, adverbs and times ('North Korea on Saturday said').
        for (;;) {
          // ('China and India each rushed troops': 'each' and 'both' after the subject too.)
          while (i >= s.from && (skip.has(i) || T[i].pos === 'ADV' || T[i].text === ',' || ((T[i].norm === 'each' || T[i].norm === 'both') && i === g.from - 1 && i > s.from && mentionAt.get(i - 1)))) i--;
          const t = i >= s.from ? timeAt.get(i) : undefined;
          if (!t) break;
          i = t.from - 1;
          if (i >= s.from && T[i].pos === 'ADP') i--;
        }
        if (i < s.from) return [null, [], null];
        const t = T[i];
        if (COORD.has(t.norm)) {
          // 'has said he is open to but has not yet approved': the verb shares the subject before it.
          // 'determined that RSF members had committed genocide, and imposed sanctions': after a comma, not the
          // that-clause's subject but the one who said or found it.
          const afterComma = T[i - 1]?.text === ',';
          for (let p = k - 1; p >= base; p--) {
            const c = clauses[p];
            if (c.verb.form !== 'finite') continue;
            const subj = c.subject;
            let lead = subj ? subj.from - 1 : -1;
            while (lead >= s.from && T[lead].norm !== 'that' && (T[lead].pos === 'DET' || T[lead].pos === 'NOUN' || T[lead].norm === 'of') && subj && subj.from - lead < 4) lead--;
            if (afterComma && subj && lead >= s.from && T[lead].norm === 'that' && p - 1 >= base && clauses[p - 1].verb.form === 'finite' && clauses[p - 1].subject) continue;
            return [c.subject, c.coSubjects, 'coordination'];
          }
          return [null, [], null];
        }
        if (RELATIVE.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
          let j = i - 1;
          while (j >= s.from && T[j].text === ',') j--;
          const ante = j >= s.from ? mentionAt.get(j) : undefined;
          if (ante && ante.actors.length) return [ante, [], 'relative'];
          // 'Britain, Germany and the United States were among more than a dozen donors that suspended funding': those listed.
          let a = j;
          while (a > s.from && j - a < 8 && ['NOUN', 'ADJ', 'NUM', 'DET'].includes(T[a].pos) || (a > s.from && j - a < 8 && T[a].norm === 'than')) a--;
          if (T[a]?.norm === 'among' && a - 2 >= s.from && T[a - 1].lemma === 'be') {
            const last = mentionAt.get(a - 2);
            if (last && last.to === a - 1 && last.actors.length) {
              const [listed] = coordinated(last);
              const withActors = listed.filter((x) => x.actors.length);
              if (withActors.length) return [withActors[0], withActors.slice(1), 'relative'];
            }
          }
          return [null, [], null];
        }
        // 'Ukrainian shelling killed a woman', 'Russian strikes hit Kyiv': a country's weapon or attack is the country's act.
        // ('Israeli tank fire hit tents': a weapon noun between.)
        if (!mentionAt.get(i) && ATTACK_NOUNS.has(t.lemma) && i - 1 >= s.from) {
          const at = mentionAt.get(i - 1) ? i - 1 : i - 2 >= s.from && T[i - 1].pos === 'NOUN' && !mentionAt.get(i - 1) ? i - 2 : -1;
          const owner = at >= 0 ? mentionAt.get(at) : undefined;
          if (owner && owner.to === at + 1 && owner.adjectival && owner.actors.length) return [owner, [], 'weapon'];
        }
        // 'A mob in Pakistan's Swat valley beat a man': the people there, past the place phrase.
        if (!mentionAt.get(i) && (T[i].pos === 'NOUN' || T[i].pos === 'PROPN')) {
          let j = i;
          while (j > s.from && i - j < 6 && ['NOUN', 'PROPN', 'PART', 'DET', 'ADJ'].includes(T[j].pos) && T[j].norm !== 'in') j--;
          const there = T[j]?.norm === 'in' && j > s.from ? mentionAt.get(j - 1) : undefined;
          if (there && there.kind === 'agent' && there.to === j && there.actors.length) return [there, [], null];
          // ('Dockworkers at ports on the U.S. East and Gulf coasts will not go on strike': past a chain of place phrases.)
          let h = i;
          while (h > s.from && i - h < 12 && (['NOUN', 'PROPN', 'PART', 'DET', 'ADJ', 'NUM'].includes(T[h].pos) || T[h].norm === 'and' || PHRASE_PREPS.has(T[h].norm))) {
            const people = PHRASE_PREPS.has(T[h].norm) ? mentionAt.get(h - 1) : undefined;
            if (people && people.kind === 'agent' && people.to === h && people.actors.length && (people.from === s.from || T[people.from - 1].pos === 'DET' && people.from - 1 === s.from)) return [people, [], null];
            h--;
          }
        }
        // "Israel's Histadrut labour federation threatened": an owner's unknown body, named by nouns after "'s", is the owner's.
        if (!mentionAt.get(i) && (T[i].pos === 'NOUN' || T[i].pos === 'PROPN')) {
          let j = i;
          // ("Kenya's youth-led protest movement": a hyphen inside a word is part of it.)
          const glued = (x: number) => T[x].text === '-' && x - 1 >= s.from && T[x - 1].end === T[x].start && T[x + 1]?.start === T[x].end;
          while (j > s.from && i - j < 7 && (T[j].pos === 'NOUN' || T[j].pos === 'PROPN' || T[j].pos === 'ADJ' || glued(j)) && !mentionAt.get(j)) j--;
          // ("Israel's operation in Gaza could amount to genocide": past a place phrase on the owned noun.)
          if (PLACE_PREPS.has(T[j]?.norm ?? '') && j - 1 > s.from && T[j - 1].pos === 'NOUN' && !mentionAt.get(j - 1)) {
            j--;
            while (j > s.from && i - j < 8 && (T[j].pos === 'NOUN' || T[j].pos === 'ADJ') && !mentionAt.get(j)) j--;
          }
          if ((T[j]?.norm === "'s" || T[j]?.norm === "'") && j - 1 >= s.from) {
            // ("The IMF's executive board": an organisation's too.)
            const owner = mentionAt.get(j - 1);
            if (owner && owner.to === j && owner.actors.length === 1 && (owner.actors[0].country || owner.actors[0].type === 'organization') && owner.kind !== 'pronoun') return [owner, [], 'owner'];
          }

        }
        // 'Britain, Canada and three other Western countries imposed': the countries named, and the others unnamed.
        if (!mentionAt.get(i) && OTHERS.has(T[i].norm)) {
          let j = i - 1;
          while (j > s.from && i - j <= 4 && ['ADJ', 'NUM', 'PROPN', 'DET'].includes(T[j].pos) && !mentionAt.get(j)?.actors.length) j--;
          const last = (T[j]?.norm === 'and' || T[j]?.norm === ',') && j - 1 >= s.from ? mentionAt.get(j - 1) : undefined;
          if (last && last.to === j && last.actors.length) {
            const [named] = coordinated(last, T[j].norm === 'and');
            const withActors = named.filter((x) => x.actors.length);
            if (withActors.length) return [withActors[0], withActors.slice(1), null];
          }
        }
        // 'A U.S. State Department spokesman declined to comment', 'a Pentagon official said': a spokesman or official
        // named by the body before them speaks for it.
        if (!mentionAt.get(i) && T[i].pos === 'NOUN' && SPEAKS_FOR.has(T[i].lemma)) {
          const body = doc.mentions.find((x) => x.sentence === s.index && x.to === i && x.actors.length > 0 && x.kind !== 'pronoun' && !x.possessive);
          if (body) return [body, [], null];
        }
        // 'An American nurse and her young daughter were kidnapped': a named actor joined by 'and' to people no one names.
        if (!mentionAt.get(i) && T[i].pos === 'NOUN') {
          let j = i - 1;
          while (j > s.from && i - j <= 4 && (T[j].pos === 'ADJ' || T[j].pos === 'DET' || (T[j].pos === 'PRON' && T[j].norm !== 'it'))) j--;
          const named = T[j]?.norm === 'and' && j - 1 >= s.from ? mentionAt.get(j - 1) : undefined;
          if (named && named.to === j && named.actors.length && named.kind !== 'pronoun' && !named.possessive) return [named, [], null];
        }
        const m = mentionAt.get(i);
        if (!m || m.to !== i + 1 || m.possessive) return [null, [], null];
        const [all, start] = coordinated(m);
        let before = start - 1;
        // 'A gas explosion in a coal mine in central China killed': a name after a preposition is no subject.
        while (before >= s.from && (T[before].pos === 'DET' || (T[before].pos === 'ADJ' && COMPASS_WORDS.test(T[before].norm)))) before--;
        // 'Tens of thousands of protesters marched': a quantity of the actor is the actor.
        const quantity = before >= s.from + 1 && T[before].norm === 'of' && QUANTITIES.has(T[before - 1].norm);
        // 'A team from the UN human rights office will travel', 'investigators from the ICC': people from an actor act for it.
        const envoys = before >= s.from + 1 && ((T[before].norm === 'from' && (T[before - 1].pos === 'NOUN' || (T[before - 1].pos === 'PROPN' && before - 1 === s.from)) && !mentionAt.get(before - 1)?.actors.length) ||
          // 'Hackers linked to Russian military intelligence broke into', 'militias backed by Iran attacked'
          (['to', 'by', 'with'].includes(T[before].norm) && LINKED.has(T[before - 1].norm)));
        // 'Police in Paris fear', 'Protesters in Baghdad stormed': the people there, not the place.
        if (before >= s.from + 1 && T[before].norm === 'in') {
          const there = mentionAt.get(before - 1);
          if (there && there.kind === 'agent' && there.to === before && there.actors.length) return [there, [], null];
        }
        // 'Thousands of supporters of Imran Khan converged': the supporters, not the one they follow.
        if (before >= s.from + 1 && T[before].norm === 'of' && FOLLOWERS.has(T[before - 1].lemma)) {
          const followers = mentionAt.get(before - 1);
          if (followers && followers.kind === 'agent' && followers.to === before && followers.actors.length) return [followers, [], null];
        }
        // "Russia's envoy to the United Nations defended": the envoy, not the body they are sent to.
        if (before >= s.from + 1 && T[before].norm === 'to' && ENVOYS.has(T[before - 1].lemma)) {
          const sent = mentionAt.get(before - 1);
          if (sent && sent.actors.length) return [sent, [], null];
        }
        if (before >= s.from && T[before].pos === 'ADP' && !quantity && !envoys && !SUBORDINATORS.has(T[before].norm) && !skip.has(before)) return [null, [], null];
        const withActors = all.filter((x) => x.actors.length);
        if (!withActors.length) return [null, [], null];
        return [withActors[0], withActors.slice(1), null];
      };

      groups.forEach((g, n) => {
        const k = clauses.length;
        // The governing verb: for an infinitive the verb just before it (with at most an object between);
        // for a participle after a comma, the finite verb before it; for a that-clause or an -ing form
        // right after a complement frame ('denied that ...', 'denied attacking'), that frame.
        const frames = _ctx.knowledge.frames;
        let governor: number | null = null;
        let objectBetween: Mention | null = null;
        let objectControlled = false;
        let appositive: Mention | null = null;
        let subjectOnly = false;
        let complementOnly = false;
        let nounComplement = false;
        let nounGoverned = false;
        let nounFrame: Token | null = null;
        let ownedDecision = false;
        let shortOf = false;
        let manner: Clause | null = null;
        let frameDenied = false;
        const prev = n > 0 ? groups[n - 1] : null;
        const frameOfGroup = (v: VerbGroup) => {
          const own = frames.get(v.lemma);
          if (own || v.lemma !== 'be') return own ? v.lemma : null;
          // 'is ready to', 'was willing to': the adjective after the copula is the frame.
          const adj = T[v.to];
          return adj && adj.pos === 'ADJ' && frames.has(adj.lemma) ? adj.lemma : null;
        };
        if (prev) {
          const gap = g.from - prev.to;
          let m: Mention | undefined;
          for (let i = prev.to; i < g.from; i++) { const x = mentionAt.get(i); if (x && x.actors.length) { m = x; break; } }
          const between = T.slice(prev.to, g.from);
          const prevFrame = frameOfGroup(prev);
          // A noun between the verb and the infinitive that is no actor: 'finalised a bill to withdraw' (the
          // infinitive belongs to the noun), or 'urged allies to send' (the unknown object does it).
          const plainNoun = between.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !mentionAt.get(t.i)?.actors.length && !timeAt.has(t.i));
          const nounBefore = T[g.from - 1];
          const nf = nounBefore && nounBefore.sentence === s.index && nounBefore.pos === 'NOUN' ? frames.get(nounBefore.lemma) : undefined;
          // Not requests ('opposition demands to reinstate parliament'): who is to act is not the clause's subject.
          // ('accepted an invitation to visit Pyongyang': the one who accepts will visit; one who sends it will not.)
          if (g.form === 'infinitive' && nf && !nf.objectControl && !REQUEST_NOUNS.has(nounBefore.lemma) && gap <= 7 && (nounBefore.lemma !== 'invitation' || ACCEPTING.has(prev.lemma))) {
            // 'made no commitment to expand', 'announced plans to build', 'its offer to mediate': the noun is the frame.
            governor = k - 1;
            nounFrame = nounBefore;
            // "its decision to revoke the visas", "Russia's decision to expel": an owned decision was taken, and stands.
            ownedDecision = nounBefore.lemma === 'decision' && (T[g.from - 2]?.norm === "'s" || T[g.from - 2]?.norm === "'" || T[g.from - 2]?.pos === 'PRON');
            frameDenied = T.slice(Math.max(prev.to, g.from - 4), g.from - 1).some((t) => t.norm === 'no');
          } else if (g.form === 'infinitive' && gap <= 7 && plainNoun && prevFrame && frames.get(prevFrame)!.objectControl) {
            governor = k - 1;
            objectControlled = true;
          } else if (g.form === 'infinitive' && gap <= 7 && !plainNoun) {
            governor = k - 1;
            objectBetween = m ?? null;
          } else if (g.form === 'participle') {
            // ', saying ...' and 'after meeting ...' share the subject of the verb before them; 'warned X
            // against visiting' is done by the object; 'a resolution calling on ...' by the noun before it.
            const before = T[g.from - 1];
            const noun = T[g.from - 2];
            if (before && NOUN_ADP.has(before.norm) && noun && noun.sentence === s.index && noun.pos === 'NOUN' && !timeAt.has(noun.i)) {
              // "Trump's renewed interest in taking control": the -ing form belongs to the noun, done by its owner.
              let l = g.from - 2;
              while (l > s.from && (T[l].pos === 'NOUN' || T[l].pos === 'ADJ')) l--;
              const owner = T[l].norm === "'s" ? mentionAt.get(l - 1) : T[l].pos === 'PRON' ? mentionAt.get(l) : undefined;
              // 'North Korea has shown no interest in resuming talks': the frame noun is the object of the verb before.
              const holder = !owner && frames.has(noun.lemma) && k > base && clauses[k - 1].verb === prev && clauses[k - 1].subject &&
                (prev.to === l + 1 || (prev.to === l && T[l].pos === 'DET')) ? clauses[k - 1] : null;
              if (owner && owner.actors.length) appositive = owner;
              else if (holder) {
                appositive = holder.subject;
                governor = k - 1;
                nounGoverned = true;
                frameDenied = T[l].norm === 'no' || holder.status === 'negated';
              } else nounComplement = true;
              nounFrame = frames.has(noun.lemma) ? noun : null;
            } else if (before && (before.text === ',' || SAME_SUBJECT_ADP.has(before.norm))) {
              // 'since signing a peace declaration', 'after meeting Xi': its own happening, the subject shared.
              subjectOnly = SAME_SUBJECT_ADP.has(before.norm);
              // ('plotting to overthrow the president by firing a rocket': the means shares the status of what it serves.)
              if (before.norm === 'by' && k - 1 >= base) manner = clauses[k - 1];
              for (let p = k - 1; p >= base; p--) if (clauses[p].verb.form === 'finite') { governor = p; break; }
              // '..., denied that Tehran had sent missiles, calling it baseless': the main clause, not the one it reports.
              if (before.text === ',') while (governor !== null && clauses[governor].governor !== null && clauses[governor].frame !== null) governor = clauses[governor].governor;
              // ('told the court that it was not committing genocide, calling the case distorted': the teller's clause,
              // not the reported one after 'that'.)
              if (before.text === ',' && governor !== null && governor > base && reportedAfterThat(clauses[governor])) {
                for (let p = governor - 1; p >= base; p--) if (clauses[p].verb.form === 'finite' && !reportedAfterThat(clauses[p])) { governor = p; break; }
              }
              // 'opened fire on protesters who stormed parliament, killing five': not the relative clause's.
              if (before.text === ',' && governor !== null && RELATIVE.has(T[clauses[governor].verb.from - 1]?.norm ?? '')) {
                for (let p = governor - 1; p >= base; p--) if (clauses[p].verb.form === 'finite' && !RELATIVE.has(T[clauses[p].verb.from - 1]?.norm ?? '')) { governor = p; break; }
              }
              // 'Prime Minister X, visiting Tokyo, urged ...': the name before the comma.
              if (governor === null && before.text === ',') {
                const m = mentionAt.get(g.from - 2);
                if (m && m.actors.length) appositive = m;
              }
            } else if (before && before.norm === 'from' && between.length === 1 && prevFrame && frames.get(prevFrame)!.complement) {
              // 'refrained from condemning': the frame's own subject, held back.
              governor = k - 1;
            } else if (before && before.norm === 'of' && between.length === 2 && between[0].norm === 'short' && STOPPING_SHORT.has(prev.lemma)) {
              // 'stopped short of criticising Israel': the subject's own act, not done (and no halt of it).
              governor = k - 1;
              subjectOnly = true;
              shortOf = true;
            } else if (before && (OBJECT_ADP.has(before.norm) || (before.norm === 'of' && prev && ACCUSING.has(prev.lemma) && m?.kind !== 'pronoun'))) {
              // 'accused Khartoum of killing civilians': the accused would have done it, and it is only alleged.
              governor = k - 1;
              objectControlled = true;
              objectBetween = m ?? null;
            } else if (prevFrame && frames.get(prevFrame)!.complement && between.every((t) => PARTICLES.has(t.norm))) {
              // 'denied attacking', 'ruled out delivering': the -ing form right after the frame (and its particle).
              governor = k - 1;
            }
          } else if (g.form === 'finite' && prevFrame && frames.get(prevFrame)!.complement && between.some((t) => t.norm === 'that')) {
            governor = k - 1;
            complementOnly = true;
          }
        }
        if (governor === null && !appositive && !nounComplement && g.form === 'participle' && T[g.from - 1]?.text === ',') {
          const m = mentionAt.get(g.from - 2);
          if (m && m.actors.length) appositive = m;
        }
        // 'a journalist snatched by insurgents': a passive participle after a name is done to it.
        if (governor === null && !appositive && g.form === 'participle' && g.passive) {
          const m = mentionAt.get(g.from - 1);
          if (m && m.actors.length) appositive = m;
        }
        // 'demanded that Israel halt its offensive and let aid in': a verb joined by 'and' to a framed that-clause verb
        // is framed the same way.
        if (governor === null && g.form === 'finite') {
          let b = g.from - 1;
          while (b >= s.from && T[b].pos === 'ADV') b--;
          if (b >= s.from && COORD.has(T[b].norm)) {
            let sib: Clause | undefined;
            for (let p = k - 1; p >= base && !sib; p--) if (clauses[p].verb.form === 'finite') sib = clauses[p];
            if (sib && sib.governor !== null && sib.frame !== null && sib.verb.tense === g.tense) { governor = sib.governor; complementOnly = true; }
          }
        }
        const gov = governor !== null ? clauses[governor] : null;
        const frameName = gov ? (nounFrame && (g.form === 'infinitive' || nounGoverned) ? nounFrame.lemma : frameOfGroup(gov.verb)) : null;
        const frame = frameName ? frames.get(frameName) : undefined;
        // '..., calling the move discriminatory': a participle after a comma shares the subject, not the frame.
        const commaParticiple = g.form === 'participle' && T[g.from - 1]?.text === ',';
        const frameApplies = frame && !commaParticiple && !subjectOnly && (!frame.passiveOnly || gov!.verb.passive) && (!complementOnly || frame.complement);

        let subject: Mention | null = null;
        let coSubjects: Mention[] = [];
        // 'approved a plan for the military to seize Gaza City': 'for X to' names the infinitive's own subject.
        // (After a plan's noun only, within its phrase: 'calls for Israel to withdraw' is a request, the act asked for no
        // event of its own.)
        let forSubject: Mention | undefined;
        const toAt = T[g.from].norm === 'to' ? g.from : g.from - 1;
        const named = g.form === 'infinitive' && T[toAt]?.norm === 'to' && toAt > s.from ? mentionAt.get(toAt - 1) : undefined;
        if (named && named.to === toAt && named.actors.length && named.from - 2 > s.from) {
          const forAt = T[named.from - 1].norm === 'for' ? named.from - 1 : T[named.from - 1].pos === 'DET' && T[named.from - 2].norm === 'for' ? named.from - 2 : -1;
          for (let j = forAt - 1; forAt > s.from && j >= Math.max(s.from, forAt - 5); j--) {
            if (PLAN_NOUNS.has(T[j].lemma)) { forSubject = named; break; }
            if (T[j].pos === 'VERB' || T[j].pos === 'AUX' || T[j].text === ',') break;
          }
        }
        if (forSubject) subject = forSubject;
        else if (appositive) subject = appositive;
        else if (objectControlled) subject = objectBetween;
        else if (gov && g.form === 'infinitive' && frameApplies && frame!.objectControl && objectBetween) subject = objectBetween;
        else if (gov && !complementOnly) { subject = gov.subject; coSubjects = gov.coSubjects; }
        else if ((g.form !== 'participle' || complementOnly) && !nounComplement) [subject, coSubjects] = subjectOf(g, k);
        // ('abstained rather than block the resolution': the verb after 'rather than' shares the subject before it.)
        if (!subject && g.from >= 2 && k > base && ((T[g.from - 1].norm === 'than' && T[g.from - 2].norm === 'rather') || (T[g.from - 1].norm === 'of' && T[g.from - 2].norm === 'instead'))) {
          subject = clauses[k - 1].subject; coSubjects = clauses[k - 1].coSubjects;
        }
        // 'Macron used a visit to Beirut to rally support', 'flew to Moscow to meet Putin': an infinitive of purpose
        // after a verb of going or using shares its subject and its happening.
        const purposeOf = !gov && g.form === 'infinitive' && !subject && prev && PURPOSE_VERBS.has(prev.lemma) && k > base && clauses[k - 1].verb === prev &&
          !T.slice(prev.to, g.from).some((t) => t.text === ',' || t.text === ';') ? clauses[k - 1] : null;
        if (purposeOf) { subject = purposeOf.subject; coSubjects = purposeOf.coSubjects; }

        // The passive agent: 'was attacked by militants'.
        let agent: Mention | null = null;
        // 'was passed to Israel by U.S. intelligence agencies': after a short phrase too.
        if (g.passive) {
          for (let j = g.to; j < s.to && j <= g.to + 8; j++) {
            const t = T[j];
            if (t.norm === 'by') {
              const m = mentionAt.get(j + 1) ?? (T[j + 1]?.pos === 'DET' ? mentionAt.get(j + 2) : undefined);
              if (m && m.actors.length) agent = m;
              break;
            }
            if (t.text === ',' || t.text === ';' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON') break;
          }
        }

        // Status: the group's own negation and modal, then the governing verb, then the clause's conditions.
        let status: Status = 'occurred';
        let cue: string | null = null;
        const words = (a: number, b: number) => T.slice(a, b).map((t: Token) => t.text).join(' ');
        if (g.negated) { status = 'negated'; cue = words(g.from, g.to); }
        // 'abstained rather than block the resolution', 'chose talks instead of attacking': not done.
        else if (g.from >= 2 && ((T[g.from - 1].norm === 'than' && T[g.from - 2].norm === 'rather') || (T[g.from - 1].norm === 'of' && T[g.from - 2].norm === 'instead'))) { status = 'negated'; cue = words(g.from - 2, g.to); }
        // 'No Russian missiles struck Kyiv overnight', 'no arrests were made': a subject denied by 'no'.
        else if (subject && subject.from > s.from && T[subject.from - 1].norm === 'no') { status = 'negated'; cue = words(subject.from - 1, g.to); }
        else if (g.tense === 'future') { status = 'planned'; cue = words(g.from, g.to); }
        else if (g.modal === 'would') {
          const reported = groups.slice(0, n).some((x) => SPEECH.has(x.lemma) && x.tense === 'past');
          status = reported ? 'planned' : 'hypothetical';
          cue = words(g.from, g.to);
        } else if (g.modal && HYPOTHETICAL_MODALS.has(g.modal)) { status = 'hypothetical'; cue = words(g.from, g.to); }
        // 'have yet to sign': not done so far.
        if (gov && g.form === 'infinitive' && gov.verb.lemma === 'have' && T.slice(gov.verb.from, g.from).some((t) => t.norm === 'yet')) { status = 'negated'; cue = words(gov.verb.from, g.to); }
        if (gov && status !== 'negated' && !subjectOnly && !ownedDecision) {
          if (gov.status === 'negated' && frameApplies && frame!.negationAffirms) { status = gov.verb.modal ? 'hypothetical' : 'occurred'; cue = words(gov.verb.from, g.to); }
          // 'did not take to the streets, heeding calls for calm': the participle after the comma did happen.
          else if (gov.status === 'negated' && !commaParticiple) { status = 'negated'; cue = gov.statusCue; }
          // A frame that happens ('stopped sharing', 'kept hitting') passes on its own status ('would keep hitting').
          else if (frameApplies && frame!.status !== 'occurred') { status = frame!.status; cue = words(gov.verb.from, g.to); }
          else if (g.form === 'infinitive' && gov.verb.lemma === 'be' && gov.verb.head === gov.verb.to - 1 && T[gov.verb.head].pos === 'AUX' && g.from === gov.verb.to) { status = 'planned'; cue = words(gov.verb.from, g.to); }
          else if (gov.status !== 'occurred' && status === 'occurred') { status = gov.status; cue = gov.statusCue; }
        }
        // "interest in taking control": the noun's frame gives the status, as a verb's would.
        if (nounFrame && status === 'occurred' && !ownedDecision) { status = frames.get(nounFrame.lemma)!.status; cue = words(nounFrame.i, g.to); }
        if (frameDenied) { status = 'negated'; cue = words(Math.max(s.from, nounFrame!.i - 2), g.to); }
        if (shortOf && gov) { status = 'negated'; cue = words(gov.verb.from, g.to); }
        if (manner && manner.status !== 'occurred' && status === 'occurred') { status = manner.status; cue = manner.statusCue; }
        if (status !== 'hypothetical') {
          const prevEnd = n > 0 ? groups[n - 1].to : s.from;
          for (let i = g.from - 1; i >= prevEnd; i--) {
            if (CONDITIONAL.has(T[i].norm)) { status = 'hypothetical'; cue = T[i].text; break; }
            if (SUBORDINATORS.has(T[i].norm)) break;
          }
          if (gov && gov.status === 'hypothetical' && status !== 'hypothetical' && !ownedDecision) { status = 'hypothetical'; cue = gov.statusCue; }
        }
        if (question && status === 'occurred') { status = 'hypothetical'; cue = '?'; }
        // 'rejected allegations that he had collaborated with Iran': what an allegation says is only alleged.
        if (status === 'occurred' && g.form === 'finite') {
          const from = subject && subject.to <= g.from ? subject.from : g.from;
          const that = T[from - 1];
          const noun = T[from - 2];
          if (that && noun && that.norm === 'that' && noun.sentence === s.index && ALLEGING_NOUNS.has(noun.lemma)) { status = 'hypothetical'; cue = words(from - 2, g.to); }
        }
        // 'will ask Egypt for support when he visits Cairo': a present-tense time clause under a plan is planned too.
        if (status === 'occurred' && g.form === 'finite' && g.tense === 'present' && !g.perfect && !g.progressive) {
          const prevEnd = n > 0 ? groups[n - 1].to : s.from;
          let at = -1;
          for (let i = g.from - 1; i >= prevEnd && at < 0; i--) if (TEMPORAL.has(T[i].norm)) at = i;
          const plan = at >= 0 ? clauses.slice(base).find((c) => c.status === 'planned' && !c.inQuote && c.verb.to <= at) : undefined;
          if (plan) { status = 'planned'; cue = `${plan.statusCue ?? ''} ... ${words(at, g.to)}`.trim(); }
        }
        // 'when the two meet at the White House on Friday', 'the summit opens next week': a present tense dated ahead is a plan.
        if (status === 'occurred' && g.form === 'finite' && g.tense === 'present' && !g.perfect && !g.progressive && !g.negated) {
          const until = n + 1 < groups.length ? groups[n + 1].from : s.to;
          const ahead = doc.times.find((t) => t.sentence === s.index && t.from >= g.to && t.from < until && t.direction === 'future');
          if (ahead) { status = 'planned'; cue = words(g.from, ahead.to); }
        }
        // 'will strike again if the shelling continues', 'would resume attacks should the fighting restart':
        // a future under a condition later in the sentence is only possible.
        if (status === 'planned' && !g.negated) {
          for (let i = g.to; i < s.to; i++) {
            if (T[i].quoted) continue;
            if (T[i].norm === 'if' || T[i].norm === 'unless' || (T[i].norm === 'should' && i + 1 < s.to && mentionAt.get(i + 1))) { status = 'hypothetical'; cue = T[i].text; break; }
          }
        }
        // An infinitive nothing governs ('a bill to withdraw', 'no reason to join') reports no happening.
        // ('approved a plan for the military to seize Gaza City': what a plan has someone do is planned.)
        if (g.form === 'infinitive' && !gov && status === 'occurred' && forSubject) { status = 'planned'; cue = words(forSubject.from, g.to); }
        else if (g.form === 'infinitive' && !gov && status === 'occurred' && !purposeOf) { status = 'hypothetical'; cue = words(g.from, g.to); }
        else if (purposeOf && status === 'occurred' && purposeOf.status !== 'occurred') { status = purposeOf.status; cue = purposeOf.statusCue; }
        // 'warned X against visiting': the visit is only a possibility.
        if (objectControlled && status === 'occurred') { status = 'hypothetical'; cue = words(g.from - 1, g.to); }

        let end = s.to;
        if (n + 1 < groups.length) end = groups[n + 1].from;
        clauses.push({
          sentence: s.index, verb: g, governor, frame: frameApplies ? frameName : null, frameDenied, subject, coSubjects, agent, to: end, status, statusCue: cue,
          inQuote: T[g.head].quoted,
        });
      });
    }
    return { ...doc, clauses };
  },
};
