// The tokenizer, sentence splitter, tagger and lemmatizer: wink-nlp with its English lite model, behind a
// small interface so that the stages do not depend on the library's types.
import { createRequire } from 'node:module';
import { normWord } from './text/fold.js';

export interface AnnotatedToken {
  text: string;
  pos: string;
  lemma: string;
  /** the text's normal form (`normWord`), when the annotator has it at hand; the tokenize stage makes it otherwise */
  norm?: string;
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

/* eslint-disable @typescript-eslint/no-explicit-any */
/** wink-nlp's document data: four numbers per token (lexeme, normal + spaces, pos + lemma, flags) and the sentence spans. */
interface RawDoc {
  tokens: number[];
  sentences: number[][];
  numOfTokens: number;
  cache: { value(i: number): any; valueOf(feature: string, i: number): any };
}

/**
 * A way to the document's raw data, read in one sweep instead of one `.out()` per property (each of which walks
 * every token through the library's `its` functions): a mapper of our own, admitted to wink-nlp's list of token
 * mappers, that hands back the raw data and the model's add-ons. Null when this version of the library is laid
 * out otherwise; the annotator then uses the public `.out()` calls.
 */
function rawAccess(): ((doc: any) => { rdd: RawDoc; addons: unknown } | null) | null {
  try {
    const allowed = require('wink-nlp/src/allowed.js') as { its4token?: Set<unknown> };
    const constants = require('wink-nlp/src/constants.js') as { tkSize?: number; bits4lemma?: number; posMask?: number; lemmaMask?: number };
    if (!(allowed.its4token instanceof Set) || constants.tkSize !== 4 || constants.bits4lemma !== 20 || constants.posMask !== 0x3f00000 || constants.lemmaMask !== 0xfffff) return null;
    let got: { rdd: RawDoc; addons: unknown } | null = null;
    const grab = (_index: number, rdd: RawDoc, addons: unknown) => { got = { rdd, addons }; return 0; };
    allowed.its4token.add(grab);
    return (doc: any) => {
      got = null;
      const tokens = doc.tokens();
      if (tokens.length() === 0) return null;
      tokens.itemAt(0).out(grab);
      const g = got as { rdd: RawDoc; addons: unknown } | null;
      got = null;
      if (!g || !Array.isArray(g.rdd?.tokens) || !Array.isArray(g.rdd.sentences) || typeof g.rdd.cache?.value !== 'function' || g.rdd.tokens.length !== g.rdd.numOfTokens * 4) return null;
      return g;
    };
  } catch {
    return null;
  }
}

interface Lexeme { text: string; norm: string; pos: number; lemma: string; others: string[] | null }

/** Creates the wink-nlp annotator. Loading the model takes a few hundred milliseconds; do it once. */
export function createAnnotator(): Annotator {
  const winkNLP = require('wink-nlp') as any;
  const model = require('wink-eng-lite-web-model') as any;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  // WordNet's verb exceptions, shipped with the model: the tagger's lemmatizer uses them only for words it tags as verbs.
  const exceptions = require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;
  const raw = rawAccess();
  // What each word (lexeme, a fixed number in the model's cache) needs, in one record found by that number: its
  // text, its normal form (one string shared by all its tokens), and its lemma, which depends only on the word and
  // its tag: lemmatized once per pair, not once per token. The first tag a word is seen with is kept in the record,
  // others in a small array by tag. (One record per word touches less memory per token than an array per field.)
  const words: (Lexeme | undefined)[] = [];
  const posNames: string[] = [];
  const slow = (doc: any): Annotation => {
    const tokens = doc.tokens();
    const values = tokens.out() as string[];
    const pos = tokens.out(its.pos) as string[];
    const lemma = tokens.out(its.lemma) as string[];
    const spans = doc.sentences().out(its.span) as [number, number][];
    return { tokens: values.map((t, i) => ({ text: t, pos: pos[i] ?? 'X', lemma: typeof lemma[i] === 'string' ? lemma[i] : t })), sentences: spans };
  };
  return {
    irregularVerbs: new Map(Object.entries(exceptions)),
    annotate(text: string): Annotation {
      const doc = nlp.readDoc(text);
      const g = raw ? raw(doc) : null;
      if (!g) return slow(doc);
      const { rdd, addons } = g;
      const cache = rdd.cache;
      const tk = rdd.tokens;
      const n = rdd.numOfTokens;
      const out: AnnotatedToken[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const uid = tk[i * 4];
        const pl = tk[i * 4 + 2];
        const p = (pl & 0x3f00000) >>> 20;
        let w = words[uid];
        if (w === undefined) {
          const v = cache.value(uid) as string;
          w = { text: v, norm: normWord(v), pos: -1, lemma: v, others: null };
          while (words.length < uid) words.push(undefined);
          words[uid] = w;
        }
        const value = w.text;
        const norm = w.norm;
        let pos = posNames[p];
        if (pos === undefined) { pos = cache.valueOf('pos', p) ?? 'X'; posNames[p] = pos; }
        let lemma: string | undefined;
        if (tk[i * 4 + 1] > 65535) {
          // A contraction's part ('ca' of "can't") carries its own lemma.
          const l = cache.value(pl & 0xfffff);
          lemma = typeof l === 'string' ? l : value;
        } else {
          if (w.pos === p) lemma = w.lemma;
          else {
            lemma = w.others?.[p];
            if (lemma === undefined) {
              const l = its.lemma(i, rdd, addons);
              lemma = typeof l === 'string' ? l : value;
              if (w.pos === -1) { w.pos = p; w.lemma = lemma; } else (w.others ??= [])[p] = lemma;
            }
          }
        }
        out[i] = { text: value, pos, lemma, norm };
      }
      const sentences: [number, number][] = new Array(rdd.sentences.length);
      for (let k = 0; k < rdd.sentences.length; k++) sentences[k] = [rdd.sentences[k][0], rdd.sentences[k][1]];
      return { tokens: out, sentences };
    },
  };
}
