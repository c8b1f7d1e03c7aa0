// Places: the gazetteer, seats of government, and the right one of several places with one name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testCoder } from '../test-support/coder.js';

function places(text: string) {
  return testCoder().document({ id: 'p', text, date: '2025-10-16' }).places.map((p) => `${p.place.text}=${p.place.name}/${p.place.country}`);
}

describe('places', () => {
  const cases: { text: string; want: string[] }[] = [
    { text: 'Rubio will meet Russian officials in Geneva.', want: ['Geneva=Geneva/CHE'] },
    { text: 'Trump will meet Zelenskyy at the White House.', want: ['White House=White House/USA'] },
    { text: 'Russian forces shelled Kharkiv.', want: ['Kharkiv=Kharkiv/UKR'] },
    { text: 'Talks were held in Kiev.', want: ['Kiev=Kyiv/UKR'] },
    { text: 'Putin spoke in Moscow about Hungary.', want: ['Moscow=Moscow/RUS', 'Hungary=Hungary/HUN'] },
  ];
  for (const c of cases) test(c.text, () => assert.deepEqual(places(c.text), c.want));

  // Where something happened: after a locative word; not a country naming whose a thing is.
  const locatives: { text: string; want: string[] }[] = [
    { text: 'Insurgents attacked United States and Iraqi outposts across Iraq.', want: ['United States=false', 'Iraq=true'] },
    { text: 'India fired missiles at sites in Pakistan and Pakistan-administered Kashmir.', want: ['India=false', 'Pakistan=true', 'Pakistan=false', 'Kashmir=false'] },
    { text: 'Troops advanced into a Baghdad suburb.', want: ['Baghdad=true'] },
    { text: 'Trump will travel to Asia and Latin America next month.', want: [] },
  ];
  for (const c of locatives) {
    test(c.text, () => assert.deepEqual(testCoder().document({ id: 'p', text: c.text, date: '2025-10-16' }).places.map((p) => `${p.place.text}=${p.locative}`), c.want));
  }

  test('places have coordinates', () => {
    const p = testCoder().document({ id: 'p', text: 'They met in Geneva.', date: '2025-10-16' }).places[0].place;
    assert.ok(Math.abs((p.lat ?? 0) - 46.2) < 0.1 && Math.abs((p.lon ?? 0) - 6.15) < 0.1, JSON.stringify(p));
  });
});
