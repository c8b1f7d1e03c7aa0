// Matches the `after` part of a coding pattern against the tokens that follow its anchor.
import type { Mention, Token } from '../core.js';
import type { Pattern } from '../knowledge/types.js';

const FILLER = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);
const MAX_FILLER = 3;
const QUOTE_MARKS = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);
/** Words that open a clause, tagged as adverbs at times ('when', 'once'): no filler crosses them. */
const CLAUSE_OPENERS = new Set(['when', 'once', 'while', 'where', 'whereas', 'whether', 'if', 'unless', 'until', 'because', 'although', 'though', 'which', 'who', 'whom', 'whose', 'that']);
/** Prepositions that set an unnamed thing in a named place ('positions in southern Lebanon'). */
const WHERE_IN = new Set(['in', 'near', 'inside', 'across']);
const AMOUNT_WORDS = new Set(['than', 'of', 'in', '$', '€', '£', 'worth', "'s", 'and', ',']);
/** Possessive pronouns: 'its troops', 'his visit'. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
const PREPOSITIONS = new Set(['on', 'against', 'at', 'to', 'for', 'with', 'into', 'from', 'over', 'upon', 'targeting', 'between']);
const QUANTITY = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions', 'tens', 'some', 'many', 'several', 'group', 'number', 'most', 'all', 'two', 'three', 'four', 'five', 'any', 'each', 'one', 'none', 'part', 'parts',
  // people of someone: 'rounded up hundreds of supporters of Imran Khan'
  'supporters', 'followers', 'members', 'relatives', 'allies', 'loyalists',
  // measures: '15 tonnes of relief supplies', 'a million doses of vaccine'
  'tonnes', 'tons', 'tonne', 'ton', 'barrels', 'litres', 'liters', 'gallons', 'doses', 'kilograms', 'truckloads', 'planeloads', 'shiploads', 'containers', 'batches', 'consignment', 'consignments', 'shipment', 'shipments', 'load', 'loads']);
/** Words of time that take a possessive ("Sunday's protest", "last week's talks"). */
const TIME_OWNERS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'week', 'month', 'year', 'weekend']);
/** before a word class ('two more Patriot air defence systems'), specific enough to reach further */
const MAX_FILLER_CLASS = 9;

export interface PatternHit {
  target: Mention | null;
  /** targets joined to the first by 'and' or commas ('met Putin and Xi') */
  moreTargets: Mention[];
  /** index after the last matched token */
  end: number;
  /** literal elements matched, for confidence */
  literals: number;
}

/** One element: TARGET, or alternatives each a word or a @class ('@missile|airstrike'). */
interface Element { words: string[] | null; classes: string[]; target: boolean; optional: boolean }

// Kept on the pattern object itself, under a symbol (read for every pattern tried: cheaper than a WeakMap), and by
// id for copies.
const PARSED = Symbol('elements');
const parsed = new Map<string, Element[]>();

/** Not enumerable: a copy made by spreading ('{ ...p, after }') must not inherit the parse of another `after`. */
function keep(p: Pattern, els: Element[]): void {
  Object.defineProperty(p, PARSED, { value: els, enumerable: false, writable: false, configurable: false });
}

function elements(p: Pattern): Element[] {
  const own = (p as Pattern & { [PARSED]?: Element[] })[PARSED];
  if (own !== undefined) return own;
  let els = parsed.get(p.id);
  if (els) {
    keep(p, els);
    return els;
  }
  els = p.after.map((raw) => {
    const optional = raw.startsWith('(') && raw.endsWith(')');
    const w = optional ? raw.slice(1, -1) : raw;
    if (w === 'TARGET') return { words: null, classes: [], target: true, optional };
    const alts = w.split('|');
    return { words: alts.filter((a) => !a.startsWith('@')), classes: alts.filter((a) => a.startsWith('@')).map((a) => a.slice(1)), target: false, optional };
  });
  parsed.set(p.id, els);
  keep(p, els);
  return els;
}

