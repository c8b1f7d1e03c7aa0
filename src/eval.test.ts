// Scoring against gold: which predicted event a gold event is matched with, and what is counted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Coder } from './coder.js';
import type { EventRecord } from './core.js';
import { evaluate, type GoldEvent } from './eval.js';

/** A predicted event with only what scoring reads. */
function predicted(spec: string): EventRecord {
  const [pair, code, status] = spec.split(' ');
  const [source, target] = pair.split('>');
  const actor = (c: string) => ({ text: c, code: c, country: c.slice(0, 3), sector: null, name: null, id: null, type: 'country' as const, rule: 'test' });
  return {
    id: spec, articleId: 't', sentenceIndex: 0, sentence: '', span: { start: 0, end: 0 }, source: actor(source), target: target === '-' ? null : actor(target),
    cameo: { code, root: code.slice(0, 2), name: '', quadClass: 1, goldstein: 0 } as EventRecord['cameo'], plover: { type: '', mode: null },
    status: status as EventRecord['status'], date: null, dateEnd: null, datePrecision: 'day' as EventRecord['datePrecision'], dateText: null, dateFromArticle: true,
    location: null, confidence: 0.5, rule: 'test',
  };
}

/** Scoring reads only the events a coder returns; this one returns the given ones for any text. */
const coderOf = (events: EventRecord[]) => ({ code: () => ({ events }) }) as unknown as Coder;

const cases: { name: string; gold: string[]; got: string[]; root: [number, number, number]; exact: [number, number, number]; status: number }[] = [
  { name: 'exact match', gold: ['RUS>UKR 190 occurred'], got: ['RUSMIL>UKR 190 occurred'], root: [1, 0, 0], exact: [1, 0, 0], status: 1 },
  { name: 'root match, other sub-code', gold: ['RUS>UKR 195 occurred'], got: ['RUS>UKR 190 occurred'], root: [1, 0, 0], exact: [0, 1, 1], status: 1 },
  { name: 'the exact code is preferred over an earlier root match', gold: ['RUS>PRK 057 occurred'], got: ['RUS>PRK 050 planned', 'RUS>PRK 057 occurred'], root: [1, 1, 0], exact: [1, 1, 0], status: 1 },
  { name: 'then the status', gold: ['RUS>PRK 057 planned'], got: ['RUS>PRK 057 occurred', 'RUS>PRK 057 planned'], root: [1, 1, 0], exact: [1, 1, 0], status: 1 },
  { name: 'wrong target', gold: ['RUS>UKR 190 occurred'], got: ['RUS>POL 190 occurred'], root: [0, 1, 1], exact: [0, 1, 1], status: 1 },
  { name: 'a stricter gold event chooses first', gold: ['SAU>SDN 045 occurred', 'SAU>SDNREB 045 occurred'], got: ['SAU>SDNREB 045 occurred', 'SAU>SDNMIL 045 occurred'], root: [2, 0, 0], exact: [2, 0, 0], status: 1 },
  { name: 'no target in gold wants none', gold: ['JPN>- 014 occurred'], got: ['JPN>CHN 014 occurred'], root: [0, 1, 1], exact: [0, 1, 1], status: 1 },
];

describe('evaluate', () => {
  for (const c of cases) {
    test(c.name, () => {
      const gold = c.gold.map((s): GoldEvent => {
        const [pair, code, status] = s.split(' ');
        const [source, target] = pair.split('>');
        return { source, target: target === '-' ? null : target, code, status: status as GoldEvent['status'] };
      });
      const r = evaluate(coderOf(c.got.map(predicted)), [{ id: 'x', text: 'x', date: null, events: gold }]);
      assert.deepEqual([r.root.tp, r.root.fp, r.root.fn], c.root);
      assert.deepEqual([r.exact.tp, r.exact.fp, r.exact.fn], c.exact);
      assert.equal(r.statusAccuracy, c.status);
    });
  }
});
