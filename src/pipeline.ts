// The pipeline: the ordered list of stages, built in one place. Each comment says why a stage stands where it does.
import type { Stage } from './core.js';
import { buildActorIndex } from './knowledge/actor-index.js';
import type { Knowledge } from './knowledge/types.js';
import type { Annotator } from './nlp.js';
import { actorsStage } from './stages/actors.js';
import { bareAgentsStage } from './stages/bare-agents.js';
import { clausesStage } from './stages/clauses.js';
import { coreferenceStage } from './stages/coreference.js';
import { datelineStage } from './stages/dateline.js';
import { dedupeStage } from './stages/dedupe.js';
import { eventsStage } from './stages/events.js';
import { normalizeStage } from './stages/normalize.js';
import { placesStage } from './stages/places.js';
import { quotesStage } from './stages/quotes.js';
import { timesStage } from './stages/times.js';
import { tokenizeStage } from './stages/tokenize.js';
import { verbGroupsStage } from './stages/verb-groups.js';

/** Verbs the coder knows: pattern anchors and frames. The verb-groups stage trusts them over a noun tag. */
function knownVerbs(k: Knowledge): Set<string> {
  return new Set([...k.patterns.filter((p) => p.kind === 'verb').map((p) => p.anchor[0]), ...k.frames.keys(), 'say', 'tell']);
}

/**
 * Event nouns: a verb tag on the second word of a two-word one ('asset freeze', 'air strike'), or on a plural one
 * right after a verb ('hold exercises'), is a tagger slip.
 */
function nounPhrases(k: Knowledge): Set<string> {
  return new Set(k.patterns.filter((p) => p.kind === 'noun' && p.anchor.length <= 2).map((p) => p.anchor.join(' ')));
}

/**
 * Verbs with a pattern whose object comes first ('detain TARGET', 'broker @brokered'): only these read 'X detained by Y'
 * and 'a truce brokered by Egypt' as passive.
 */
function transitiveVerbs(k: Knowledge): Set<string> {
  return new Set(k.patterns.filter((p) => p.kind === 'verb' && (p.after[0] === 'TARGET' || p.after[0] === '(TARGET)' || p.after[0]?.startsWith('@'))).map((p) => p.anchor[0]));
}

/** Verbs that always take their object first and are never coded without one ('kill', 'injure'; not 'rally'). */
function strictlyTransitive(k: Knowledge): Set<string> {
  const loose = new Set(k.patterns.filter((p) => p.kind === 'verb' && (p.intransitive || (p.after[0] !== 'TARGET' && p.after[0] !== '(TARGET)'))).map((p) => p.anchor[0]));
  return new Set([...transitiveVerbs(k)].filter((v) => !loose.has(v)));
}

export function buildPipeline(knowledge: Knowledge, annotator: Annotator): Stage[] {
  return [
    normalizeStage, // every later offset is into the normalized text
    tokenizeStage(annotator), // sentences, tokens, POS and lemmas: what all the rest reads
    verbGroupsStage(knownVerbs(knowledge), annotator.irregularVerbs, transitiveVerbs(knowledge), nounPhrases(knowledge), strictlyTransitive(knowledge)), // tense and modality, needed by times (weekday direction) and clauses
    actorsStage(buildActorIndex(knowledge)), // names before places: 'Rubio' is a person, not a town
    placesStage(knowledge.gazetteer), // after actors: which countries the article is about breaks ties
    datelineStage, // after places: a dateline is a place, not an actor
    bareAgentsStage, // after places: 'protesters in Jerusalem' are Israeli
    timesStage, // after verb groups: 'told reporters on Sunday' looks back, 'will meet on Friday' ahead
    coreferenceStage(knowledge), // after actors: pronouns and descriptions point back to them
    clausesStage, // after coreference: a clause's subject may be 'he'
    quotesStage, // after clauses: a speaker is the subject of 'said'
    eventsStage(knowledge), // needs clauses, mentions, places and times
    dedupeStage, // last: merges what the events stage found twice
  ];
}
