// The CLI end to end, through the real command: bad input gets one line naming the input and the problem.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from './test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const story = 'Russian forces shelled Kharkiv on Tuesday, officials said. Zelenskyy accused Russia of targeting civilians.';

function assertOneLineError(stderr: string, ...needles: string[]) {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${stderr}`);
  assert.match(lines[0], /^dyad: /);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  for (const n of needles) assert.ok(lines[0].includes(n), `'${lines[0]}' should mention '${n}'`);
}

describe('dyad code: bad input', () => {
  const cases: { name: string; args: () => string[]; input?: Buffer; exit: number; needles: string[] }[] = [
    { name: 'missing file', args: () => ['code', join(dir, 'nope.txt')], exit: 2, needles: ['nope.txt', 'no such file'] },
    { name: 'a directory', args: () => ['code', dir], exit: 2, needles: [dir, 'directory'] },
    { name: 'binary file', args: () => ['code', file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]))], exit: 2, needles: ['bin.dat', 'binary'] },
    { name: 'empty file', args: () => ['code', file('empty.txt', '')], exit: 2, needles: ['empty.txt', 'empty'] },
    { name: 'invalid --date', args: () => ['code', '--date', '2025-13-45', file('a.txt', story)], exit: 2, needles: ['--date', '2025-13-45'] },
    { name: 'unknown --format', args: () => ['code', '--format', 'xml', file('b.txt', story)], exit: 2, needles: ['--format', 'xml'] },
    { name: 'unknown option', args: () => ['code', '--colour', file('c.txt', story)], exit: 2, needles: ['--colour'] },
    { name: 'unknown command', args: () => ['decode'], exit: 2, needles: ['decode'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const r = runCli(c.args(), c.input);
      assert.equal(r.status, c.exit, r.stderr);
      assert.equal(r.stdout, '');
      assertOneLineError(r.stderr, ...c.needles);
    });
  }

  test('invalid UTF-8 is replaced and the rest is still coded', () => {
    const bytes = Buffer.concat([Buffer.from('Russian forces shelled Kharkiv on Tuesday. \xff\xfe broken '), Buffer.from([0xc3, 0x28]), Buffer.from(' Zelenskyy accused Russia of war crimes.')]);
    const p = file('bad-utf8.txt', bytes);
    const r = runCli(['code', '--date', '2025-10-22', '--format', 'json', p]);
    assert.equal(r.status, 0, r.stderr);
    assertOneLineError(r.stderr, 'bad-utf8.txt', 'UTF-8');
    const a = JSON.parse(r.stdout);
    assert.ok(a.sentences.join(' ').includes('\uFFFD'));
    assert.ok(a.events.some((e: { cameo: { root: string } }) => e.cameo.root === '11'), 'the accusation after the bad bytes is coded');
  });

  test('a 20 MB file on one line is refused with its size, nothing written', () => {
    const p = file('huge.txt', 'Putin met Xi. '.repeat(1_500_000));
    const r = runCli(['code', p]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assertOneLineError(r.stderr, 'huge.txt', 'MB', '--max-mb');
  });

  test('a JSONL file with one malformed line: the good lines are coded, the bad one reported by number', () => {
    const lines = [
      JSON.stringify({ id: 'a1', date: '2025-10-22', text: 'Russian forces shelled Kharkiv on Tuesday.' }),
      '{"id": "a2", "text": "unterminated',
      JSON.stringify({ id: 'a3', date: '2025-10-22', text: 'Zelenskyy accused Russia of war crimes.' }),
    ];
    const p = file('mixed.jsonl', lines.join('\n'));
    const r = runCli(['code', '--input', 'jsonl', '--format', 'json', p]);
    assert.equal(r.status, 1);
    const errors = r.stderr.trim().split('\n');
    assert.ok(errors[0].startsWith(`dyad: ${p}:2: not valid JSON`), errors[0]);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).article.id);
    assert.deepEqual(ids, ['a1', 'a3']);
  });

  test('a JSONL line without text or with a bad date is reported by number', () => {
    const p = file('fields.jsonl', [JSON.stringify({ id: 'x' }), JSON.stringify({ text: 'Putin met Xi.', date: 'yesterday' }), JSON.stringify({ text: 'Putin met Xi in Beijing.' })].join('\n'));
    const r = runCli(['code', '--input', 'jsonl', p]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /fields\.jsonl:1: "text" is missing/);
    assert.match(r.stderr, /fields\.jsonl:2: "date" "yesterday" is not a valid/);
  });
});

describe('dyad code: output', () => {
  test('reads standard input and writes one event per line', () => {
    const r = runCli(['code', '--date', '2025-10-22', '-'], Buffer.from(story));
    assert.equal(r.status, 0, r.stderr);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(events.length >= 2);
    assert.ok(events.every((e) => e.articleId === 'stdin'));
  });

  test('the same input gives byte-identical output twice', () => {
    const p = file('same.txt', story);
    const a = runCli(['code', '--date', '2025-10-22', '--format', 'json', p]);
    const b = runCli(['code', '--date', '2025-10-22', '--format', 'json', p]);
    assert.equal(a.status, 0);
    assert.equal(a.stdout, b.stdout);
  });

  test('--help explains every option with an example', () => {
    const r = runCli(['code', '--help']);
    assert.equal(r.status, 0);
    for (const opt of ['--date', '--input', '--format', '--id', '--title', '--url', 'Example']) assert.ok(r.stdout.includes(opt), opt);
    assert.match(runCli(['--help']).stdout, /dyad code/);
  });
});

describe('dyad eval', () => {
  test('prints precision, recall and F1, per root and per status, and the misses', () => {
    const gold = file('gold.jsonl', [
      JSON.stringify({ id: 'e1', date: '2025-10-22', text: 'Russian forces shelled Kharkiv on Tuesday.', events: [{ source: 'RUS', target: 'UKR', code: '195', status: 'occurred' }] }),
      JSON.stringify({ id: 'e2', date: '2025-10-22', text: 'The weather was fine.', events: [{ source: 'USA', target: 'CHN', code: '040', status: 'occurred' }] }),
    ].join('\n'));
    const r = runCli(['eval', gold]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /root\+actors\s+P 100\.0%\s+R\s+50\.0%/);
    assert.match(r.stdout, /per root:[\s\S]*19 /);
    assert.match(r.stdout, /per status:[\s\S]*occurred/);
    assert.match(r.stdout, /missed\s+e2\s+USA>CHN 040/);
  });
  test('a malformed gold line is one error naming file and line', () => {
    const gold = file('badgold.jsonl', '{"id": "x", "text": "Hi.", "events": [{"source": "usa", "code": "040"}]}\n');
    const r = runCli(['eval', gold]);
    assert.equal(r.status, 2);
    assert.match(r.stderr.trim(), /^dyad: .*badgold\.jsonl:1: event 1: "source" must be an actor code$/);
  });
});
