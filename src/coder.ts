// The coder: knowledge and the tokenizer loaded once, then any number of articles coded with the same pipeline.
import { type Article, type Doc, emptyDoc, type Stage, type StageContext } from './core.js';
import { DyadError } from './errors.js';
import { loadKnowledge, type LoadOptions } from './knowledge/load.js';
import type { Knowledge } from './knowledge/types.js';
import { createAnnotator, type Annotator } from './nlp.js';
import { type Analysis, toAnalysis } from './analysis.js';
import { buildPipeline } from './pipeline.js';
import { isValidIso } from './text/dates.js';

export interface CoderOptions extends LoadOptions {
  /** knowledge already loaded; otherwise it is loaded from `dir` (the bundled knowledge by default) */
  knowledge?: Knowledge;
  annotator?: Annotator;
}

export interface Coder {
  readonly knowledge: Knowledge;
  readonly stages: readonly Stage[];
  /** Codes one article. `article.date` (YYYY-MM-DD) is the reference for relative times. */
  code(article: Article): Analysis;
  /** The document with every stage's layer, for debugging and for tools that need more than the Analysis. */
  document(article: Article): Doc;
}

export function createCoder(options: CoderOptions = {}): Coder {
  const knowledge = options.knowledge ?? loadKnowledge(options);
  const stages = buildPipeline(knowledge, options.annotator ?? createAnnotator());
  const document = (article: Article): Doc => {
    if (typeof article?.text !== 'string') throw new DyadError(`article ${article?.id ?? '?'}: 'text' must be a string`);
    const published = article.date ?? null;
    if (published !== null && !isValidIso(published)) throw new DyadError(`article ${article.id}: date '${published}' is not a valid YYYY-MM-DD date`);
    const ctx: StageContext = { knowledge, published };
    let doc = emptyDoc(article);
    for (const stage of stages) doc = stage.run(doc, ctx);
    return doc;
  };
  return {
    knowledge,
    stages,
    document,
    code: (article: Article) => toAnalysis(document(article), article.date ?? null),
  };
}
