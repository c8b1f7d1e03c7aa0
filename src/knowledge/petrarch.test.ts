// PETRARCH/TABARI dictionaries: read from ../shared/petrarch (never copied), turned into dyad's schemas.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedFile } from '../test-support/paths.js';
import { looksLikePetrarch, parsePetrarchActors, parsePetrarchAgents, petrarchDate, petrarchName } from './petrarch.js';
import { loadKnowledge } from './load.js';
import { createCoder } from '../coder.js';

describe('PETRARCH format pieces', () => {
  const dates: [string, string | null][] = [['991231', '1999-12-31'], ['080507', '2008-05-07'], ['20061201', '2006-12-01'], ['2004017', null], ['991341', null]];
  for (const [raw, want] of dates) test(`date ${raw}`, () => assert.equal(petrarchDate(raw), want));
  const names: [string, string][] = [['VLADIMIR_PUTIN_', 'Vladimir Putin'], ['RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN', 'Russian President Vladimir V. Putin'], ['BOUTROS_BOUTROS-GHALI_', 'Boutros Boutros-Ghali']];
  for (const [raw, want] of names) test(`name ${raw}`, () => assert.equal(petrarchName(raw), want));
  test('a small actors file: synonyms, codes on the line and below, dates', () => {
    const text = '# comment\nKOFI_ANNAN_\n+SECRETARY-GENERAL_KOFI_ANNAN\n\t[IGOUNO 970101-061231]\n\t[ELI]\nBOKO_HARAM [NGAREB]\n+JAMA\'ATU_AHLIS_SUNNA_\nBAD LINE [XX 1-2]\n';
    const r = parsePetrarchActors(text, 't.actors');
    assert.deepEqual(r.people.map((p) => [p.name, p.roles?.[0]]), [['Kofi Annan', { code: 'IGOUNO', title: 'imported role', from: '1997-01-01', to: '2006-12-31' }]]);
    assert.equal(r.people[0].otherwise, 'ELI');
    assert.deepEqual(r.organizations.map((o) => [o.name, o.code, o.names]), [['Boko Haram', 'NGAREB', ['Boko Haram', "Jama'atu Ahlis Sunna"]]]);
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0], /t\.actors:8: /);
  });
  test('agents with plurals and substitution sets', () => {
    const r = parsePetrarchAgents('!PERSON! = MAN, MEN\nRIOT_POLICE {} [~COP]\nFISHER!PERSON! [~AGR]\nGENDARMERY {GENDARMERIE} [~COP]\n', 'a.agents');
    const cop = r.agents.find((a) => a.role === 'COP')!.words;
    assert.deepEqual(cop.sort(), ['gendarmerie', 'gendarmery', 'riot police']);
    assert.deepEqual(r.agents.find((a) => a.role === 'AGR')!.words.sort(), ['fisherman', 'fishermen']);
  });
});

describe('the Phoenix dictionaries in ../shared/petrarch', () => {
  test('Countries.actors: thousands of people with dated roles', () => {
    const r = parsePetrarchActors(readFileSync(sharedFile('petrarch/Phoenix.Countries.actors.txt'), 'utf8'), 'countries');
    console.log(`Phoenix.Countries.actors.txt: ${r.people.length} people, ${r.organizations.length} organizations, ${r.warnings.length} unreadable lines`);
    assert.ok(r.people.length > 15000);
    const putin = r.people.find((p) => p.id === 'vladimir-putin')!;
    assert.ok(putin.roles!.some((x) => x.code === 'RUSGOV' && x.from === '2008-05-08' && x.to === null));
    assert.ok(r.warnings.length < r.people.length / 100);
  });
  test('International and MilNonState actors: organisations and armed groups', () => {
    const intl = parsePetrarchActors(readFileSync(sharedFile('petrarch/Phoenix.International.actors.txt'), 'utf8'), 'intl');
    const mil = parsePetrarchActors(readFileSync(sharedFile('petrarch/Phoenix.MilNonState.actors.txt'), 'utf8'), 'mil');
    assert.ok(intl.organizations.some((o) => o.code === 'IGOWSTNAT' && o.names!.includes('North Atlantic Treaty Organization')));
    assert.ok(mil.organizations.some((o) => o.code === 'NGAREB' && o.name === 'Boko Haram'));
  });
  test('agents', () => {
    const r = parsePetrarchAgents(readFileSync(sharedFile('petrarch/Phoenix.agents.txt'), 'utf8'), 'agents');
    assert.ok(r.agents.find((a) => a.role === 'COP')!.words.includes('police officer'));
    assert.ok(r.warnings.length < 20);
  });
  test('every file is recognised as PETRARCH format, and dyad YAML is not', () => {
    for (const f of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt']) {
      assert.ok(looksLikePetrarch(readFileSync(sharedFile(`petrarch/${f}`), 'utf8')), f);
    }
    assert.ok(!looksLikePetrarch('version: 1\npeople:\n  - id: x\n'));
  });
  test('loaded with --actors, an old dictionary codes old news', () => {
    const files = ['Phoenix.International.actors.txt', 'Phoenix.agents.txt'].map((f) => sharedFile(`petrarch/${f}`));
    const k = loadKnowledge({ actorFiles: files, geonames: false });
    const coder = createCoder({ knowledge: k });
    const a = coder.code({ id: 'old', text: 'Kofi Annan criticized Israel.', date: '2003-05-01' });
    assert.deepEqual(a.events.map((e) => [e.source.code, e.cameo.code, e.target?.code]), [['IGOUNO', '111', 'ISR']]);
  });
});
