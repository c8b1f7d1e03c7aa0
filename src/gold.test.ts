// Gold sets in gold/: precision and recall printed, floors asserted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate, formatReport, parseGold } from './eval.js';
import { evaluateActors, evaluatePlaces, formatMentionReport, parseActorItems, parsePlaceItems } from './eval-mentions.js';
import { testCoder } from './test-support/coder.js';
import { repo } from './test-support/paths.js';

// Floors guard against regressions; issue 4 aims the event sets at F1 0.85 (root) and 0.70 (exact code).
const sets: { files: string[]; rootF1: number; exactF1: number; status: number; misses: boolean }[] = [
  { files: ['gold/wire-basic.jsonl'], rootF1: 0.9, exactF1: 0.8, status: 0.95, misses: true },
  { files: ['gold/events-01-05.jsonl', 'gold/events-06-10.jsonl', 'gold/events-11-15.jsonl', 'gold/events-16-20.jsonl'], rootF1: 0.83, exactF1: 0.75, status: 0.96, misses: false },
];

for (const s of sets) {
  test(`gold set ${s.files.join(' ')}`, () => {
    const gold = s.files.flatMap((f) => parseGold(readFileSync(join(repo, f), 'utf8'), join(repo, f)));
    const report = evaluate(testCoder(), gold);
    console.log(formatReport(report, { misses: s.misses }));
    assert.ok(report.root.f1 >= s.rootF1, `root F1 ${report.root.f1.toFixed(3)} < ${s.rootF1}`);
    assert.ok(report.exact.f1 >= s.exactF1, `exact F1 ${report.exact.f1.toFixed(3)} < ${s.exactF1}`);
    assert.ok(report.statusAccuracy >= s.status, `status ${report.statusAccuracy.toFixed(3)} < ${s.status}`);
  });
}

// Actor resolution and geocoding test sets: accuracy printed, floors asserted.
const mentionSets: { file: string; kind: 'actors' | 'places'; floor: number }[] = [
  { file: 'gold/actors.jsonl', kind: 'actors', floor: 0.95 },
  { file: 'gold/places.jsonl', kind: 'places', floor: 0.95 },
];
for (const s of mentionSets) {
  test(`${s.kind} test set ${s.file}`, () => {
    const path = join(repo, s.file);
    const text = readFileSync(path, 'utf8');
    const report = s.kind === 'actors'
      ? evaluateActors(testCoder(), parseActorItems(text, path))
      : evaluatePlaces(testCoder(), parsePlaceItems(text, path));
    console.log(formatMentionReport(s.file, report));
    assert.ok(report.expected >= (s.kind === 'actors' ? 300 : 100), `only ${report.expected} mentions in ${s.file}`);
    assert.ok(report.accuracy >= s.floor, `accuracy ${report.accuracy.toFixed(3)} < ${s.floor}`);
  });
}
