// Folding for matching: curly quotes to straight ones, accents removed, lower case.

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};
const QUOTE_RE = /[\u2018\u2019\u201B\u2032\u02BC\u201C\u201D\u201F\u2033\u00AB\u00BB]/g;

/** Curly quotes and apostrophes to straight ones; every other character kept, so offsets stay the same. */
export function foldQuotes(s: string): string {
  return s.replace(QUOTE_RE, (c) => QUOTES[c] ?? c);
}

const cache = new Map<string, string>();

/** The key a word is matched by: quotes folded, accents removed, lower case. */
export function normWord(s: string): string {
  // Plain ASCII words, most of them, need no folding beyond lower case.
  if (/^[\x20-\x7E]*$/.test(s)) return s.toLowerCase();
  let v = cache.get(s);
  if (v !== undefined) return v;
  v = foldQuotes(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (cache.size > 200_000) cache.clear();
  cache.set(s, v);
  return v;
}

/** Splits a dictionary phrase into words the way the tokenizer splits running text. */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    for (const piece of part.split(/(-)/)) {
      if (!piece) continue;
      const m = /^(.*?)([,;:!?]*)$/.exec(piece);
      const word = m?.[1] ?? piece;
      if (word.length > 2 && /['\u2019]s$/.test(word)) out.push(word.slice(0, -2), word.slice(-2));
      else if (word) out.push(word);
    }
  }
  return out;
}

/** Starts with an upper-case letter or a digit: a name in running text. */
export function isCapitalised(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() || /[0-9]/.test(c);
}

const letterCache = new Map<string, string>();

/** Latin letters with diacritics to their base letter, one character for one, so offsets stay the same. */
export function foldLetters(s: string): string {
  if (/^[\x00-\x7F\u2018-\u201F\u2013\u2014\u00A0-\u00BF]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (ch.length > 1 || ch.charCodeAt(0) < 0xc0) { out += ch; continue; }
    let base = letterCache.get(ch);
    if (base === undefined) {
      const d = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      base = d.length === 1 ? d : SPECIAL[ch] ?? ch;
      letterCache.set(ch, base);
    }
    out += base;
  }
  return out;
}

const SPECIAL: Record<string, string> = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ß': 's', 'æ': 'a', 'Æ': 'A', 'œ': 'o', 'Œ': 'O', 'þ': 't', 'ð': 'd' };
