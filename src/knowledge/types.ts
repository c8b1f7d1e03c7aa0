// The knowledge the stages are given: dictionaries and the codebook, validated and frozen by the loader.
import type { CameoInfo } from '../core.js';
import type { Gazetteer } from './gazetteer.js';

export interface CodebookEntry extends CameoInfo {
  level: number;
  plover: { type: string; mode: string | null };
}

export interface Codebook {
  get(code: string): CodebookEntry | undefined;
  readonly size: number;
  entries(): readonly CodebookEntry[];
}

export interface Capital {
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
}

export interface Country {
  code: string;
  iso2: string;
  name: string;
  names: string[];
  cased: string[];
  adjectives: string[];
  demonyms: string[];
  capital: Capital;
  seats: string[];
  institutions: { names: string[]; role: string }[];
  region: string;
  /** a point inside the country (from the world-countries package), for its place */
  centroid?: { lat: number; lon: number } | null;
}

export interface Role {
  code: string;
  title: string;
  from: string | null;
  to: string | null;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  gender: 'm' | 'f' | null;
  roles: Role[];
  /** code outside every dated role, e.g. USAELI */
  otherwise: string | null;
}

export interface Organization {
  id: string;
  name: string;
  names: string[];
  cased: string[];
  code: string;
  country: string | null;
  sector: string | null;
  type: 'organization' | 'group';
  /** codes by date; `code` applies outside them */
  periods: { code: string; from: string | null; to: string | null }[];
}

export interface AgentWords {
  role: string;
  words: string[];
}

/** A title that precedes a name ('President', 'Secretary of State') and the role it gives. */
export interface Title {
  role: string;
  words: string[];
  /** words by which coreference finds a holder: 'the president', 'the leader' */
  describes: string[];
}

export interface PlaceEntry {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  lat: number;
  lon: number;
  kind: 'country' | 'region' | 'city' | 'site' | 'other';
  population: number;
  /** written by us (places file, capitals) rather than taken from GeoNames */
  curated?: boolean;
}

/** One coding pattern: an anchor word (verb lemma or noun) and what must follow it. */
export interface Pattern {
  id: string;
  code: string;
  /** the lemma of the verb, or the words of the noun phrase ('phone call') */
  anchor: string[];
  /** elements after the anchor: lemmas, 'TARGET', '(word)' optional */
  after: string[];
  kind: 'verb' | 'noun';
  /** the source is the target of the sentence and the target is the subject ('X was visited by') */
  note?: string;
  /** no target needed */
  intransitive: boolean;
  /** joined subjects act on each other ('Ethiopia and Kenya strengthened their partnership', 'expand trade') */
  mutual: boolean;
  /** only for a source of this sector or code prefix ('MIL': 'French troops will leave Senegal') */
  source: string | null;
  /** only for a target of this sector or code prefix ('IGO': 'withdraw from the WHO') */
  target: string | null;
  /** the organisation (by code) that is the target when none is named ('vetoed the draft resolution': the UN) */
  otherwise: string | null;
}

/** Verbs that govern another verb and decide its status: 'plans to meet', 'refused to attend'. */
export interface Frame {
  lemma: string;
  status: 'occurred' | 'planned' | 'hypothetical' | 'negated';
  /** also emit this code for the frame itself with the governed verb's root in the intent family (036 for meet) */
  intent: boolean;
  /** only in the passive ('is scheduled to', 'is expected to') */
  passiveOnly: boolean;
  /** the frame's object, not its subject, does the governed action ('urge X to') */
  objectControl: boolean;
  /** also governs a that-clause or an -ing form ('denied that ...', 'denied attacking') */
  complement: boolean;
  /** the governed action is coded as a threat or a refusal of it ('threatened to cut ties' 1313) */
  recode?: 'threats' | 'refusals';
  /** denied, the frame affirms what it governs ('would not hesitate to use') */
  negationAffirms: boolean;
}

export interface Knowledge {
  codebook: Codebook;
  countries: readonly Country[];
  people: readonly Person[];
  organizations: readonly Organization[];
  agents: readonly AgentWords[];
  titles: readonly Title[];
  places: readonly PlaceEntry[];
  /** every place name: ours and GeoNames' */
  gazetteer: Gazetteer;
  patterns: readonly Pattern[];
  frames: ReadonlyMap<string, Frame>;
  /** word classes that patterns name as @class */
  classes: ReadonlyMap<string, ReadonlySet<string>>;
  /** verbs that lend their subject to a nominal event in their object */
  lightVerbs: ReadonlySet<string>;
  /** verbs whose joined subjects act on each other ('Trump and Putin met') */
  reciprocal: ReadonlySet<string>;
  /** CAMEO root (or code) of a cooperative action -> the 03x code for intending it ('plans to meet' -> 036) */
  intents: ReadonlyMap<string, string>;
  /** an action's code (or first digits) -> the code for threatening (13x) or refusing (12x) it */
  recodes: ReadonlyMap<'threats' | 'refusals', ReadonlyMap<string, string>>;
  /** a cooperative action's code (or first digits) -> the 16x code for halting it */
  halts: ReadonlyMap<string, string>;
  /** verbs that halt the action they govern or take as object */
  haltVerbs: ReadonlySet<string>;
  /** appeal (02) or demand (10) -> the asked-for action's code (or its first digits) -> the sub-code of the request */
  requests: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** where each part came from, for messages */
  sources: readonly string[];
  /** the file each person or organization came from, by id */
  origins: ReadonlyMap<string, string>;
  /** problems in imported files that did not stop loading (a PETRARCH line that could not be read) */
  warnings: readonly string[];
}
