// Stage: the dateline. 'BAGHDAD (Reuters) -', 'KYIV, Ukraine (AP) —', 'AFP - MADRID -': the place a story
// was filed from is where its events happened when a sentence names no place, and it is not an actor
// ('BAGHDAD' there is no statement of the Iraqi government).
import type { Doc, Stage } from '../core.js';

const DASHES = new Set(['-', '\u2014', '\u2013', '--', '(', ':']);

export const datelineStage: Stage = {
  name: 'dateline',
  run(doc: Doc): Doc {
    const s = doc.sentences[0];
    if (!s) return doc;
    const T = doc.tokens;
    const limit = Math.min(s.to, s.from + 12);
    // '(Reuters)', 'AFP -': the agency that filed the story is its byline, not an actor in it.
    const byline = (m: Doc['mentions'][number]) => m.sentence === s.index && m.from < limit && m.actors.length > 0 && m.actors.every((a) => a.sector === 'MED') &&
      ((m.from > s.from && T[m.from - 1].text === '(' && T[m.to]?.text === ')') || (m.from === s.from && DASHES.has(T[m.to]?.text ?? '')));
    if (doc.mentions.some(byline)) doc = { ...doc, mentions: doc.mentions.filter((m) => !byline(m)) };
    for (const p of doc.places) {
      if (p.from >= limit) break;
      const words = T.slice(p.from, p.to).filter((t) => /\p{L}/u.test(t.text));
      if (!words.length || !words.every((t) => t.text === t.text.toUpperCase())) continue;
      // Before it: nothing, or a source and a dash ('AFP -'); after it: a dash or bracket within a few tokens.
      const before = T.slice(s.from, p.from);
      if (before.length && !(before.length <= 4 && DASHES.has(before[before.length - 1].text))) continue;
      let j = p.to;
      while (j < limit && !DASHES.has(T[j].text) && j - p.to < 6) j++;
      if (j >= limit || !DASHES.has(T[j].text)) continue;
      const mentions = doc.mentions.filter((m) => !(m.from <= p.from && m.to >= p.to && m.place));
      return { ...doc, mentions, dateline: p };
    }
    return doc;
  },
};
