// dyad as a library: `import { createCoder } from 'dyad'`, then `coder.code(article)`.
export { createCoder, type Coder, type CoderOptions } from './coder.js';
export type { Analysis, Entity } from './analysis.js';
export type {
  ActorRef, Article, Clause, Doc, EventRecord, Mention, PlaceRef, QuoteSpan, Stage, StageContext, Status, TimeMention, Token,
} from './core.js';
export { DyadError } from './errors.js';
export { loadKnowledge, bundledKnowledgeDir, type LoadOptions } from './knowledge/load.js';
export type { Knowledge } from './knowledge/types.js';
export { buildPipeline } from './pipeline.js';