export interface MatchInput {
  tokens: Token[];
  /** the actor mention (with actors) that starts at a token */
  mentionAt: (i: number) => Mention | undefined;
  /** true for tokens inside any actor mention, resolved or not */
  inMention: (i: number) => boolean;
  /** the actor mention (with actors) that covers a token */
  covering: (i: number) => Mention | undefined;
  classes: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * where an aside that starts at a token ends: a time phrase ('on Monday', 'last week') or a place phrase ('in
   * southern Lebanon'). Such a phrase may stand between the words of a pattern.
   */
  asideEnd?: (i: number) => number | undefined;
}

/** A token is one of the element's words, or of one of its word classes. */
function elementFits(e: Element, t: Token, classes: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (e.words !== null && (e.words.includes(t.lemma) || e.words.includes(t.norm))) return true;
  // (A loop, not `some` with a new closure per token.)
  for (let k = 0; k < e.classes.length; k++) {
    const words = classes.get(e.classes[k]);
    if (words !== undefined && (words.has(t.lemma) || words.has(t.norm))) return true;
  }
  return false;
}

/** Tries the pattern from token `start` up to `end` (exclusive). */
export function matchAfter(p: Pattern, start: number, end: number, input: MatchInput): PatternHit | null {
  const els = elements(p);
  const T = input.tokens;
  const wordOk = (e: Element, t: Token) => elementFits(e, t, input.classes);

  /** Mentions joined to `m` by 'and', 'or' or commas, and where the run ends. */
  const joined = (m: Mention): [Mention[], number] => {
    // A list ends in 'and' or 'or' ('Putin, Xi and Modi'); a comma alone starts an aside ('..., Lavrov warned').
    const more: Mention[] = [];
    let at = m.to;
    let closed = m.to;
    let closedCount = 0;
    while (at + 1 < end && (T[at].norm === 'and' || T[at].norm === ',' || T[at].norm === 'or')) {
      const conj = T[at].norm !== ',' || T[at + 1].norm === 'and' || T[at + 1].norm === 'or';
      const nextAt = T[at].norm === ',' && conj ? at + 2 : at + 1;
      // ('and the paramilitary Rapid Support Forces': an adjective before the name too.)
      const n = input.mentionAt(nextAt) ?? (T[nextAt]?.pos === 'DET' ? input.mentionAt(nextAt + 1) ?? (T[nextAt + 1]?.pos === 'ADJ' ? input.mentionAt(nextAt + 2) : undefined)
        : T[nextAt]?.pos === 'ADJ' ? input.mentionAt(nextAt + 1) : undefined);
      if (!n) break;
      more.push(n);
      at = n.to;
      if (conj) { closed = at; closedCount = more.length; }
    }
    return [more.slice(0, closedCount), closed];
  };
  let moreTargets: Mention[] = [];
  const go = (k: number, i: number, target: Mention | null, literals: number): PatternHit | null => {
    if (k === els.length) return { target, moreTargets, end: i, literals };
    const e = els[k];
    // 'passing satellite imagery of Russian troop movements to Kyiv': after a class word, its 'of' phrase is stepped
    // over to the preposition the pattern wants next.
    if (T[i]?.norm === 'of' && k > 0 && els[k - 1].classes.length && !e.target && e.classes.length === 0 && e.words !== null && e.words.length > 0 &&
      e.words.every((w) => PREPOSITIONS.has(w))) {
      for (let j = i + 1; j < end && j <= i + 6; j++) {
        const t = T[j];
        if (t.pos === 'ADP' && wordOk(e, t)) {
          const r = go(k, j, target, literals);
          if (r) return r;
          break;
        }
        if ((t.pos === 'ADP' && t.norm !== 'of') || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON') break;
      }
    }
    // A hyphenated word ('far-right') is one filler, not three.
    let reach = e.classes.length ? MAX_FILLER_CLASS : MAX_FILLER;
    for (let skip = 0; skip <= reach && i + skip <= end; skip++) {
      const at = i + skip;
      if (skip > 0) {
        const f = T[at - 1];
        // Fillers may run into an actor mention only to reach its head word ('expelled two Russian diplomats');
        // before a word class, amounts and possessives too ('more than $100 million in aid', 'its troops').
        // 'far-right', 'Russian-born': a hyphen inside a word is part of it.
        const glued = f.text === '-' && at - 2 >= 0 && T[at - 2].end === f.start && T[at] !== undefined && T[at].start === f.end;
        // 'sanctions and tariffs on Russia', 'travel bans and asset freezes on': before a preposition, a second noun joined by 'and'.
        const joinedNoun = f.norm === 'and' && at - 2 >= 0 && T[at - 2].pos === 'NOUN' && e.words !== null && e.words.length > 0 && e.words.every((w) => PREPOSITIONS.has(w));
        // 'suspended its cooperation with': a possessive pronoun before a word of the pattern.
        // 'resume its war in Gaza when the truce ends': a clause opener ends the phrase, whatever its tag.
        // ("threatening 'concrete actions'": quotation marks are no words.)
        const filler = (FILLER.has(f.pos) && !CLAUSE_OPENERS.has(f.norm)) || QUOTE_MARKS.has(f.text) || glued || joinedNoun || (!e.target && f.pos === 'PRON' && POSSESSIVES.has(f.norm)) || (e.classes.length > 0 && (AMOUNT_WORDS.has(f.norm) || f.pos === 'SYM')) ||
          // 'killed dozens of civilians', 'deployed thousands of riot police'
          (f.norm === 'of' && at - 2 >= 0 && QUANTITY.has(T[at - 2].norm)) ||
          // "disperse Sunday's protest", "last week's strikes": a time's possessive is no owner.
          (f.norm === "'s" && at - 2 >= 0 && TIME_OWNERS.has(T[at - 2].norm)) ||
          // 'demolished at least a dozen homes'
          (f.norm === 'at' && (T[at]?.norm === 'least' || T[at]?.norm === 'most')) || ((f.norm === 'least' || f.norm === 'most') && at - 2 >= 0 && T[at - 2].norm === 'at') ||
          // 'deploy as many as 45,000 police officers'
          (f.norm === 'as' && (T[at]?.norm === 'many' || T[at]?.norm === 'much' || (at - 2 >= 0 && (T[at - 2].norm === 'many' || T[at - 2].norm === 'much')))) ||
          // 'deported more than 200 Venezuelans'
          (e.target && (f.norm === 'than' ||
            // 'deport up to 10,000 migrants'
            (f.norm === 'up' && T[at]?.norm === 'to') || (f.norm === 'to' && at - 2 >= 0 && T[at - 2].norm === 'up' && T[at]?.pos === 'NUM')));
        if (glued) reach += 2;
        else if (f.norm === 'as' || f.norm === 'at' || (f.norm === 'up' && T[at]?.norm === 'to') || (f.norm === 'of' && at - 2 >= 0 && QUANTITY.has(T[at - 2].norm))) reach += 1;
        // A name of several words ('Calin Georgescu') is one filler too.
        else if (f.pos === 'PROPN' && T[at]?.pos === 'PROPN') reach += 1;
        if (!filler || (input.inMention(at - 1) && (e.target || !input.covering(at - 1) || input.covering(at - 1)!.to <= at - 1))) {
          // 'dispatched two navy ships loaded with food and generators to Cuba', 'flew relief supplies, including
          // tents, to Myanmar': a participle phrase on the object is stepped over to the pattern's next word.
          if (!e.target && f.pos === 'VERB' && f.norm !== f.lemma && at - 2 >= start && (T[at - 2].pos === 'NOUN' || (T[at - 2].text === ',' && f.lemma === 'include'))) {
            const next = els[k + 1];
            let seen = -1;
            for (let j = at; j < end && j < at + 12; j++) {
              const t = T[j];
              if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') break;
              if (seen < 0 && wordOk(e, t)) {
                const r = go(k, j, target, literals);
                if (r) return r;
                seen = j;
              } else if (seen >= 0 && next && !next.target && wordOk(next, t)) {
                // '... loaded with food, medicine and generators to Cuba': the class inside the phrase, then the next word.
                const r = go(k + 1, j, target, literals + 1);
                if (r) return r;
              }
            }
          }
          // 'using displaced families in El Fasher as human shields': a time or place phrase after the fillers.
          const te = skip > 1 ? input.asideEnd?.(at - 1) : undefined;
          if (te !== undefined && te > at - 1 && te <= end) {
            const r = go(k, te, target, literals);
            if (r) return r;
          }
          break;
        }
      }
      if (at < end) {
        if (e.target) {
          let from = at;
          // 'the city of Kharkiv', 'the port of Odesa': the place is the target.
          const pn = T[from].pos === 'DET' ? from + 1 : from;
          if (pn + 2 < end && input.classes.get('placenoun')?.has(T[pn].lemma) && T[pn + 1].norm === 'of') from = pn + 2;
          let m = input.mentionAt(from) ?? (T[from].pos === 'DET' ? input.mentionAt(from + 1) : undefined);
          // 'pull its troops out of five hilltop positions in southern Lebanon', 'strikes on targets near Damascus':
          // an unnamed place is the country it lies in.
          // Not a named person ('detained reporter Evan Gershkovich in Yekaterinburg'), nor a war ('funding for the wars
          // in Iraq'), nor where one speaks or meets.
          if (!m && skip > 0 && WHERE_IN.has(T[from].norm) && p.code >= '07' &&
            !T.slice(at - skip, at).some((t) => t.pos === 'PROPN' || input.classes.get('fighting')?.has(t.lemma))) {
            let j = from + 1;
            while (j < end && j <= from + 2 && (T[j].pos === 'DET' || T[j].pos === 'ADJ')) j++;
            const there = j < end ? input.mentionAt(j) : undefined;
            if (there && there.actors.length && (there.place || there.actors[0].type === 'country')) m = there;
          }
          // "Yemen's Houthis": the possessor names whose the target is; the target is what follows.
          // 'his Syrian counterpart': a possessive pronoun has no "'s" after it.
          const ownedAt = m && m.possessive ? (T[m.to]?.norm === "'s" || T[m.to]?.norm === "'" ? m.to + 1 : m.to) : -1;
          if (m && m.possessive && ownedAt < end) {
            const owned = input.mentionAt(ownedAt) ?? (T[ownedAt]?.pos === 'ADJ' ? input.mentionAt(ownedAt + 1) : undefined);
            if (owned) m = owned;
          }
          const after = T[m ? m.to : 0];
          // ('meet the Lisbon goals': a capital's mention may start with its article.)
          const determined = m && ((m.from > 0 && T[m.from - 1].pos === 'DET' && m.from - 1 >= start) || (T[m.from].pos === 'DET' && m.to - m.from > 1));
          // 'meet a U.S. request' is no meeting with the U.S.; 'attacked a Russian refinery' is an attack on Russia.
          // 'received its first US-made tanks': a name hyphened to the next word modifies it.
          const modifier = m && p.code.startsWith('04') && after && after.sentence === T[m.from].sentence &&
            (((m.adjectival || determined) && (after.pos === 'NOUN' || (after.pos === 'PROPN' && !input.inMention(m.to)))) || (after.text === '-' && after.start === T[m.to - 1].end));
          if (m && !modifier) {
            const [more, after] = joined(m);
            if (more.length) {
              moreTargets = more;
              const r = go(k + 1, after, m, literals);
              if (r) return r;
            }
            moreTargets = [];
            const r = go(k + 1, m.to, m, literals);
            if (r) return r;
            // 'barred 500 Americans, among them Barack Obama, from entering', 'barred the main opposition party, Chadema,
            // from taking part': an aside set off by commas after the target; 'placed Lima and the neighbouring port of
            // Callao under a state of emergency': a second place no one names. Stepped over to the pattern's next word.
            const nextEl = els[k + 1];
            if (nextEl && !nextEl.target && m.to < end) {
              if (T[m.to].text === ',') {
                for (let j = m.to + 1; j < end && j <= m.to + 10; j++) {
                  if (T[j].pos === 'VERB' || T[j].pos === 'AUX' || T[j].text === ';') break;
                  if (T[j].text === ',') { const r2 = go(k + 1, j + 1, m, literals); if (r2) return r2; break; }
                }
              } else if (T[m.to].norm === 'and') {
                let j = m.to + 1;
                while (j < end && j <= m.to + 7 && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(T[j].pos) || T[j].norm === 'of')) j++;
                if (j > m.to + 1 && j < end) { const r2 = go(k + 1, j, m, literals); if (r2) return r2; }
              }
            }
          }
        } else if (wordOk(e, T[at]) && !(T[at].pos === 'PART' && T[at].norm === 'to' && !(els[k + 1] && !els[k + 1].target && T[at + 1] && wordOk(els[k + 1], T[at + 1])))) {
          // ('sending vessels to resupply troops': the infinitive's 'to' is no preposition, but 'ordered them to leave' is the pattern's.)
          // A word that ends an actor mention makes that actor the target, when the pattern names none.
          const owner = input.covering(at);
          const implicit = !target && owner && owner.to === at + 1 ? owner : target;
          const r = go(k + 1, at + 1, implicit, literals + 1);
          if (r) return r;
          // 'imposed travel bans and asset freezes on': a second word of the same kind joined by 'and' or 'or'.
          if (e.classes.length && (T[at + 1]?.norm === 'and' || T[at + 1]?.norm === 'or')) {
            for (let j = at + 2; j < end && j <= at + 4; j++) {
              if (wordOk(e, T[j])) {
                const r2 = go(k + 1, j + 1, implicit, literals + 1);
                if (r2) return r2;
                break;
              }
              if (!FILLER.has(T[j].pos)) break;
            }
          }
        }
      }
      if (e.optional && skip === 0) {
        const r = go(k + 1, i, target, literals);
        if (r) return r;
      }
    }
    // 'opened an investigation on Monday into', 'met on Tuesday with', 'operations in southern Lebanon against':
    // the time or place phrase is stepped over.
    const te = input.asideEnd?.(i);
    if (te !== undefined && te > i && te <= end) return go(k, te, target, literals);
    return null;
  };
  return go(0, start, null, 0);
}

/** More elements first: the most specific pattern wins. */
export function bySpecificity(a: Pattern, b: Pattern): number {
  return b.after.length - a.after.length;
}
