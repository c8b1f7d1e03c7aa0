// Stage: sentences and tokens, with part of speech and lemma. Each line is read on its own, so a heading
// without a full stop is its own sentence; a sentence that ends inside an open quotation is joined to the
// next, so a quote that spans sentences stays whole.
import type { Doc, Sentence, Stage, Token } from '../core.js';
import type { Annotator } from '../nlp.js';
import { foldLetters, normWord } from '../text/fold.js';

const OPEN = new Set(['\u201C', '\u00AB']);
const CLOSE = new Set(['\u201D', '\u00BB']);

/** Longest piece read in one go; longer text (a 20 MB file on one line) is read in pieces. */
const MAX_PIECE = 100_000;

/** The text in pieces of whole lines up to MAX_PIECE characters; a longer line is cut at a space. */
function* pieces(text: string): Generator<[number, string]> {
  let at = 0;
  let from = 0;
  const lines = text.split('\n');
  let size = 0;
  for (const line of lines) {
    if (line.length > MAX_PIECE) {
      if (size) yield [from, text.slice(from, at - 1)];
      let k = 0;
      while (k < line.length) {
        let end = Math.min(line.length, k + MAX_PIECE);
        if (end < line.length) {
          const cut = line.lastIndexOf(' ', end);
          if (cut > k) end = cut;
        }
        yield [at + k, line.slice(k, end)];
        k = end;
      }
      at += line.length + 1;
      from = at;
      size = 0;
      continue;
    }
    if (size + line.length > MAX_PIECE && size) {
      yield [from, text.slice(from, at - 1)];
      from = at;
      size = 0;
    }
    size += line.length + 1;
    at += line.length + 1;
  }
  if (from < text.length) yield [from, text.slice(from)];
}

export function tokenizeStage(annotator: Annotator): Stage {
  return {
    name: 'tokenize',
    run(doc: Doc): Doc {
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      for (const [base, piece] of pieces(doc.text)) {
        if (!piece.trim()) continue;
        // The tokenizer splits words at letters like ğ, č or ș ('Erdo ğ an'): it reads the text with those
        // letters folded to their base letter, one for one, and the tokens take the original text back.
        const plain = foldLetters(piece);
        const ann = annotator.annotate(plain);
        // Character offsets: each token is found in the text from where the last one ended.
        const starts: number[] = [];
        let cursor = 0;
        for (const t of ann.tokens) {
          const at = plain.indexOf(t.text, cursor);
          const start = at >= 0 ? at : cursor;
          starts.push(start);
          cursor = at >= 0 ? at + t.text.length : cursor;
          if (plain !== piece && at >= 0) {
            t.text = piece.slice(at, at + t.text.length);
            t.norm = undefined;
          }
        }
        // Sentences never cross a line break: a heading without a full stop is a sentence of its own.
        // The tokenizer keeps line breaks as tokens of white space; they end a sentence and are dropped.
        const ranges: [number, number, number][] = [];
        let line = 0;
        for (const [a, b] of ann.sentences) {
          let from = a;
          for (let k = a; k <= b; k++) {
            const t = ann.tokens[k].text;
            // (A printable ASCII first character is no white space: trim() only for the rest.)
            const c0 = t.charCodeAt(0);
            if ((c0 > 32 && c0 < 127) || t.trim()) continue;
            if (k > from) ranges.push([from, k - 1, line]);
            from = k + 1;
            // Line breaks counted in place: splitting every white-space token allocated an array per token.
            for (let c = t.indexOf('\n'); c >= 0; c = t.indexOf('\n', c + 1)) line++;
          }
          if (from <= b) ranges.push([from, b, line]);
        }
        const perLine = new Map<number, number>();
        for (const [, , l] of ranges) perLine.set(l, (perLine.get(l) ?? 0) + 1);
        let inQuote = false;
        let pending: { from: number; start: number } | null = null;
        let lastLine = -1;
        // One closure per piece, not one per sentence: it reads and sets `inQuote` as the tokens go by.
        const push = (text: string, st: number, pos: string, lemma: string, norm: string | undefined) => {
          // Quotation marks are one character long: longer tokens need no look-up.
          if (text.length === 1) {
            if (OPEN.has(text) || (text === '"' && !inQuote)) inQuote = true;
            else if (CLOSE.has(text) || (text === '"' && inQuote)) inQuote = false;
          }
          tokens.push({
            i: tokens.length, text, norm: norm ?? normWord(text), lemma: lemma.toLowerCase(), pos,
            start: st, end: st + text.length, sentence: sentences.length, quoted: inQuote,
          });
        };
        for (const [a, b, l] of ranges) {
          if (l !== lastLine) {
            // A new paragraph: a quotation left open in the last one is closed there.
            if (pending && tokens.length > pending.from) {
              const end = tokens[tokens.length - 1].end;
              sentences.push({ index: sentences.length, start: pending.start, end, text: doc.text.slice(pending.start, end), from: pending.from, to: tokens.length, heading: false });
            }
            pending = null;
            inQuote = false;
            lastLine = l;
          }
          const from = tokens.length;
          if (pending === null) pending = { from, start: base + starts[a] };
          for (let k = a; k <= b; k++) {
            const t = ann.tokens[k];
            const start = base + starts[k];
            // The tokenizer leaves some possessives whole ("Kyiv's"): split them as it does others.
            const m = t.text.length > 3 && t.text.charCodeAt(t.text.length - 1) === 115 && (t.text.endsWith("'s") || t.text.endsWith('\u2019s')) && t.pos !== 'PART' ? t.text.slice(0, -2) : null;
            if (m) {
              push(m, start, 'PROPN', m, undefined);
              push(t.text.slice(-2), start + m.length, 'PART', "'s", undefined);
            } else {
              push(t.text, start, t.pos, t.lemma, t.norm);
            }
          }
          // A sentence that ends inside an open quotation continues in the next one on the same line.
          if (inQuote) continue;
          const to = tokens.length;
          if (to === pending.from) { pending = null; continue; }
          const end = tokens[to - 1].end;
          const last = tokens[to - 1].text;
          sentences.push({
            index: sentences.length, start: pending.start, end, text: doc.text.slice(pending.start, end),
            from: pending.from, to, heading: !/^[.!?:;"'\u201D\u2019)\]]$/.test(last) && perLine.get(l) === 1,
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
