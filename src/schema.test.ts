// Every record dyad writes validates against the output contract, ../shared/spec/dyad.schema.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repo, sharedFile } from './test-support/paths.js';
import { runCli } from './test-support/run-cli.js';

const schema = JSON.parse(readFileSync(sharedFile('spec/dyad.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

function check(records: unknown[], what: string) {
  assert.ok(records.length > 0, `${what}: no records`);
  for (const r of records) {
    const ok = validate(r);
    assert.ok(ok, `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(r).slice(0, 400)}`);
  }
}
const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('output validates against dyad.schema.json', () => {
  const inputs: { name: string; args: string[] }[] = [
    { name: 'canonical article, json', args: ['code', '--format', 'json', '--date', '2025-10-16', sharedFile('seed/article.txt')] },
    { name: 'canonical article, jsonl', args: ['code', '--format', 'jsonl', '--date', '2025-10-16', sharedFile('seed/article.txt')] },
    { name: 'bundled examples, json', args: ['code', '--input', 'jsonl', '--format', 'json', join(repo, 'examples', 'articles.jsonl')] },
    { name: 'bundled examples, jsonl', args: ['code', '--input', 'jsonl', '--format', 'jsonl', join(repo, 'examples', 'articles.jsonl')] },
    { name: 'article without a date', args: ['code', '--format', 'json', join(repo, 'examples', 'short.txt')] },
  ];
  for (const input of inputs) {
    test(input.name, () => {
      const r = runCli(input.args);
      assert.equal(r.status, 0, r.stderr);
      check(lines(r.stdout), input.name);
    });
  }

  test('real news from the corpus (first 40 BBC articles)', () => {
    const corpus = readFileSync(sharedFile('corpus/bbc_news_2004_2005.jsonl'), 'utf8').split('\n').slice(0, 40).join('\n');
    const r = runCli(['code', '--input', 'jsonl', '--format', 'json', '--date', '2005-03-01', '-'], Buffer.from(corpus));
    assert.equal(r.status, 0, r.stderr);
    check(lines(r.stdout), 'corpus');
  });
});
