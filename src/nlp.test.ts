// The annotator reads wink-nlp's document data in one sweep: it must give what the library's own `.out()` calls give.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { createAnnotator } from './nlp.js';
import { normWord } from './text/fold.js';

const require = createRequire(import.meta.url);

describe('annotator', () => {
  test('tokens, tags, lemmas and sentences are those of the public API', () => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const winkNLP = require('wink-nlp') as any;
    const nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    const its = nlp.its;
    const viaOut = (text: string) => {
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out() as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      const lemma = doc.tokens().out(its.lemma) as string[];
      return { tokens: values.map((t, i) => ({ text: t, pos: pos[i] ?? 'X', lemma: typeof lemma[i] === 'string' ? lemma[i] : t })), sentences: doc.sentences().out(its.span) };
    };
    const a = createAnnotator();
    const texts = [
      '', ' ', 'Rebels attacked the town. They didn\'t stop; we can\'t say why, he\'d said.',
      'The ministers were meeting in Kyiv\u2019s centre and talked; the talks went on.\nHeadline Without Stop\nU.S. troops fired 3.5 rounds at 10:30.',
      'Men hid; hiding men fought battles as wolves ran. Leaves leave. Striking workers struck.',
    ];
    for (let pass = 0; pass < 2; pass++) {
      for (const t of texts) {
        const got = a.annotate(t);
        // The normal form, when given, is the one the tokenize stage would make.
        for (const tok of got.tokens) {
          if (tok.norm !== undefined) assert.equal(tok.norm, normWord(tok.text));
          delete tok.norm;
        }
        assert.deepEqual(got, viaOut(t));
      }
    }
  });
});
