// Stage: time expressions, resolved against the publication date. chrono-node finds them; a bare weekday
// is then resolved by the tense of the verb it goes with ('told reporters on Sunday' is the Sunday before,
// 'is scheduled to meet on Friday' the Friday after), and 'next week' or 'last month' become ranges.
import * as chrono from 'chrono-node';
import type { Doc, Precision, Stage, StageContext, TimeMention, VerbGroup } from '../core.js';
import { addDays, monthRange, weekday, weekStart, ymd } from '../text/dates.js';

// Sentences without any of these words are not given to chrono (most of them, and it is the slow part).
const TIMEY = /\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:today|yesterday|tomorrow|tonight|week|month|year|ago|morning|afternoon|evening|night|weekend)\b|\b(?:19|20)\d{2}\b/i;
const FUTURE_LEMMAS = new Set(['schedule', 'expect', 'plan', 'set', 'intend', 'prepare', 'aim', 'due', 'will']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Which way the verb nearest before the time (or after it, when none is before) points. */
export function directionAt(groups: VerbGroup[], tokenIndex: number): 'past' | 'future' | 'present' {
  let k = -1;
  for (let g = 0; g < groups.length; g++) if (groups[g].from <= tokenIndex) k = g;
  if (k < 0) k = groups.length ? 0 : -1;
  if (k < 0) return 'present';
  // 'is scheduled to meet ... on Friday': the infinitive takes its direction from the verb that governs it.
  for (let g = k; g >= 0 && g >= k - 2; g--) {
    const v = groups[g];
    if (v.tense === 'future' || FUTURE_LEMMAS.has(v.lemma) || v.modal === 'would') return 'future';
    // 'optimistic about reaching a deal ... on Thursday': an '-ing' form takes its direction from the verb before it too.
    if (v.form !== 'infinitive' && !(v.form === 'participle' && g > 0)) return v.tense === 'past' || v.perfect ? 'past' : 'present';
  }
  return 'present';
}

/** Month names and numeric dates: what chrono's strict parser is given. */
const TIMEY_ALL = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/g;
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const RELATIVE_DAYS = /\b(on\s+|last\s+|next\s+|this\s+|early\s+|late\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening)\b|\b((\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?|years?|decades?)\s+ago)\b/gi;
/** What the searches for ranges, relative days and months without a day cannot match without. */
const RANGE_WORD = /week|month|year/i;
const DAY_WORD = /day|night|tomorrow|morning|afternoon|evening|ago/i;
const MONTH_NAME = /January|February|March|April|May|June|July|August|September|October|November|December/;
/** Characters of context chrono gets on each side of a time word ('on the morning of October 12'). */
const WINDOW = 40;

/**
 * chrono-node over the parts of a sentence around its time words only, not the whole sentence: the same
 * results (with indices into the sentence) at a fraction of the cost.
 */
function parseAround(text: string, ref: Date): chrono.ParsedResult[] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(TIMEY_ALL)) {
    let a = Math.max(0, m.index! - WINDOW);
    let b = Math.min(text.length, m.index! + m[0].length + WINDOW);
    while (a > 0 && /\S/.test(text[a - 1])) a--;
    while (b < text.length && /\S/.test(text[b])) b++;
    const last = spans[spans.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  const out: chrono.ParsedResult[] = [];
  for (const [a, b] of spans) {
    try {
      for (const r of chrono.strict.parse(text.slice(a, b), ref)) out.push(Object.assign(Object.create(r) as chrono.ParsedResult, { index: r.index + a, text: r.text, start: r.start, end: r.end }));
    } catch {
      // A window chrono cannot read has no time in it for us.
    }
  }
  return out;
}

function resolveWeekday(published: string, day: number, direction: 'past' | 'future' | 'present'): string {
  const today = weekday(published);
  if (direction === 'past') return addDays(published, -((today - day + 7) % 7));
  return addDays(published, (day - today + 7) % 7);
}

export const timesStage: Stage = {
  name: 'times',
  run(doc: Doc, ctx: StageContext): Doc {
    const published = ctx.published;
    if (!published) return doc;
    const [y, m, d] = published.split('-').map(Number);
    const ref = new Date(y, m - 1, d, 12);
    const times: TimeMention[] = [];
    const groupsBySentence = new Map<number, VerbGroup[]>();
    for (const g of doc.verbGroups) {
      const list = groupsBySentence.get(g.sentence) ?? [];
      list.push(g);
      groupsBySentence.set(g.sentence, list);
    }
    const T = doc.tokens;
    for (const s of doc.sentences) {
      if (!TIMEY.test(s.text)) continue;
      const groups = groupsBySentence.get(s.index) ?? [];
      const tokenAt = (offset: number) => {
        for (let i = s.from; i < s.to; i++) if (T[i].end > offset) return i;
        return s.to - 1;
      };
      const add = (start: number, text: string, date: string, dateEnd: string | null, precision: Precision, modifier = false) => {
        const from = tokenAt(s.start + start);
        const to = tokenAt(s.start + start + text.length - 1) + 1;
        const last = dateEnd ?? date;
        const direction = last < published ? 'past' : date > published ? 'future' : 'present';
        // "Israel's Oct. 26 air strikes", 'its March 2 decree': a date between an owner and a noun dates that noun only.
        const owned = !modifier && from > s.from && ["'s", "'", 'its', 'their', 'his', 'her'].includes(T[from - 1].norm) && to < s.to && /^[a-z]/.test(T[to].text) && T[to].pos !== 'VERB' && T[to].pos !== 'ADP';
        times.push({ from, to, sentence: s.index, text, date, dateEnd, precision, direction, modifier: modifier || owned });
      };
      const taken: [number, number][] = [];
      // Words each search below cannot match without, checked first with a simpler pattern: most time sentences
      // need only one or two of the searches.
      const hasYear = s.text.includes('19') || s.text.includes('20');
      // Ranges chrono reads as a single day: 'next week', 'last month', 'this year'.
      if (RANGE_WORD.test(s.text)) for (const r of s.text.matchAll(/\b(next|last|this|coming|past|previous)\s+(week|month|year)\b/gi)) {
        const rel = r[1].toLowerCase();
        const unit = r[2].toLowerCase();
        const step = rel === 'next' || rel === 'coming' ? 1 : rel === 'this' ? 0 : -1;
        if (unit === 'week') {
          const start = addDays(weekStart(published), 7 * step);
          add(r.index!, r[0], start, addDays(start, 6), 'week');
        } else if (unit === 'month') {
          const [a, b] = monthRange(y, m + step);
          add(r.index!, r[0], a, b, 'month');
        } else {
          add(r.index!, r[0], ymd(y + step, 1, 1), ymd(y + step, 12, 31), 'year');
        }
        taken.push([r.index!, r.index! + r[0].length]);
      }
      // 'in late 2022', 'by mid-2023', 'since early 2024': the year, as precise as the words allow.
      if (hasYear) for (const r of s.text.matchAll(/\b(?:in|since|by|during|until|before|after|at)\s+((?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)\s*-?\s*((?:19|20)\d{2}))\b/gi)) {
        const at = r.index! + r[0].indexOf(r[1]);
        if (taken.some(([a, b]) => at < b && at + r[1].length > a)) continue;
        const year = Number(r[2]);
        add(at, r[1], ymd(year, 1, 1), ymd(year, 12, 31), 'year');
        taken.push([at, at + r[1].length]);
      }
      if (hasYear) for (const r of s.text.matchAll(/\b(?:in|since|by|during|until|before|after)\s+((?:19|20)\d{2})\b(?!\s*[-,]?\s*\d)/gi)) {
        const at = r.index! + r[0].indexOf(r[1]);
        if (taken.some(([a, b]) => at < b && at + 4 > a)) continue;
        const year = Number(r[1]);
        add(at, r[1], ymd(year, 1, 1), ymd(year, 12, 31), 'year');
        taken.push([at, at + 4]);
      }
      // A year before a noun dates it: 'its 2017 crackdown', "Russia's 2014 annexation of Crimea".
      if (hasYear) for (const r of s.text.matchAll(/(?:\b(?:its|their|his|her|our|the|a)|'s)\s+((?:19|20)\d{2})\s+(?=[a-z])/g)) {
        const at = r.index! + r[0].indexOf(r[1]);
        if (taken.some(([a, b]) => at < b && at + 4 > a)) continue;
        const year = Number(r[1]);
        add(at, r[1], ymd(year, 1, 1), ymd(year, 12, 31), 'year', true);
        taken.push([at, at + 4]);
      }
      // A month and a year ('in March 2023'), which chrono's strict parser leaves out.
      if (hasYear) for (const r of s.text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December),?\s+((?:19|20)\d{2})\b/g)) {
        if (taken.some(([a, b]) => r.index! < b && r.index! + r[0].length > a)) continue;
        const [a, b] = monthRange(Number(r[2]), MONTHS.indexOf(r[1]) + 1);
        add(r.index!, r[0], a, b, 'month');
        taken.push([r.index!, r.index! + r[0].length]);
      }
      // A month without a day ('in March', 'since last May'): the nearest such month the verb's tense allows.
      if (MONTH_NAME.test(s.text)) for (const r of s.text.matchAll(/\b(?:in|since|by|during|until|before|after|from|last|next|this|early|late|mid-?)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]+\d)/g)) {
        const at = r.index! + r[0].indexOf(r[1]);
        if (taken.some(([a, b]) => at < b && at + r[1].length > a)) continue;
        const month = MONTHS.indexOf(r[1]) + 1;
        const lead = r[0].slice(0, r[0].indexOf(r[1])).trim().toLowerCase();
        const dir = lead === 'last' || lead === 'since' ? 'past' : lead === 'next' ? 'future' : lead === 'this' ? 'present' : directionAt(groups, tokenAt(s.start + at));
        const year = dir === 'past' && month > m ? y - 1 : dir === 'future' && month < m ? y + 1 : y;
        const [a, b] = monthRange(year, month);
        add(at, r[1], a, b, 'month');
        taken.push([at, at + r[1].length]);
      }
      // Days named relative to publication: weekdays by the tense of their verb, today, yesterday, N days ago.
      if (DAY_WORD.test(s.text)) for (const r of s.text.matchAll(RELATIVE_DAYS)) {
        const at = r.index! + (r[1] ? r[0].indexOf(r[2] ?? r[3] ?? r[4]) : 0);
        const words = r[0].slice(at - r.index!);
        if (taken.some(([a, b]) => at < b && at + words.length > a)) continue;
        let date: string | null = null;
        if (r[2]) {
          const wd = WEEKDAYS.indexOf(r[2].toLowerCase());
          const lead = (r[1] ?? '').trim().toLowerCase();
          const dir = lead === 'last' ? 'past' : lead === 'next' ? 'future' : directionAt(groups, tokenAt(s.start + at));
          date = resolveWeekday(published, wd, dir);
          if (lead === 'next' && date === published) date = addDays(published, 7);
          // ('last Thursday' written on a Thursday: a week ago.)
          if (lead === 'last' && date === published) date = addDays(published, -7);
        } else if (r[3]) {
          const w = r[3].toLowerCase();
          date = /^(yesterday|last night)$/.test(w) ? addDays(published, -1) : w === 'tomorrow' ? addDays(published, 1) : published;
        } else if (r[4]) {
          const n = NUMBERS[r[5].toLowerCase()] ?? Number(r[5]);
          const unit = r[6].toLowerCase().replace(/s$/, '');
          date = unit === 'day' ? addDays(published, -n) : unit === 'week' ? addDays(published, -7 * n) : null;
          if (unit === 'decade') {
            // 'three decades ago': the year then, give or take.
            add(at, words, ymd(y - 10 * n, 1, 1), ymd(y - 10 * n, 12, 31), 'year');
            taken.push([at, at + words.length]);
            continue;
          }
          if (unit === 'month' || unit === 'year') {
            const [a] = unit === 'month' ? monthRange(y, m - n) : [ymd(y - n, 1, 1)];
            add(at, words, a, unit === 'month' ? monthRange(y, m - n)[1] : ymd(y - n, 12, 31), unit);
            taken.push([at, at + words.length]);
            continue;
          }
        }
        if (!date) continue;
        add(at, words, date, null, 'day');
        taken.push([at, at + words.length]);
      }
      // Written dates ('October 12', '12 Oct 2025', '2025-10-12'): chrono's strict parser.
      const results = parseAround(s.text, ref);
      for (const r of results) {
        if (taken.some(([a, b]) => r.index < b && r.index + r.text.length > a)) continue;
        const c = r.start;
        if (!c.isCertain('day') && !c.isCertain('month')) continue;
        if (/^\d+$/.test(r.text.trim())) continue;
        let date = ymd(c.get('year')!, c.get('month')!, c.get('day')!);
        let dateEnd: string | null = null;
        let precision: Precision = 'day';
        const wd = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'i').test(r.text));
        if (!c.isCertain('day') && !c.isCertain('month') && wd >= 0 && c.isCertain('weekday')) {
          const from = tokenAt(s.start + r.index);
          date = resolveWeekday(published, wd, directionAt(groups, from));
        } else if (c.isCertain('month') && !c.isCertain('day')) {
          const year = c.isCertain('year') ? c.get('year')! : y;
          [date, dateEnd] = monthRange(year, c.get('month')!);
          precision = 'month';
        }
        if (r.end && c.isCertain('day') && r.end.isCertain('day')) {
          const e = ymd(r.end.get('year')!, r.end.get('month')!, r.end.get('day')!);
          if (e > date) dateEnd = e;
        }
        add(r.index, r.text.replace(/[\s,;:.]+$/, ''), date, dateEnd, precision);
      }
    }
    times.sort((a, b) => a.from - b.from);
    return { ...doc, times };
  },
};
