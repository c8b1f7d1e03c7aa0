// Stage: quotations and who said them. A speaker is found after the quote (',” Trump told reporters',
// ',” said a defense expert ...'), or before it (the subject of 'said', 'described as', 'believed'), or
// is the speaker of the quote just before, when a quotation runs on.
import type { Clause, Doc, Mention, QuoteSpan, Stage } from '../core.js';

const SPEECH = new Set(['say', 'tell', 'add', 'write', 'insist', 'warn', 'ask', 'reply', 'respond', 'note', 'explain', 'declare', 'announce', 'claim', 'argue', 'state', 'continue', 'conclude', 'describe', 'call', 'believe', 'think', 'post', 'suggest', 'label', 'dub']);
const OPEN = new Set(['\u201C', '"', '\u00AB']);

export const quotesStage: Stage = {
  name: 'quotes',
  run(doc: Doc): Doc {
    const T = doc.tokens;
    const quotes: QuoteSpan[] = [];
    const mentionStarting = new Map<number, Mention>();
    for (const m of doc.mentions) if (m.actors.length && !mentionStarting.has(m.from)) mentionStarting.set(m.from, m);
    const clausesBySentence = new Map<number, Clause[]>();
    for (const c of doc.clauses) {
      const list = clausesBySentence.get(c.sentence);
      if (list) list.push(c);
      else clausesBySentence.set(c.sentence, [c]);
    }
    const textOf = (a: number, b: number) => doc.text.slice(T[a].start, T[b - 1].end);

    for (let a = 0; a < T.length; a++) {
      if (!T[a].quoted || !OPEN.has(T[a].text)) continue;
      let b = a + 1;
      while (b < T.length && T[b].quoted && !(OPEN.has(T[b].text) && b > a + 1 && !T[b - 1].quoted)) b++;
      const closed = b < T.length && !T[b].quoted;
      const start = T[a].end;
      const end = closed ? T[b].start : T[b - 1].end;
      const text = doc.text.slice(start, end).trim();
      if (!text) continue;
      const s = doc.sentences[T[a].sentence];
      const last = doc.sentences[T[Math.min(b, T.length - 1)].sentence];
      let speaker: Mention | null = null;
      let speakerText: string | null = null;

      // After the quote: ', Trump told reporters' or ', said a defense expert familiar with the program'.
      if (closed) {
        let i = b + 1;
        while (i < last.to && (T[i].text === ',' || T[i].pos === 'PUNCT' && T[i].text !== '.')) i++;
        const m = mentionStarting.get(i) ?? (T[i]?.pos === 'DET' ? mentionStarting.get(i + 1) : undefined);
        const verbAfter = (k: number) => { let j = k; while (j < last.to && (T[j].pos === 'ADV' || T[j].pos === 'AUX')) j++; return j < last.to && SPEECH.has(T[j].lemma) ? j : -1; };
        if (m && verbAfter(m.to) >= 0) {
          speaker = m;
          speakerText = textOf(m.from, m.to);
        } else if (i < last.to && SPEECH.has(T[i].lemma) && (T[i].pos === 'VERB' || T[i].pos === 'AUX')) {
          let j = i + 1;
          let stop = j;
          while (stop < last.to && !['.', ';', '!', '?'].includes(T[stop].text)) stop++;
          if (stop > j) {
            speakerText = textOf(j, stop);
            if (T[j].pos === 'DET') j++;
            speaker = mentionStarting.get(j) ?? null;
          }
        } else if (m === undefined && i < last.to && T[i].pos === 'PRON') {
          const pron = doc.mentions.find((x) => x.from === i && x.actors.length);
          if (pron && verbAfter(i + 1) >= 0) { speaker = pron; speakerText = textOf(i, i + 1); }
        }
      }
      // Before it: the subject of the nearest speech verb before the quote in the sentence.
      if (!speaker && !speakerText) {
        const before = (clausesBySentence.get(s.index) ?? []).filter((c) => c.verb.head < a && !c.inQuote && c.subject && SPEECH.has(c.verb.lemma));
        const c = before[before.length - 1];
        if (c && c.subject) { speaker = c.subject; speakerText = textOf(c.subject.from, c.subject.to); }
      }
      // A quotation that runs on from the one before, with no speaker of its own.
      const prev = quotes[quotes.length - 1];
      if (!speaker && !speakerText && prev && (prev.speaker || prev.speakerText) && T[a].sentence - prev.sentence <= 1) {
        quotes.push({ start, end, text, sentence: s.index, speaker: prev.speaker, speakerText: prev.speakerText });
        a = b;
        continue;
      }
      quotes.push({ start, end, text, sentence: s.index, speaker: speaker?.actors[0] ?? null, speakerText });
      a = b;
    }
    return { ...doc, quotes };
  },
};
