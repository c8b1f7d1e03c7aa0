// Stage: sentences and tokens, with part of speech and lemma. Each line is read on its own, so a heading
// without a full stop is its own sentence; a sentence that ends inside an open quotation is joined to the
// next, so a quote that spans sentences stays whole.
import type { Doc, Sentence, Stage, Token } from '../core.js';
import type { Annotator } from '../nlp.js';
import { foldLetters, normWord } from '../text/fold.js';

const OPEN = new Set(['\u201C', '\u00AB']);
const CLOSE = new Set(['\u201D', '\u00BB']);

/** Longest line read in one go; longer lines (a 20 MB file on one line) are read in pieces. */
const MAX_PIECE = 100_000;

function* pieces(text: string): Generator<[number, string]> {
  let at = 0;
  for (const line of text.split('\n')) {
    let k = 0;
    while (k < line.length) {
      let end = Math.min(line.length, k + MAX_PIECE);
      if (end < line.length) {
        const cut = line.lastIndexOf(' ', end);
        if (cut > k) end = cut;
      }
      const piece = line.slice(k, end);
      if (piece.trim()) yield [at + k, piece];
      k = end;
    }
    at += line.length + 1;
  }
}

export function tokenizeStage(annotator: Annotator): Stage {
  return {
    name: 'tokenize',
    run(doc: Doc): Doc {
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      for (const [base, line] of pieces(doc.text)) {
        // The tokenizer splits words at letters like ğ, č or ș ('Erdo ğ an'): it reads the line with those
        // letters folded to their base letter, one for one, and the tokens take the original text back.
        const plain = foldLetters(line);
        const ann = annotator.annotate(plain);
        // Character offsets: each token is found in the line from where the last one ended.
        const starts: number[] = [];
        let cursor = 0;
        for (const t of ann.tokens) {
          const at = plain.indexOf(t.text, cursor);
          const start = at >= 0 ? at : cursor;
          starts.push(start);
          cursor = at >= 0 ? at + t.text.length : cursor;
          if (plain !== line && at >= 0) t.text = line.slice(at, at + t.text.length);
        }
        let inQuote = false;
        let pending: { from: number; start: number } | null = null;
        for (const [a, b] of ann.sentences) {
          const from = tokens.length;
          if (pending === null) pending = { from, start: base + starts[a] };
          for (let k = a; k <= b; k++) {
            const t = ann.tokens[k];
            const start = base + starts[k];
            const push = (text: string, s: number, pos: string, lemma: string) => {
              if (OPEN.has(text) || (text === '"' && !inQuote)) inQuote = true;
              else if (CLOSE.has(text) || (text === '"' && inQuote)) inQuote = false;
              tokens.push({
                i: tokens.length, text, norm: normWord(text), lemma: lemma.toLowerCase(), pos,
                start: s, end: s + text.length, sentence: sentences.length, quoted: inQuote,
              });
            };
            // The tokenizer leaves some possessives whole ("Kyiv's"): split them as it does others.
            const m = /^(.{2,})(['\u2019]s)$/.exec(t.text);
            if (m && t.pos !== 'PART') {
              push(m[1], start, 'PROPN', m[1]);
              push(m[2], start + m[1].length, 'PART', "'s");
            } else {
              push(t.text, start, t.pos, t.lemma);
            }
          }
          // A sentence that ends inside an open quotation continues in the next one.
          if (inQuote && b < ann.tokens.length - 1) continue;
          const to = tokens.length;
          if (to === pending.from) { pending = null; continue; }
          const end = tokens[to - 1].end;
          const last = tokens[to - 1].text;
          sentences.push({
            index: sentences.length, start: pending.start, end, text: doc.text.slice(pending.start, end),
            from: pending.from, to, heading: !/^[.!?:;"'\u201D\u2019)\]]$/.test(last) && ann.sentences.length === 1,
          });
          pending = null;
        }
        if (pending && tokens.length > pending.from) {
          const end = tokens[tokens.length - 1].end;
          sentences.push({ index: sentences.length, start: pending.start, end, text: doc.text.slice(pending.start, end), from: pending.from, to: tokens.length, heading: false });
        }
      }
      // Tokens of a joined sentence carry the index of the sentence they ended up in.
      for (const s of sentences) for (let i = s.from; i < s.to; i++) tokens[i].sentence = s.index;
      return { ...doc, tokens, sentences };
    },
  };
}
