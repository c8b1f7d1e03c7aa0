// Stage: verb groups. Each run of auxiliaries, negation and adverbs ending in a verb becomes one group with
// its tense, modal, negation, voice and form ('to meet' is an infinitive, 'saying' a participle).
import type { Doc, Stage, Token, VerbGroup } from '../core.js';

const MODALS: Record<string, string> = {
  will: 'will', "'ll": 'will', wo: 'will', would: 'would', "'d": 'would', shall: 'shall', should: 'should',
  can: 'can', ca: 'can', could: 'could', may: 'may', might: 'might', must: 'must',
};
/** Participles spelled like their base form: 'are set to sign', 'was cut off'. */
const SAME_FORM = new Set(['set', 'put', 'cut', 'hit', 'let', 'shut', 'spread', 'cast', 'cost', 'hurt', 'quit', 'split', 'bid', 'upset', 'broadcast', 'thrust', 'shed', 'burst']);
const NO_VERBS: ReadonlySet<string> = new Set();
/** Verbs whose next noun may be the subject of a clause of their own: 'said protesters attacked in Kyiv'. */
const REPORTING = new Set(['say', 'tell', 'report', 'claim', 'believe', 'think', 'fear', 'warn', 'announce', 'confirm', 'deny', 'insist', 'argue', 'add', 'note', 'suggest', 'show', 'hear', 'see', 'know', 'find', 'ensure', 'expect', 'hope', 'allege', 'state', 'acknowledge', 'admit', 'estimate', 'predict']);
/** Words that open a subordinate clause before the main one: 'After the talks collapsed, ...'. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'if', 'although', 'though', 'because', 'once', 'until', 'unless', 'whereas']);
/** Words that end a time phrase: 'on Sunday,', 'in 2022,'. */
const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|week|weekend|month|year|today|yesterday|night|morning|evening|afternoon)$/;
const REDUCED_AFTER = new Set(['in', 'at', 'near', 'during', 'on', 'outside', 'inside', 'across', 'since', 'last', 'earlier']);
const HELD_AS = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'incommunicado']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const CLAUSE_PUNCT = new Set([',', '\u2014', '\u2013', '(', ';', ':']);

/** The word is an inflected past form of its lemma (met, said, attacked), not the base, -s or -ing form. */
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', "'ve", 'does', 'do', 'be']);

export function isPastForm(t: Token): boolean {
  const w = t.norm;
  if (w === t.lemma || w.endsWith('ing') || PRESENT_FORMS.has(w)) return false;
  if (w === `${t.lemma}s` || w === `${t.lemma}es` || (t.lemma.endsWith('y') && w === `${t.lemma.slice(0, -1)}ies`)) return false;
  return true;
}

function isVerbStart(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (t.pos === 'AUX' || t.pos === 'VERB') return true;
  if (t.norm === 'to' && t.pos === 'PART') {
    for (let j = i + 1; j < end && j <= i + 3; j++) {
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
      if (tokens[j].pos !== 'ADV') return false;
    }
  }
  return false;
}

/** The noun at `at` ends a verb's object ('dispatched two navy ships'): a verb stands a few words before it, with no punctuation between. */
function inObject(tokens: Token[], at: number, sentence: number): boolean {
  for (let p = at - 1; p >= 0 && at - p <= 4 && tokens[p].sentence === sentence; p--) {
    if (tokens[p].pos === 'VERB') return true;
    if (!['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN'].includes(tokens[p].pos)) return false;
  }
  return false;
}

/** The words up to `at` are a verb's object so far ('held large-scale live-fire'): back over modifiers to a verb. */
function objectOfVerb(tokens: Token[], at: number): boolean {
  for (let p = at; p >= 0 && at - p <= 6 && tokens[p].sentence === tokens[at].sentence; p--) {
    if (tokens[p].pos === 'VERB') return p < at;
    if (!['NOUN', 'ADJ', 'DET', 'NUM'].includes(tokens[p].pos) && tokens[p].text !== '-') return false;
  }
  return false;
}

/** The comma at `at` closes a relative clause opened by ', who' or ', which' ('Algeria, which broke off ties, offered'). */
function closesRelative(tokens: Token[], at: number, sentence: number): boolean {
  if (tokens[at].text !== ',') return false;
  for (let p = at - 1; p > 0 && tokens[p].sentence === sentence; p--) {
    if (tokens[p].text === ',') return tokens[p + 1].norm === 'who' || tokens[p + 1].norm === 'which';
  }
  return false;
}

