// The tokenizer, sentence splitter, tagger and lemmatizer: wink-nlp with its English lite model, behind a
// small interface so that the stages do not depend on the library's types.
import { createRequire } from 'node:module';

export interface AnnotatedToken {
  text: string;
  pos: string;
  lemma: string;
}

export interface Annotation {
  tokens: AnnotatedToken[];
  /** token ranges [from, to] inclusive, one per sentence */
  sentences: [number, number][];
}

export interface Annotator {
  annotate(text: string): Annotation;
  /** Irregular verb forms and their base ('shot' shoot, 'struck' strike, 'fought' fight), from the model's lexicon. */
  readonly irregularVerbs?: ReadonlyMap<string, string>;
}

const require = createRequire(import.meta.url);

/** Creates the wink-nlp annotator. Loading the model takes a few hundred milliseconds; do it once. */
export function createAnnotator(): Annotator {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const winkNLP = require('wink-nlp') as any;
  const model = require('wink-eng-lite-web-model') as any;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  // WordNet's verb exceptions, shipped with the model: the tagger's lemmatizer uses them only for words it tags as verbs.
  const exceptions = require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;
  return {
    irregularVerbs: new Map(Object.entries(exceptions)),
    annotate(text: string): Annotation {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const values = tokens.out() as string[];
      const pos = tokens.out(its.pos) as string[];
      const lemma = tokens.out(its.lemma) as string[];
      const spans = doc.sentences().out(its.span) as [number, number][];
      return { tokens: values.map((t, i) => ({ text: t, pos: pos[i] ?? 'X', lemma: typeof lemma[i] === 'string' ? lemma[i] : t })), sentences: spans };
    },
  };
}
