// dyad as a library, imported by its package name as a user would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCoder, DyadError, type Analysis } from 'dyad';

test("import { createCoder } from 'dyad' codes an article", () => {
  const coder = createCoder();
  const a: Analysis = coder.code({ id: 'lib', text: 'Russian forces shelled Kharkiv on Tuesday.', date: '2025-10-16' });
  assert.equal(a.article.id, 'lib');
  assert.deepEqual(a.events.map((e) => [e.source.code, e.cameo.code, e.target?.code, e.date]), [['RUSMIL', '194', 'UKR', '2025-10-14']]);
});

test('a bad article date is a DyadError, not a crash', () => {
  const coder = createCoder();
  assert.throws(() => coder.code({ id: 'x', text: 'Hi.', date: '2025-02-30' }), DyadError);
});
