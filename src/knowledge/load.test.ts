// Knowledge files: the bundled ones load; a malformed one is refused naming the file, the entry and the reason.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DyadError } from '../errors.js';
import { bundledKnowledgeDir, loadKnowledge } from './load.js';

describe('bundled knowledge', () => {
  const k = loadKnowledge();
  test('the codebook has every CAMEO code with a PLOVER type', () => {
    assert.equal(k.codebook.size, 317);
    for (const e of k.codebook.entries()) assert.ok(e.plover.type, e.code);
    assert.equal(k.codebook.get('036')?.name, 'Express intent to meet or negotiate');
    assert.equal(k.codebook.get('195')?.root, '19');
  });
  test('every UN member and observer state, plus Kosovo and Taiwan', () => {
    assert.ok(k.countries.length >= 197, String(k.countries.length));
    for (const code of ['USA', 'RUS', 'UKR', 'HUN', 'CHE', 'PSE', 'VAT', 'XKX', 'TWN']) assert.ok(k.countries.some((c) => c.code === code), code);
  });
  test('every pattern names a code in the codebook', () => {
    for (const p of k.patterns) assert.ok(k.codebook.get(p.code), p.id);
  });
  test('every pattern has its own id, even for a verb listed twice in a file', () => {
    const ids = k.patterns.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });
  test('news organisations are media actors of their country', () => {
    const wsj = k.organizations.find((o) => o.id === 'wall-street-journal');
    assert.equal(wsj?.code, 'USAMED');
  });
  test('knowledge is frozen', () => {
    assert.ok(Object.isFrozen(k));
    assert.throws(() => (k.countries as unknown[]).push({}));
  });
});

describe('a malformed knowledge file is refused with file, entry and reason', () => {
  const cases: { name: string; file: string; edit: (s: string) => string; needles: string[] }[] = [
    { name: 'a person role with a bad date', file: 'actors/people/core.yaml', edit: (s) => s.replace('from: 2019-05-20', 'from: 2019-05-40x'), needles: ['core.yaml', 'volodymyr-zelenskyy', 'roles.0.from'] },
    { name: 'a country without a code', file: 'actors/countries.yaml', edit: (s) => s.replace('  - code: HUN\n', '  - cod: HUN\n'), needles: ['countries.yaml', 'Hungary', 'code'] },
    { name: 'a pattern with an unknown CAMEO code', file: 'patterns/core.yaml', edit: (s) => s.replace('{ code: "195", after: "TARGET" }', '{ code: "999", after: "TARGET" }'), needles: ['core.yaml', '999'] },
    { name: 'a pattern naming a missing class', file: 'patterns/core.yaml', edit: (s) => s.replace('"TARGET @weapon"', '"TARGET @weapons"'), needles: ['core.yaml', '@weapons'] },
    { name: 'a code table giving an unknown CAMEO code', file: 'patterns/core.yaml', edit: (s) => s.replace('"061": "163"', '"061": "1611"'), needles: ['core.yaml', 'halts', '1611'] },
    { name: 'a pattern whose default target is no organisation', file: 'patterns/roots-11-20.yaml', edit: (s) => s.replace('otherwise: IGOUNO }', 'otherwise: IGOXYZ }'), needles: ['roots-11-20.yaml', 'otherwise', 'IGOXYZ'] },
    { name: 'a pattern kept to a source that is no sector code', file: 'patterns/roots-11-20.yaml', edit: (s) => s.replace('source: MIL }', 'source: troops }'), needles: ['roots-11-20.yaml', 'source'] },
    { name: 'YAML that does not parse', file: 'actors/agents.yaml', edit: (s) => `${s}\n  - role: [unclosed\n`, needles: ['agents.yaml', 'not valid YAML'] },
    { name: 'a codebook entry out of range', file: 'cameo.json', edit: (s) => s.replace('"goldstein": -10.0', '"goldstein": -11.0'), needles: ['cameo.json', 'goldstein'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-knowledge-'));
      cpSync(bundledKnowledgeDir, dir, { recursive: true });
      const path = join(dir, c.file);
      const before = readFileSync(path, 'utf8');
      const after = c.edit(before);
      assert.notEqual(after, before, 'the edit must change the file');
      writeFileSync(path, after);
      assert.throws(() => loadKnowledge({ dir }), (err: unknown) => {
        assert.ok(err instanceof DyadError);
        assert.equal(err.message.split('\n').length, 1);
        for (const n of c.needles) assert.ok(err.message.includes(n), `'${err.message}' should mention '${n}'`);
        return true;
      });
      // The bundled files are untouched.
      assert.doesNotThrow(() => loadKnowledge());
    });
  }
});
