// The document model every stage shares, and the stage contract. The types here are the map of the
// system: an Article goes in, each Stage adds its layer to the Doc, and the Analysis comes out.
import type { Knowledge } from './knowledge/types.js';

/** One article to code. `date` is the publication date (YYYY-MM-DD), the reference for every relative time. */
export interface Article {
  id: string;
  text: string;
  date?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
}

export type Pos = string; // universal POS tag from the tokenizer: NOUN, PROPN, VERB, AUX, ADP, DET, PRON, PART ...

export interface Token {
  i: number;
  text: string;
  /** lower-cased, accent- and quote-folded form used for matching */
  norm: string;
  lemma: string;
  pos: Pos;
  start: number;
  end: number;
  sentence: number;
  /** true when the token lies inside quotation marks */
  quoted: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** first token index, and one past the last */
  from: number;
  to: number;
  /** a line without a closing full stop, such as a heading */
  heading: boolean;
}

export type Sector = string;

/** A resolved actor: the schema's Actor plus where it came from. */
export interface ActorRef {
  text: string;
  code: string;
  country: string | null;
  sector: Sector | null;
  name: string | null;
  id: string | null;
  /** person, organization, country, group (agents) */
  type: 'person' | 'organization' | 'country' | 'group';
  /** title or role that decided the code, when a person's role did */
  role?: string | null;
  /** how the actor was found: dictionary entry, title, coreference ... */
  rule: string;
}

export interface PlaceRef {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  kind: 'country' | 'region' | 'city' | 'site' | 'other';
  text: string;
}

/** An actor named in the text, over tokens [from, to). Coreference fills `resolved` on pronouns and descriptions. */
export interface Mention {
  from: number;
  to: number;
  sentence: number;
  actors: ActorRef[];
  /** name: a dictionary name; pronoun; description ('the president'); metonym ('the Kremlin') */
  kind: 'name' | 'pronoun' | 'description' | 'metonym' | 'agent';
  /** set when the mention itself is a place too (Hungary, the White House) */
  place?: PlaceRef | null;
  /** for pronouns and descriptions: what coreference must find ('the Russian leader': a leader of RUS) */
  cue?: { title: string | null; country: string | null; count: number; plural: boolean; gender: 'm' | 'f' | null; role?: string; via?: number } | null;
  /** the role of an agent named without a country ('protesters': CVL), for a later stage to place */
  role?: string | null;
  /** an adjective form ('Russian'): it modifies the noun after it rather than heading a phrase */
  adjectival?: boolean;
  /** the mention is the possessor of what follows ('Rubio's meeting', 'his decision') */
  possessive?: boolean;
}

/**
 * A mention with every field present, always in this order. Objects built alike share one hidden class, so the
 * stages' many reads of `m.from`, `m.actors` ... stay monomorphic instead of deoptimizing on each new shape.
 */
export function makeMention(m: Omit<Mention, 'sentence'> & { sentence: number }): Mention {
  return {
    from: m.from, to: m.to, sentence: m.sentence, actors: m.actors, kind: m.kind, place: m.place,
    cue: m.cue, role: m.role, adjectival: m.adjectival, possessive: m.possessive,
  };
}

export interface PlaceMention {
  from: number;
  to: number;
  sentence: number;
  place: PlaceRef;
  /** preceded by a locative preposition (in, at, near ...) */
  locative: boolean;
}

export type Precision = 'day' | 'week' | 'month' | 'year' | 'unknown';

export interface TimeMention {
  from: number;
  to: number;
  sentence: number;
  text: string;
  date: string | null;
  dateEnd: string | null;
  precision: Precision;
  /** the time lies before (past) or after (future) publication, or is the day itself */
  direction: 'past' | 'future' | 'present' | 'unknown';
  /** a year before a noun ('its 2017 crackdown'): it dates that noun's event only */
  modifier: boolean;
}

export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  sentence: number;
  speaker: ActorRef | null;
  speakerText: string | null;
}

export type Status = 'occurred' | 'planned' | 'hypothetical' | 'negated';

export interface VerbGroup {
  sentence: number;
  /** token indices of the whole group, and of its head (the lexical verb) */
  from: number;
  to: number;
  head: number;
  lemma: string;
  tense: 'past' | 'present' | 'future';
  /** have + participle */
  perfect: boolean;
  /** be + -ing */
  progressive: boolean;
  modal: string | null;
  negated: boolean;
  passive: boolean;
  /** infinitive ('to meet'), participle ('saying', 'led by') or finite */
  form: 'finite' | 'infinitive' | 'participle';
}

export interface Clause {
  sentence: number;
  verb: VerbGroup;
  /** the clause whose verb governs this one ('plans' governs 'to meet'), as an index into doc.clauses */
  governor: number | null;
  /** the frame that governs this clause and decided its status ('plan', 'scheduled', 'ready'), if any */
  frame: string | null;
  /** the frame is a noun denied by 'no' ('made no commitment to expand', 'has no plans to meet') */
  frameDenied: boolean;
  subject: Mention | null;
  /** further subjects joined by 'and' ('Trump and Putin met') */
  coSubjects: Mention[];
  /** the passive agent ('by X') */
  agent: Mention | null;
  /** tokens from the verb to the end of the clause */
  to: number;
  status: Status;
  /** the words that decided the status */
  statusCue: string | null;
  inQuote: boolean;
}

export interface CameoInfo {
  code: string;
  root: string;
  name: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
}

export interface EventRecord {
  id: string;
  articleId: string;
  sentenceIndex: number;
  sentence: string;
  span: { start: number; end: number };
  source: ActorRef;
  target: ActorRef | null;
  cameo: CameoInfo;
  plover: { type: string; mode: string | null };
  status: Status;
  date: string | null;
  dateEnd: string | null;
  datePrecision: Precision;
  dateText: string | null;
  /** true when the date is the article's, because the sentence gave none */
  dateFromArticle: boolean;
  location: PlaceRef | null;
  /** true when the location is the article's dateline, because the sentence names no place */
  locationFromArticle?: boolean;
  confidence: number;
  rule: string;
  /** other places in the article that report the same event */
  alsoIn?: { sentenceIndex: number; span: { start: number; end: number } }[];
}

/** The document as it passes through the stages; each stage fills its own layer. */
export interface Doc {
  article: Article;
  text: string;
  /** `text` with curly quotes and apostrophes folded to straight ones; same length, for matching */
  folded: string;
  sentences: Sentence[];
  tokens: Token[];
  verbGroups: VerbGroup[];
  mentions: Mention[];
  places: PlaceMention[];
  times: TimeMention[];
  quotes: QuoteSpan[];
  clauses: Clause[];
  events: EventRecord[];
  /** where the article was filed from, when its dateline says ('KYIV (Reuters) -') */
  dateline: PlaceMention | null;
  /** problems that did not stop coding, such as replacement characters from invalid UTF-8 */
  warnings: string[];
}

/** What every stage gets besides the document: the knowledge and the reference date. */
export interface StageContext {
  knowledge: Knowledge;
  /** publication date YYYY-MM-DD; null when unknown (relative times then stay unresolved) */
  published: string | null;
}

/** A stage reads the layers before it and returns the document with its own layer added. It never throws on text it cannot read: no match is an empty layer. */
export interface Stage {
  name: string;
  run(doc: Doc, ctx: StageContext): Doc;
}

export function emptyDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    folded: article.text,
    sentences: [],
    tokens: [],
    verbGroups: [],
    mentions: [],
    places: [],
    times: [],
    quotes: [],
    clauses: [],
    events: [],
    dateline: null,
    warnings: [],
  };
}
