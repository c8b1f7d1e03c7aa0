// Users' own knowledge through the CLI: --actors, --places, --config, PETRARCH files; and actors lookup.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repo, sharedFile } from './test-support/paths.js';
import { runCli } from './test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-kcli-'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'Ana Rivera met Chilean police officers at Camp Alpha on Monday.');
const ex = (f: string) => join(repo, 'examples', 'knowledge', f);

describe('users extend the knowledge', () => {
  const cases: { name: string; args: string[] }[] = [
    { name: '--actors and --places', args: ['--actors', ex('my-actors.yaml'), '--places', ex('my-places.yaml')] },
    { name: '--config', args: ['--config', ex('dyad.config.yaml')] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const r = runCli(['code', '--date', '2025-11-03', '--format', 'json', ...c.args, story]);
      assert.equal(r.status, 0, r.stderr);
      const a = JSON.parse(r.stdout);
      assert.ok(a.entities.some((e: { actor?: { name: string; code: string } }) => e.actor?.name === 'Ana Rivera' && e.actor.code === 'CHLGOV'));
      assert.ok(a.events.some((e: { location?: { name: string } }) => e.location?.name === 'Camp Alpha'), r.stdout);
    });
  }
  test('a PETRARCH .actors file works with --actors', () => {
    const r = runCli(['code', '--date', '1996-05-01', '--actors', sharedFile('petrarch/Phoenix.International.actors.txt'), '-'], Buffer.from('Boutros Boutros-Ghali criticized Iraq.'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout.split('\n')[0]).source.code, 'IGOUNO');
  });
  test('a malformed user file is refused with file, entry and reason; nothing is coded', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(ex('my-actors.yaml'), 'utf8').replace('CHLGOV', 'chlgov'));
    const r = runCli(['code', '--actors', bad, story]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr.trim(), /^dyad: .*bad\.yaml: entry 1 \(ana-rivera\) field 'roles\.0\.code': .+$/);
  });
  test('a missing config file', () => {
    const r = runCli(['code', '--config', join(dir, 'none.yaml'), story]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /none\.yaml: cannot read config file/);
  });
});

describe('dyad actors lookup', () => {
  const cases: { args: string[]; want: RegExp[] }[] = [
    { args: ['Orban', '--date', '2025-10-16'], want: [/HUNGOV/, /Prime Minister/, /2010-05-29/, /viktor-orban/] },
    { args: ['Trump', '--date', '2022-06-01'], want: [/USAELI/, /no dated role on 2022-06-01/] },
    { args: ['the Kremlin'], want: [/RUSGOV/] },
    { args: ['Geneva'], want: [/place: Geneva, CHE/] },
  ];
  for (const c of cases) {
    test(c.args.join(' '), () => {
      const r = runCli(['actors', 'lookup', ...c.args]);
      assert.equal(r.status, 0, r.stderr);
      for (const w of c.want) assert.match(r.stdout, w);
    });
  }
  test('an unknown name exits 1 and says so', () => {
    const r = runCli(['actors', 'lookup', 'Zzyzx Qwerty']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /no actor/);
  });
});

describe('dyad import petrarch', () => {
  test('converts an .actors file to YAML that loads again', () => {
    const out = join(dir, 'intl.yaml');
    const r = runCli(['import', 'petrarch', sharedFile('petrarch/Phoenix.MilNonState.actors.txt'), '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    const yaml = readFileSync(out, 'utf8');
    assert.match(yaml, /organizations:/);
    assert.match(yaml, /name: Boko Haram/);
    const back = runCli(['code', '--actors', out, '-'], Buffer.from('Boko Haram attacked Nigerian soldiers.'));
    assert.equal(back.status, 0, back.stderr);
    assert.equal(JSON.parse(back.stdout.split('\n')[0]).source.code, 'NGAREB');
  });
});