/** Reads the verb group that starts at `i`; returns it and the index after it. */
export function readVerbGroup(tokens: Token[], i: number, end: number, sentence: number, transitive: ReadonlySet<string> = NO_VERBS): [VerbGroup | null, number] {
  const infinitive = tokens[i].norm === 'to';
  let j = infinitive ? i + 1 : i;
  const aux: Token[] = [];
  let negated = false;
  let head = -1;
  while (j < end) {
    const t = tokens[j];
    if (t.pos === 'AUX') aux.push(t);
    else if ((t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'DET') && NEGATIONS.has(t.norm)) negated = true;
    else if (t.pos === 'ADV' && j + 1 < end && ['AUX', 'VERB', 'ADV', 'PART'].includes(tokens[j + 1].pos)) { /* 'has repeatedly said' */ }
    else if (t.pos === 'ADJ' && aux.length > 0 && j + 1 < end && tokens[j + 1].pos === 'VERB' && ADVERB_LIKE.has(t.norm)) { /* 'could further downgrade' */ }
    else if (t.pos === 'VERB') { head = j; j++; break; }
    else break;
    j++;
  }
  if (head < 0) {
    if (aux.length === 0) return [null, Math.max(j, i + 1)];
    head = aux[aux.length - 1].i;
  }
  const h = tokens[head];
  const auxNorms = aux.filter((a) => a.i !== head);
  const modalTok = auxNorms.find((a) => MODALS[a.norm]);
  const modal = modalTok ? MODALS[modalTok.norm] : null;
  const hasBe = auxNorms.some((a) => a.lemma === 'be' || a.lemma === 'get');
  const hasHave = auxNorms.some((a) => a.lemma === 'have');
  const ing = h.norm.endsWith('ing');
  const progressive = hasBe && ing;
  // 'a journalist snatched by insurgents': a bare past form right before 'by' is a passive participle too.
  // 'two French journalists held hostage in Iraq': so before 'hostage' or 'captive' too.
  // 'dispatched two navy ships loaded with food': before 'with', in a verb's object.
  const reduced = aux.length === 0 && !infinitive && isPastForm(h) && tokens[head + 1]?.sentence === sentence && ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') &&
    ((transitive.has(h.lemma) && (tokens[head + 1]?.norm === 'by' || HELD_AS.has(tokens[head + 1]?.norm ?? ''))) || (tokens[head + 1]?.norm === 'with' && inObject(tokens, i - 1, sentence)) ||
      // 'soldiers accused of war crimes', 'a man suspected of spying', 'two men charged with murder'
      (ACCUSED_OF[h.lemma] !== undefined && tokens[head + 1]?.norm === ACCUSED_OF[h.lemma]));
  const passive = reduced || (hasBe && !ing && head !== aux[aux.length - 1]?.i && (isPastForm(h) || SAME_FORM.has(h.norm)));
  const perfect = hasHave && !ing && head !== aux[aux.length - 1]?.i;
  const first = auxNorms[0] ?? h;
  let tense: VerbGroup['tense'] = 'present';
  if (modal === 'will' || modal === 'shall') tense = 'future';
  else if (PAST_AUX.has(first.norm) || (first === h && isPastForm(h))) tense = 'past';
  // 'Israeli tank fire hit tents on Wednesday': a verb whose past is its base form, with no auxiliary and not after
  // 'I', 'we', 'you' or 'they', is read in the past, as news tells it.
  else if (first === h && !infinitive && SAME_FORM.has(h.norm) && !['i', 'we', 'you', 'they'].includes(tokens[i - 1]?.norm ?? '')) tense = 'past';
  let form: VerbGroup['form'] = 'finite';
  if (infinitive) form = 'infinitive';
  else if (auxNorms.length === 0) {
    const prev = tokens[i - 1];
    if (ing || reduced) form = 'participle';
    else if (prev && prev.sentence === sentence && CLAUSE_PUNCT.has(prev.text) && isPastForm(h) && !closesRelative(tokens, i - 1, sentence)) form = 'participle';
  }
  return [{ sentence, from: i, to: j, head, lemma: h.lemma, tense, perfect, progressive, modal, negated, passive, form }, j];
}

/** The token retagged as a verb, built field by field in the tokenizer's order so that it keeps the same hidden class as every other token. */
function asVerb(t: Token, lemma = t.lemma): Token {
  return retag(t, 'VERB', lemma);
}

/** The token read as another part of speech ('allied' as ADJ), its lemma by default its normal form. */
function retag(t: Token, pos: string, lemma = t.norm): Token {
  return { i: t.i, text: t.text, norm: t.norm, lemma, pos, start: t.start, end: t.end, sentence: t.sentence, quoted: t.quoted };
}

/** Verbs that take an '-ing' verb as their object ('stopped sharing', 'resumed sending', 'denied attacking'). */
const ING_GOVERNORS = new Set(['stop', 'start', 'begin', 'resume', 'continue', 'keep', 'halt', 'cease', 'suspend', 'deny', 'consider', 'avoid', 'end', 'quit', 'finish', 'risk', 'pause']);

