// Sentences: headings stand alone, quotations that span sentences stay whole, offsets point into the text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testCoder } from '../test-support/coder.js';

const doc = (text: string) => testCoder().document({ id: 's', text, date: '2025-10-16' });

describe('tokenize', () => {
  test('a heading without a full stop is its own sentence', () => {
    const d = doc('Diplomatic Push Underway\nThe planned talks are part of a broader effort.');
    assert.deepEqual(d.sentences.map((s) => s.text), ['Diplomatic Push Underway', 'The planned talks are part of a broader effort.']);
    assert.equal(d.sentences[0].heading, true);
  });
  test('a quotation that spans two sentences stays in one', () => {
    const d = doc('\u201CDo they want war? I don\u2019t think so,\u201D Trump told reporters. He left.');
    assert.equal(d.sentences.length, 2);
    assert.ok(d.sentences[0].text.endsWith('told reporters.'));
  });
  test('token offsets point at the token text; curly quotes are kept in the text and folded for matching', () => {
    const text = 'Rubio\u2019s meeting with Lavrov, the \u201Cfirst\u201D in months.';
    const d = doc(text);
    for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(d.text.includes('\u201C'));
    assert.equal(d.folded, text.replace(/[\u201C\u201D]/g, '"').replace(/\u2019/g, "'"));
    assert.ok(d.tokens.find((t) => t.text === 'first')?.quoted);
  });
  test('white space and line breaks are normalized, odd spaces too', () => {
    const d = doc('Putin\u00A0met Xi.\r\nXi met Putin.');
    assert.deepEqual(d.sentences.map((s) => s.text), ['Putin met Xi.', 'Xi met Putin.']);
  });
});
