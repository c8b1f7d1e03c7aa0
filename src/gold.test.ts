// Gold sets in gold/: precision and recall printed, floors asserted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate, formatReport, parseGold } from './eval.js';
import { evaluateActors, evaluatePlaces, formatMentionReport, parseActorItems, parsePlaceItems } from './eval-mentions.js';
import { testCoder } from './test-support/coder.js';
import { repo } from './test-support/paths.js';

const sets: { file: string; rootF1: number; exactF1: number; status: number }[] = [
  { file: 'gold/wire-basic.jsonl', rootF1: 0.75, exactF1: 0.6, status: 0.85 },
];

for (const s of sets) {
  test(`gold set ${s.file}`, () => {
    const path = join(repo, s.file);
    const report = evaluate(testCoder(), parseGold(readFileSync(path, 'utf8'), path));
    console.log(formatReport(report));
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