/** Prepositions that take an '-ing' verb ('by firing', 'after shelling', 'without consulting'). */
const ING_PREPS = new Set(['by', 'after', 'before', 'without', 'while', 'since']);
/** Base forms of verbs the tagger reads as adjectives ('that Moscow free all prisoners', 'that Kyiv open talks'). */
const FREE_LIKE = new Set(['free', 'open', 'clear', 'secure', 'empty', 'calm', 'right', 'slow', 'close']);
/** Plural nouns of asking the tagger reads as verbs ('turned down calls by'). */
const ASKING_PLURALS = new Set(['calls', 'demands', 'requests', 'appeals', 'pleas', 'offers', 'proposals', 'recommendations']);
/** Verbs of holding back whose 'from' takes an '-ing' verb ('refrained from firing'). */
const REFRAIN = new Set(['refrain', 'abstain', 'desist']);
/** Verbs whose past form after a noun and before this word is passive: 'accused of', 'charged with'. */
const ACCUSED_OF: Record<string, string> = { accuse: 'of', suspect: 'of', convict: 'of', charge: 'with', acquit: 'of' };
const ARTICLES = new Set(['a', 'an', 'the']);
/** How the adjectives of peoples end: 'Indian', 'Israeli', 'Chinese', 'British', 'French', 'Thai'. */
const DEMONYM_END = /(an|ian|i|ese|ish|ch)$/;
/** Words the tagger reads as adjectives that stand as adverbs inside a verb group ('could further downgrade'). */
const ADVERB_LIKE = new Set(['further', 'soon', 'likely', 'formally', 'first', 'jointly', 'late', 'early']);
const PERFECT_OR_PASSIVE = new Set(['have', 'has', 'had', "'ve", 'was', 'were', 'been', 'be', 'is', 'are', 'being']);
/** Past participles that are nearly always adjectives before a noun ('allied militias', 'armed groups'). */
const ATTRIBUTIVE = new Set(['allied', 'armed', 'masked', 'suspected', 'alleged', 'disputed', 'embattled', 'exiled', 'unidentified', 'so-called', 'displaced']);
/** Adverbs of degree before an adjective ('most experienced', 'highly trained'). */
const DEGREE = new Set(['most', 'more', 'less', 'least', 'very', 'highly', 'well', 'heavily', 'lightly', 'newly', 'recently', 'widely', 'best', 'better', 'poorly']);
/** Adverbs the tagger reads as adjectives, between 'has' and a past ('has long accused'). */
const SPAN_ADVERBS = new Set(['long', 'already', 'previously', 'since', 'also', 'repeatedly']);
/** Particles and prepositions right after a verb of force or arrest ('rounded up', 'shot at', 'cracked down'). */
const PARTICLE_AFTER = new Set(['up', 'at', 'down', 'on', 'off', 'out', 'into', 'back', 'upon', 'between']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** The verbal forms of 'teargas' after a hyphen ('tear-gassed', 'tear-gassing'). */
const TEARGASSED = new Set(['gassed', 'gassing', 'gasses']);
/** Nouns of goods and movement that a crossing or a border is opened or closed to ('to aid', 'to trade'). */
const TO_TRAFFIC = new Set(['aid', 'trade', 'traffic', 'travel', 'commerce', 'shipping']);
/** Ways that are opened or closed to traffic ('reopened the crossing to aid'). */
const WAYS = new Set(['crossing', 'crossings', 'border', 'borders', 'airspace', 'port', 'ports', 'strait', 'corridor', 'corridors', 'road', 'roads', 'route', 'routes', 'airport', 'airports', 'checkpoint', 'checkpoints', 'canal', 'waters', 'market', 'markets']);
/** '-ing' nouns of places and gatherings the tagger reads as verbs after a name ('the Rafah crossing', 'the Erez crossing'). */
const ING_PLACES = new Set(['crossing', 'building', 'landing', 'gathering', 'hearing', 'ruling', 'wedding', 'opening', 'clearing', 'mooring']);
/** A word in capitals: 'START', 'NATO'. */
const ALL_CAPS = /^[A-Z][A-Z0-9]+$/;

/** A compound from `at` ends in a plural noun within four words: 'water-pressure controllers'. */
function pluralAhead(tokens: Token[], at: number): boolean {
  for (let j = at; j < tokens.length && j <= at + 4; j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN' && t.norm !== t.lemma && t.norm.endsWith('s')) return true;
    if (!(t.pos === 'NOUN' || (t.text === '-' && tokens[j - 1]?.end === t.start))) return false;
  }
  return false;
}

/** The name at `at` is the last of names joined by 'and' ('China and Russia', 'the US and South Korea'). */
function joinedNames(tokens: Token[], at: number): boolean {
  let j = at;
  while (j > 0 && at - j < 4 && tokens[j].pos === 'PROPN') j--;
  if (tokens[j].norm === 'the' && j > 0) j--;
  return j < at && tokens[j].norm === 'and' && tokens[j - 1]?.pos === 'PROPN' && tokens[j - 1].sentence === tokens[at].sentence;
}

/** The known verb an '-ing' word is a form of ('sharing' share, 'stopping' stop, 'sending' send), if any. */
function ingOf(norm: string, verbs: ReadonlySet<string>): string | undefined {
  if (!norm.endsWith('ing') || norm.length < 6) return undefined;
  const stem = norm.slice(0, -3);
  const tries = [stem, `${stem}e`, stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  return tries.find((v) => v && verbs.has(v));
}

/**
 * The known verb a word is the past of: in '-ed' ('abducted' abduct, 'seized' seize, 'kidnapped' kidnap, 'denied'
 * deny) or irregular ('shot' shoot, 'struck' strike), if any.
 */
function pastOf(norm: string, verbs: ReadonlySet<string>, irregular: ReadonlyMap<string, string>): string | undefined {
  const base = irregular.get(norm);
  if (base && base !== norm && verbs.has(base)) return base;
  if (!norm.endsWith('ed') || norm.length < 5) return undefined;
  const stem = norm.slice(0, -2);
  const tries = [stem, norm.slice(0, -1), stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '', stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  return tries.find((v) => v && verbs.has(v));
}

const formCache = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
/** pastOf, else ingOf, remembered per word: most verbs are no pattern's, and this runs on each of them. */
function knownFormOf(norm: string, verbs: ReadonlySet<string>, irregular: ReadonlyMap<string, string>): string | undefined {
  let cache = formCache.get(verbs);
  if (!cache) formCache.set(verbs, (cache = new Map()));
  let v = cache.get(norm);
  if (v === undefined) {
    v = pastOf(norm, verbs, irregular) ?? ingOf(norm, verbs) ?? null;
    if (cache.size > 200_000) cache.clear();
    cache.set(norm, v);
  }
  return v ?? undefined;
}

/**
 * The tagger sometimes reads a verb after a name as a noun ('Putin plans to meet', 'the team backs').
 * A known verb in that place, inflected and followed by what follows verbs, is taken as a verb.
 */
function repairTags(tokens: Token[], verbs: ReadonlySet<string>, irregular: ReadonlyMap<string, string>, nounPhrases: ReadonlySet<string>): Token[] {
  let out: Token[] | null = null;
  // 'Masked settlers attacked': the text's first word, before a noun.
  if (tokens.length > 1 && tokens[0].pos === 'VERB' && ATTRIBUTIVE.has(tokens[0].norm) && ['NOUN', 'PROPN'].includes(tokens[1].pos)) {
    const t = tokens[0];
    out = [...tokens];
    out[0] = retag(t, 'ADJ');
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // Every repair below is of a verb, noun, adjective or adverb (or of 'gassed'): most tokens need no look.
    if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'ADV' && !TEARGASSED.has(t.norm)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // 'China and India each rushed troops': a known verb's past after 'each' or 'both' that follows the subject is the verb.
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && (prev.norm === 'each' || prev.norm === 'both') && i >= 2 && (tokens[i - 2].pos === 'PROPN' || tokens[i - 2].pos === 'NOUN') &&
      tokens[i - 2].sentence === t.sentence && t.norm.endsWith('ed')) {
      const v = pastOf(t.norm, verbs, irregular);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'Trump and Netanyahu see eye to eye', 'met face to face': a noun repeated around 'to' is a noun both times, and 'to' a
    // preposition (not 'have to have', whose first word is a verb).
    if (t.pos === 'VERB' && prev.norm === 'to' && tokens[i - 2]?.norm === t.norm && tokens[i - 2].pos === 'NOUN' && tokens[i - 2].sentence === t.sentence) {
      out ??= [...tokens];
      out[i - 1] = { ...prev, pos: 'ADP' };
      out[i] = retag(t, 'NOUN');
      continue;
    }
    // 'Riot police tear-gassed protesters': the tokenizer splits the verb at its hyphen; its last part is the verb 'teargas'
    // and the parts before it are read as adverbs, so that the verb group and its subject reach past them.
    if (TEARGASSED.has(t.norm) && prev.text === '-' && prev.end === t.start && tokens[i - 2]?.norm === 'tear' && tokens[i - 2].end === prev.start && verbs.has('teargas')) {
      out ??= [...tokens];
      out[i - 2] = retag(tokens[i - 2], 'ADV');
      out[i - 1] = retag(prev, 'ADV');
      out[i] = asVerb(t, 'teargas');
      continue;
    }
    // 'Russia suspended its participation in the New START treaty': a word in capitals inside running text, read as a
    // verb, is a name ('the SALT talks'), unless the text around it is in capitals too (a headline).
    if (t.pos === 'VERB' && t.text.length > 2 && ALL_CAPS.test(t.text) && prev.sentence === t.sentence && !ALL_CAPS.test(prev.text) && !ALL_CAPS.test(next.text)) {
      out ??= [...tokens];
      out[i] = retag(t, 'PROPN');
      continue;
    }
    // 'China and Russia share the view', 'the rebels control the town': a known verb's base form after a plural subject
    // (a plural noun, or names joined by 'and'), before an article or an owner's pronoun, is the verb.
    if (t.pos === 'NOUN' && t.norm === t.lemma && verbs.has(t.norm) && (ARTICLES.has(next.norm) || POSSESSIVE_PRONOUNS.has(next.norm)) && next.sentence === t.sentence && prev.sentence === t.sentence &&
      ((prev.pos === 'NOUN' && prev.norm !== prev.lemma && prev.norm.endsWith('s')) || (prev.pos === 'PROPN' && joinedNames(tokens, i - 1)))) {
      out ??= [...tokens];
      out[i] = asVerb(t);
      continue;
    }
    // 'Egypt reopened the Rafah crossing', 'at the Kerem Shalom crossing': an '-ing' noun of a place or an event after an
    // article and a name, with no object after it, is a noun (not 'the US trying to', 'the Chinese working in').
    if (t.pos === 'VERB' && (ING_PLACES.has(t.norm) || nounPhrases.has(t.norm)) && prev.pos === 'PROPN' && !['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(next.pos)) {
      let j = i - 1;
      while (j > 0 && i - j <= 3 && tokens[j].pos === 'PROPN') j--;
      if (ARTICLES.has(tokens[j].norm) && tokens[j].sentence === t.sentence) {
        out ??= [...tokens];
        out[i] = retag(t, 'NOUN');
        continue;
      }
    }
    // 'reopened the Rafah crossing to aid', 'closed its border to trade': a noun of goods or movement read as a verb after
    // 'to' that ends a way's noun phrase, with no object of its own (a time phrase may follow: 'to aid on Sunday'), is a
    // noun (not 'have any patents to trade').
    if (t.pos === 'VERB' && TO_TRAFFIC.has(t.norm) && prev.norm === 'to' && i >= 3 && WAYS.has(tokens[i - 2].norm) && ['DET', 'PROPN', 'PRON', 'ADJ', 'NOUN'].includes(tokens[i - 3].pos) &&
      (next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.sentence !== t.sentence || (next.pos === 'ADP' && TIME_WORD.test(tokens[i + 2]?.norm ?? '')))) {
      out ??= [...tokens];
      out[i - 1] = { ...prev, pos: 'ADP' };
      out[i] = retag(t, 'NOUN');
      continue;
    }
    // 'stopped sharing intelligence': an '-ing' word the tagger reads as a noun or adjective after such a verb is a verb.
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && prev.pos === 'VERB' && ING_GOVERNORS.has(prev.lemma) && prev.sentence === t.sentence) {
      const v = ingOf(t.norm, verbs);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'responded by firing missiles', 'after shelling Kharkiv': an '-ing' word after such a preposition, before its object, is a verb.
    // 'its renewed offensive', 'the disputed border': a past form between an owner or article and a noun is an adjective.
    if (t.pos === 'VERB' && t.norm.endsWith('ed') && (POSSESSIVE_PRONOUNS.has(prev.norm) || ARTICLES.has(prev.norm) || prev.norm === "'s") && (next.pos === 'NOUN' || next.pos === 'ADJ') && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // 'put its forces on heightened alert', 'under renewed pressure': a past form right after a preposition, before a noun
    // or adjective, is an adjective.
    if (t.pos === 'VERB' && t.norm.endsWith('ed') && prev.pos === 'ADP' && prev.norm !== 'that' && (next.pos === 'NOUN' || next.pos === 'ADJ') && next.sentence === t.sentence && prev.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // "the IAEA's most experienced inspectors", 'a highly trained unit': a past form after a degree adverb, before a noun, is an adjective.
    if (t.pos === 'VERB' && t.norm.endsWith('ed') && prev.pos === 'ADV' && DEGREE.has(prev.norm) && next.pos === 'NOUN' && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // "Somalia's offensive against al-Shabaab": an event noun read as an adjective, after an article or owner and
    // before a preposition, is the noun.
    if (t.pos === 'ADJ' && nounPhrases.has(t.norm) && next.pos === 'ADP' && (prev.pos === 'DET' || prev.pos === 'PART' || (prev.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(prev.norm)) || prev.pos === 'ADJ' || (prev.pos === 'ADV' && tokens[i - 2]?.pos === 'DET'))) {
      out ??= [...tokens];
      out[i] = retag(t, 'NOUN');
      continue;
    }
    // 'turned down calls by U.N. envoys to reopen schools': a plural noun of asking after a particle or article,
    // before 'by', 'to', 'for' or 'from', is a noun.
    if (t.pos === 'VERB' && ASKING_PLURALS.has(t.norm) && ['ADP', 'DET', 'ADJ', 'PART'].includes(prev.pos) && ['by', 'to', 'for', 'from'].includes(next.norm)) {
      out ??= [...tokens];
      out[i] = retag(t, 'NOUN', t.norm.replace(/s$/, ''));
      continue;
    }
    // 'raped' read as a form of 'rap': a verb whose lemma is no known verb, but whose '-ed' or '-ing' form is one's, is that verb.
    if (t.pos === 'VERB' && !verbs.has(t.lemma) && t.norm !== t.lemma) {
      const v = knownFormOf(t.norm, verbs, irregular);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'an exchange mediated by the UAE', 'a deal brokered by Qatar': a past form read as an adjective after a noun,
    // before 'by' and its agent, is a passive participle.
    if (t.pos === 'ADJ' && prev.pos === 'NOUN' && next.norm === 'by' && prev.sentence === t.sentence && next.sentence === t.sentence &&
      ['DET', 'PROPN', 'NOUN'].includes(tokens[i + 2]?.pos ?? '')) {
      const v = pastOf(t.norm, verbs, irregular);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'was ready to de-escalate tensions', 'agreed to curb exports': a known verb's base form after 'to' that follows
    // an adjective or verb is the infinitive.
    if (t.pos === 'NOUN' && prev.norm === 'to' && t.norm === t.lemma && verbs.has(t.lemma) && i >= 2 && ['ADJ', 'VERB'].includes(tokens[i - 2].pos) &&
      prev.sentence === t.sentence && next.sentence === t.sentence && ['DET', 'NOUN', 'ADJ', 'PROPN', 'PRON', 'NUM'].includes(next.pos)) {
      out ??= [...tokens];
      out[i - 1] = { ...prev, pos: 'PART' };
      out[i] = asVerb(t);
      continue;
    }
    // 'refrained from firing at Israel', 'abstained from condemning Russia': so after 'from' following such a verb.
    const fromRefrain = prev.norm === 'from' && i >= 2 && REFRAIN.has(tokens[i - 2].lemma);
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && (ING_PREPS.has(prev.norm) || fromRefrain) && prev.sentence === t.sentence && next.sentence === t.sentence &&
      (['DET', 'NUM', 'NOUN', 'PROPN', 'PRON'].includes(next.pos) || (fromRefrain && next.pos === 'ADP'))) {
      const v = ingOf(t.norm, verbs);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'imposed travel bans and asset freezes': the second word of a known two-word event noun is a noun.
    if (t.pos === 'VERB' && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && prev.sentence === t.sentence &&
      (nounPhrases.has(`${prev.lemma} ${t.norm}`) || (t.norm.endsWith('s') && nounPhrases.has(`${prev.lemma} ${t.norm.slice(0, -1)}`)) || (t.norm.endsWith('es') && nounPhrases.has(`${prev.lemma} ${t.norm.slice(0, -2)}`)))) {
      out ??= [...tokens];
      out[i] = retag(t, 'NOUN', t.norm.endsWith('s') && nounPhrases.has(`${prev.lemma} ${t.norm.slice(0, -1)}`) ? t.norm.slice(0, -1) : t.lemma);
      continue;
    }
    // 'send more cartel suspects to the United States': in a verb's object, a plural after a noun, before a
    // preposition or the end of the clause, is a noun.
    if (t.pos === 'VERB' && t.norm.endsWith('s') && !t.norm.endsWith('ss') && prev.pos === 'NOUN' && i >= 3 && t.sentence === tokens[i - 3].sentence &&
      ['ADJ', 'DET', 'NUM'].includes(tokens[i - 2].pos) && tokens[i - 3].pos === 'VERB' && (next.pos === 'ADP' || next.pos === 'PUNCT') && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = retag(t, 'NOUN', t.lemma);
      continue;
    }
    // 'stop approving arms export permits for Israel': so after a compound of nouns, back to the verb whose object it is
    // (not a verb of saying, whose next noun may be a subject: 'said the UN aid agency works with').
    // (The noun before it is singular, as in a compound: 'credit rating agencies says' is a verb.)
    if (t.pos === 'VERB' && t.norm.endsWith('s') && !t.norm.endsWith('ss') && prev.pos === 'NOUN' && prev.norm === prev.lemma && tokens[i - 2]?.pos === 'NOUN' && (next.pos === 'ADP' || next.pos === 'PUNCT') &&
      next.sentence === t.sentence && !REPORTING.has(t.lemma)) {
      let j = i - 3;
      while (j > 0 && i - j <= 5 && ['NOUN', 'ADJ', 'DET', 'NUM'].includes(tokens[j].pos)) j--;
      if (j >= 0 && tokens[j].pos === 'VERB' && !REPORTING.has(tokens[j].lemma) && tokens[j].sentence === t.sentence) {
        out ??= [...tokens];
        out[i] = retag(t, 'NOUN', t.lemma);
        continue;
      }
    }
    // 'may free ousted President Bazoum': after a modal, a known verb's base form read as an adverb or adjective is the verb.
    // 'will free political prisoners': so before an adjective and its noun.
    if ((t.pos === 'ADV' || t.pos === 'ADJ') && prev.pos === 'AUX' && MODALS[prev.norm] && t.norm === t.lemma && verbs.has(t.norm) && prev.sentence === t.sentence &&
      (['DET', 'PROPN', 'NOUN', 'NUM', 'VERB', 'PRON'].includes(next.pos) || (next.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN')) && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = asVerb(t, t.norm);
      // 'free ousted President Bazoum': the past form after it is an adjective on the object.
      if (next.pos === 'VERB' && next.norm.endsWith('ed') && ['NOUN', 'PROPN'].includes(tokens[i + 2]?.pos ?? '')) {
        out[i + 1] = retag(next, 'ADJ');
        i++;
      }
      continue;
    }
    // 'large-scale live-fire exercises', 'cross-border raids': a word hyphened to the next is a modifier, not a verb.
    // 'US-made tanks', 'a Russian-born hacker', 'Iranian-backed militias': so is one hyphened to the word before.
    if (t.pos === 'VERB' && ((next.text === '-' && next.start === t.end && tokens[i + 2] && tokens[i + 2].start === next.end && next.sentence === t.sentence) ||
      (prev.text === '-' && prev.end === t.start && i >= 2 && tokens[i - 2].end === prev.start && prev.sentence === t.sentence))) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // 'will hold exercises near the border': a plural event noun right after a verb is its object, not a second verb.
    if (t.pos === 'VERB' && (prev.pos === 'VERB' || (['NOUN', 'ADJ'].includes(prev.pos) && objectOfVerb(tokens, i - 1))) && t.norm.endsWith('s') && prev.sentence === t.sentence &&
      (nounPhrases.has(t.norm.slice(0, -1)) || (t.norm.endsWith('es') && nounPhrases.has(t.norm.slice(0, -2))))) {
      out ??= [...tokens];
      out[i] = retag(t, 'NOUN', nounPhrases.has(t.norm.slice(0, -1)) ? t.norm.slice(0, -1) : t.norm.slice(0, -2));
      continue;
    }
    // 'Ukrainian shelling killed a woman': an '-ing' word between a name and a verb is the subject noun.
    if (t.pos === 'VERB' && t.norm.endsWith('ing') && prev.pos === 'PROPN' && (next.pos === 'VERB' || next.pos === 'AUX') && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = retag(t, 'NOUN');
      continue;
    }
    // 'the negotiating table', 'the ruling party', 'the warring sides': an '-ing' word between an article and a noun.
    if (t.pos === 'VERB' && t.norm.endsWith('ing') && ARTICLES.has(prev.norm) && next.pos === 'NOUN' && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // 'fired water cannon and tear gas': the gas, not a tearing.
    if (t.pos === 'VERB' && t.norm === 'tear' && next.norm === 'gas') {
      out ??= [...tokens];
      out[i] = retag(t, 'NOUN');
      continue;
    }
    // 'the RSF and allied Arab militias': participles that are nearly always attributive, before a name or noun, after no subject.
    if (t.pos === 'VERB' && ATTRIBUTIVE.has(t.norm) && ['CCONJ', 'DET', 'ADP', 'PUNCT', 'VERB'].includes(prev.pos) && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos) && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // "Moscow's continued support", 'a phased ban', 'release a detained American': a past form between a possessive or an
    // article and a noun is an adjective.
    // 'an arrest warrant for ousted Prime Minister Sheikh Hasina': so after a preposition.
    if (t.pos === 'VERB' && (prev.norm === "'s" || POSSESSIVE_PRONOUNS.has(prev.norm) || ARTICLES.has(prev.norm) || ((prev.pos === 'ADP' || prev.pos === 'SCONJ') && prev.norm !== 'that' && next.pos === 'PROPN')) &&
      (next.pos === 'NOUN' || next.pos === 'PROPN') && next.sentence === t.sentence && t.norm.endsWith('ed')) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // 'it had mediated another exchange', 'which were mediated by Oman': a known verb's past after 'have' or 'be' is that verb.
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && prev.pos === 'AUX' && PERFECT_OR_PASSIVE.has(prev.norm) && prev.sentence === t.sentence) {
      const v = pastOf(t.norm, verbs, irregular);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'demanded that Algeria release the writer': after 'that' and a name, a known verb's base form is the verb.
    // ('demanded that Moscow free all prisoners': read as an adjective too.)
    if ((t.pos === 'NOUN' || (t.pos === 'ADJ' && FREE_LIKE.has(t.norm))) && t.norm === t.lemma && verbs.has(t.lemma) && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && next.sentence === t.sentence &&
      ['DET', 'NUM', 'ADJ', 'PROPN', 'PRON', 'ADP', 'NOUN'].includes(next.pos)) {
      let j = i - 1;
      while (j > 0 && i - j <= 4 && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'DET' || tokens[j].pos === 'NOUN')) j--;
      if (tokens[j]?.norm === 'that' && tokens[j].sentence === t.sentence) {
        out ??= [...tokens];
        out[i] = asVerb(t);
        continue;
      }
    }
    // 'Congo has long accused Rwanda', 'had repeatedly denied': a known verb's past after 'have' or 'be' and an adverb.
    if ((t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && prev.pos === 'ADJ')) && (prev.pos === 'ADV' || (prev.pos === 'ADJ' && SPAN_ADVERBS.has(prev.norm))) && i >= 2 && tokens[i - 2].pos === 'AUX' &&
      PERFECT_OR_PASSIVE.has(tokens[i - 2].norm) && tokens[i - 2].sentence === t.sentence) {
      const v = pastOf(t.norm, verbs, irregular);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        if (prev.pos === 'ADJ') out[i - 1] = retag(prev, 'ADV');
        continue;
      }
    }
    // 'Hong Kong police rounded up activists', 'Polish farmers blockaded the border', 'Kenyan police shot at protesters': a
    // known verb's past read as an adjective or noun after the subject's noun, before its object or particle, is that verb.
    // 'Iranian hackers disabled controllers': before a plural noun too, after a plural subject (not 'war disabled veterans').
    if ((t.pos === 'ADJ' || (t.pos === 'NOUN' && next.pos === 'ADP')) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && prev.sentence === t.sentence && next.sentence === t.sentence &&
      (['DET', 'NUM', 'PROPN', 'PRON'].includes(next.pos) || (next.pos === 'ADP' && PARTICLE_AFTER.has(next.norm)) || next.norm === 'that' ||
        (t.pos === 'ADJ' && next.pos === 'NOUN' && (next.norm !== next.lemma || pluralAhead(tokens, i + 1)) && prev.norm !== prev.lemma && !ATTRIBUTIVE.has(t.norm)))) {
      const v = pastOf(t.norm, verbs, irregular);
      if (v && v !== t.norm) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'rejected the demands and branded his critics traitors': a known verb's past read as an adjective after 'and',
    // before an object, with a verb earlier in the sentence, is a second verb of that subject.
    if (t.pos === 'ADJ' && prev.norm === 'and' && next.sentence === t.sentence && (['DET', 'PROPN', 'NUM'].includes(next.pos) || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.norm)))) {
      const v = pastOf(t.norm, verbs, irregular);
      let verbBefore = false;
      for (let j = i - 2; j >= 0 && tokens[j].sentence === t.sentence && !verbBefore; j--) verbBefore = tokens[j].pos === 'VERB';
      if (v && v !== t.norm && verbBefore) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    // 'could send firefighting planes to Bolivia': an '-ing' word of no known verb between a verb and its noun object
    // describes the noun.
    if (t.pos === 'VERB' && t.norm.endsWith('ing') && prev.pos === 'VERB' && !ING_GOVERNORS.has(prev.lemma) && next.pos === 'NOUN' && next.sentence === t.sentence && !ingOf(t.norm, verbs)) {
      out ??= [...tokens];
      out[i] = retag(t, 'ADJ');
      continue;
    }
    // 'Gunmen abducted 20 pupils': a known verb's past after a noun or a name, before its object, is that verb.
    // 'soldiers shot and killed a man': before 'and' and another verb too.
    // 'Boko Haram abducted dozens of students', 'bandits abducted students': before a plural noun too.
    // ("Myanmar's military lost control": after an owner's adjective-read noun too.)
    if (t.pos === 'NOUN' && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'ADJ' && (tokens[i - 2]?.norm === "'s" || tokens[i - 2]?.norm === "'"))) && prev.sentence === t.sentence &&
      next.sentence === t.sentence && (['DET', 'NUM', 'ADJ', 'PROPN', 'PRON'].includes(next.pos) || (next.norm === 'and' && tokens[i + 2]?.pos === 'VERB') || (next.pos === 'NOUN' && next.norm !== next.lemma))) {
      const v = pastOf(t.norm, verbs, irregular);
      if (v) {
        out ??= [...tokens];
        out[i] = asVerb(t, v);
        continue;
      }
    }
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !verbs.has(t.lemma)) continue;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    // 'Moscow could further downgrade relations': after a modal and an adverb too.
    if (t.norm === t.lemma && i >= 2 && (prev.pos === 'ADV' || prev.pos === 'ADJ') && prev.norm.length > 2 && tokens[i - 2].pos === 'AUX' && MODALS[tokens[i - 2].norm] &&
      tokens[i - 2].sentence === t.sentence && ['DET', 'PROPN', 'PRON', 'NOUN', 'NUM', 'ADJ'].includes(next.pos)) {
      out ??= [...tokens];
      out[i] = asVerb(t);
      continue;
    }
    // 'it could close the strait': after a modal, a known verb is a verb.
    if (prev.pos === 'AUX' && MODALS[prev.norm] && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON')) {
      out ??= [...tokens];
      out[i] = asVerb(t);
      continue;
    }
    // 'when the two meet at the White House': after 'the two', a known verb is a verb.
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.norm === t.lemma && verbs.has(t.lemma) && prev.pos === 'NUM' && ['two', 'three'].includes(prev.norm) && i >= 2 && tokens[i - 2].norm === 'the' &&
      ['ADP', 'DET', 'PROPN', 'PUNCT', 'ADV', 'PRON'].includes(next.pos) && next.sentence === t.sentence) {
      out ??= [...tokens];
      out[i] = asVerb(t);
      continue;
    }
    // 'Teachers in Morocco plan to hold a sit-in': a base form after a name, before 'to' and a verb, is the verb.
    if (t.pos === 'NOUN' && t.norm === t.lemma && (prev.pos === 'PROPN' || (prev.pos === 'NOUN' && prev.norm.endsWith('s'))) && next.norm === 'to' &&
      tokens[i + 2]?.pos === 'VERB' && tokens[i + 2].sentence === t.sentence && !(i >= 2 && ARTICLES.has(tokens[i - 2].norm))) {
      out ??= [...tokens];
      out[i] = asVerb(t);
      continue;
    }
    if (t.pos !== 'NOUN' || t.norm === t.lemma) continue;
    if (!(prev.pos === 'PROPN' || (prev.pos === 'PRON' && prev.norm !== 'its'))) continue;
    // 'lifted U.S. sanctions on Syria': a name right after a verb is its object's modifier, and the noun stays a noun.
    if (i >= 2 && tokens[i - 2].pos === 'VERB' && tokens[i - 2].sentence === t.sentence) continue;
    // 'respond to the Indian strikes on its territory': an event noun after an article and a people's adjective stays a noun.
    if (i >= 2 && ARTICLES.has(tokens[i - 2].norm) && DEMONYM_END.test(prev.norm) && t.norm.endsWith('s') &&
      (nounPhrases.has(t.norm.slice(0, -1)) || (t.norm.endsWith('es') && nounPhrases.has(t.norm.slice(0, -2))))) continue;
    if (!(next.norm === 'to' || next.pos === 'DET' || next.pos === 'PROPN' || ['with', 'on', 'for', 'that'].includes(next.norm))) continue;
    out ??= [...tokens];
    out[i] = asVerb(t);
  }
  return out ?? tokens;
}

export function verbGroupsStage(knownVerbs: ReadonlySet<string>, irregularVerbs: ReadonlyMap<string, string> = new Map(), transitive: ReadonlySet<string> = NO_VERBS, nounPhrases: ReadonlySet<string> = NO_VERBS, strictlyTransitive: ReadonlySet<string> = NO_VERBS): Stage {
  return {
    name: 'verb-groups',
    run(doc: Doc): Doc {
      const tokens = repairTags(doc.tokens, knownVerbs, irregularVerbs, nounPhrases);
      const groups: VerbGroup[] = [];
      for (const s of doc.sentences) {
        let i = s.from;
        let finiteSeen = false;
        while (i < s.to) {
          if (!isVerbStart(tokens, i, s.to)) { i++; continue; }
          const [g, next] = readVerbGroup(tokens, i, s.to, s.index, transitive);
          // 'China helped mediate between Iran and Saudi Arabia', 'helped Ukraine repel the attack': a base form after
          // 'help' (and its object) is an infinitive without 'to'.
          const prevGroup = groups.at(-1);
          if (g && prevGroup && prevGroup.sentence === s.index && tokens[prevGroup.head].lemma === 'help' && prevGroup.form === 'finite' && g.form === 'finite' && g.from === g.head &&
            tokens[g.head].norm === tokens[g.head].lemma && g.from - prevGroup.to <= 3) g.form = 'infinitive';
          if (g) {
            // 'X, on a visit to Delhi, called on India': a past form after a comma is the main verb
            // when no finite verb came before it.
            if (g.form === 'participle' && !finiteSeen && !tokens[g.head].norm.endsWith('ing') && !g.passive && tokens[g.to]?.norm !== 'by') g.form = 'finite';
            if (g.form === 'finite') finiteSeen = true;
            groups.push(g);
          }
          i = next;
        }
      }
      // 'five Iraqis killed in a car bombing were buried', 'US troops injured in Iraq have required surgery': a transitive
      // verb's bare past after a noun, with no object but a place or time phrase, before the sentence's verb, is a passive participle.
      for (let n = 0; n + 1 < groups.length; n++) {
        const g = groups[n];
        const h = tokens[g.head];
        const next = groups[n + 1];
        if (g.form !== 'finite' || g.passive || g.from !== g.head || !strictlyTransitive.has(h.lemma) || !isPastForm(h) || next.sentence !== g.sentence) continue;
        if (!['NOUN', 'PROPN'].includes(tokens[g.from - 1]?.pos ?? '') || !REDUCED_AFTER.has(tokens[g.to]?.norm ?? '')) continue;
        if (next.form !== 'finite' || tokens.slice(g.to, next.from).some((t) => t.text === ',' || t.norm === 'and' || t.norm === 'that' || t.pos === 'VERB')) continue;
        groups[n] = { ...g, passive: true, form: 'participle' };
      }
      // 'has not released Cecile Kohler, a French teacher detained in May 2022': so after a finite verb, in an
      // apposition or the object (a comma or the verb's object before the noun, no subject of its own).
      for (let n = 1; n < groups.length; n++) {
        const g = groups[n];
        const h = tokens[g.head];
        const prev = groups[n - 1];
        if (g.form !== 'finite' || g.passive || g.from !== g.head || !transitive.has(h.lemma) || !isPastForm(h) || prev.sentence !== g.sentence || prev.form === 'participle') continue;
        if (!['NOUN', 'PROPN'].includes(tokens[g.from - 1]?.pos ?? '') || !REDUCED_AFTER.has(tokens[g.to]?.norm ?? '') || tokens[g.to + 1]?.sentence !== g.sentence) continue;
        const between = tokens.slice(prev.to, g.from);
        if (between.some((t) => t.norm === 'but' || t.norm === 'that' || t.norm === 'who' || t.norm === 'which' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ')) continue;
        // (the noun phrase right before it opens after the comma: 'X, two French citizens detained')
        let j = g.from - 1;
        while (j >= prev.to && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(tokens[j].pos)) j--;
        // ('refused to release two French teachers held since 2022': right after the verb's object too, but for verbs
        // of saying and knowing, whose next noun is a subject: 'said protesters attacked in Kyiv'.)
        if (!(tokens[j].text === ',' || (j === prev.to - 1 && !REPORTING.has(tokens[prev.head].lemma)))) continue;
        // (Not the subject of a main clause after a subordinate one: 'Hours after Gantz quit the cabinet on Sunday,
        // opposition leader Yair Lapid called on Netanyahu'.)
        if (tokens[j].text === ',' && (TIME_WORD.test(tokens[j - 1]?.norm ?? '') || tokens.slice(0, prev.from).some((t) => t.sentence === g.sentence && SUBORDINATORS.has(t.norm)))) continue;
        groups[n] = { ...g, passive: true, form: 'participle' };
      }
      return { ...doc, tokens, verbGroups: groups };
    },
  };
}
