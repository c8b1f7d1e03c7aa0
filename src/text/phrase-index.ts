// A trie over normalized words: finds the longest dictionary phrase that starts at a token.
import { normWord } from './fold.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: { value: T; cased: string[] | null; lowerOk: boolean }[];
  /** some phrase through this node may match text starting in lower case */
  lower: boolean;
}

export interface PhraseMatch<T> {
  /** number of tokens matched */
  length: number;
  values: T[];
}

export interface AddOptions {
  /** match only when the text has exactly these words, case and all ('US', not 'us') */
  cased?: boolean;
  /** match lower-case text too ('troops'); by default a phrase must start with a capital in the text */
  lowercase?: boolean;
}

const NONE: readonly PhraseMatch<unknown>[] = Object.freeze([]);

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), values: [], lower: false };
  private maxLen = 0;

  add(words: string[], value: T, options: AddOptions = {}): void {
    if (words.length === 0) return;
    let node = this.root;
    const lower = Boolean(options.lowercase) || (Boolean(options.cased) && words[0].charAt(0) === words[0].charAt(0).toLowerCase() && !/^[0-9]/.test(words[0]));
    for (const w of words) {
      const key = normWord(w);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [], lower: false };
        node.next.set(key, child);
      }
      if (lower) child.lower = true;
      node = child;
    }
    node.values.push({ value, cased: options.cased ? words : null, lowerOk: Boolean(options.lowercase) });
    this.maxLen = Math.max(this.maxLen, words.length);
  }

  /**
   * The longest phrase starting at `start`. `norm(i)` gives the normalized word at i, `text(i)` the word as
   * written; `end` bounds the search (exclusive).
   */
  longest(start: number, end: number, norm: (i: number) => string, text: (i: number) => string): PhraseMatch<T> | null {
    const all = this.all(start, end, norm, text);
    return all.length ? all[all.length - 1] : null;
  }

  /** Every phrase starting at `start`, shortest first. */
  all(start: number, end: number, norm: (i: number) => string, text: (i: number) => string): PhraseMatch<T>[] {
    // The first word's node, looked up once (it was asked for twice: whether it is there, then to walk down).
    let node: Node<T> | undefined = this.root.next.get(norm(start));
    if (!node) return NONE as PhraseMatch<T>[];
    const found: PhraseMatch<T>[] = [];
    const first = text(start);
    // (Character codes for ASCII: no regular expression or case change per token.)
    const c0 = first.charCodeAt(0);
    const capital = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) || (c0 > 127 && first.charAt(0) !== first.charAt(0).toLowerCase());
    // (Most words start in lower case, and most phrases want a capital: no walk for those.)
    if (!capital && !node.lower) return NONE as PhraseMatch<T>[];
    for (let i = start; i < end && i - start < this.maxLen; i++) {
      if (i > start) node = node.next.get(norm(i));
      if (!node) break;
      if (node.values.length === 0) continue;
      const ok: T[] = [];
      for (const v of node.values) {
        if (v.cased) {
          let same = true;
          for (let k = 0; k < v.cased.length && same; k++) same = text(start + k) === v.cased[k];
          if (same) ok.push(v.value);
        } else if (capital || v.lowerOk) {
          ok.push(v.value);
        }
      }
      if (ok.length) found.push({ length: i - start + 1, values: ok });
    }
    return found;
  }
}
