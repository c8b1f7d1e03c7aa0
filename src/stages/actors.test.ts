// Actor mentions and their codes at the article's date.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testCoder } from '../test-support/coder.js';

function actors(text: string, date = '2025-10-16'): string[] {
  const doc = testCoder().document({ id: 'a', text, date });
  return doc.mentions.filter((m) => m.actors.length).map((m) => `${doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end)}=${m.actors.map((a) => a.code).join('+')}`);
}

const cases: { text: string; date?: string; want: string[] }[] = [
  { text: 'Russian troops advanced.', want: ['Russian troops=RUSMIL'] },
  { text: 'Ukrainian officials said so.', want: ['Ukrainian officials=UKRGOV'] },
  { text: 'Israeli police arrived.', want: ['Israeli police=ISRCOP'] },
  { text: 'Ukrainian President Volodymyr Zelenskyy spoke.', want: ['Ukrainian President Volodymyr Zelenskyy=UKRGOV'] },
  { text: 'The Kremlin said no.', want: ['The Kremlin=RUSGOV'] },
  { text: 'Moscow and Kyiv traded blame.', want: ['Moscow=RUSGOV', 'Kyiv=UKRGOV'] },
  { text: 'Trump spoke.', date: '2019-06-01', want: ['Trump=USAGOV'] },
  { text: 'Trump spoke.', date: '2022-06-01', want: ['Trump=USAELI'] },
  { text: 'Orban spoke.', want: ['Orban=HUNGOV'] },
  { text: 'Polish Foreign Minister Jan Nowak said so.', want: ['Polish Foreign Minister Jan Nowak=POLGOV'] },
  { text: 'Putin\u2019s spokesman said so.', want: ['Putin=RUSGOV', 'Putin\u2019s spokesman=RUSGOV'] },
  { text: 'The Trump administration agreed.', want: ['Trump=USAGOV', 'The Trump administration=USAGOV'] },
  { text: 'They told us the US would act.', want: ['US=USA'] },
  { text: 'NATO and the UN met.', want: ['NATO=IGOWSTNAT', 'the UN=IGOUNO'] },
  // News organisations (media.yaml) are actors in a story, not in its byline.
  { text: 'Russia detained Wall Street Journal reporter Evan Gershkovich.', want: ['Russia=RUS', 'Wall Street Journal reporter Evan Gershkovich=USAMED'] },
  { text: 'Israel denied a New York Times report.', want: ['Israel=ISR', 'New York Times=USAMED'] },
  { text: 'JERUSALEM (Reuters) - Israel denied the report.', want: ['Israel=ISR'] },
  { text: 'AFP - Russia denied the report.', want: ['Russia=RUS'] },
  { text: 'Sudan expelled two UN aid officials.', want: ['Sudan=SDN', 'UN aid officials=IGOUNO'] },
  // a text ending in an abbreviation with its own full stop ('at the U.N.')
  { text: 'Israel asked the United States to support its position at the U.N.', want: ['Israel=ISR', 'United States=USA', 'its=USA', 'the U.N.=IGOUNO'] },
  { text: 'Tunisian opposition figure Jawhar Ben Mbarek spoke.', want: ['Tunisian opposition figure Jawhar Ben Mbarek=TUNOPP'] },
  // parties and agencies (parties.yaml), by the article's date
  { text: 'Tanzania barred Chadema from the election.', want: ['Tanzania=TZA', 'Chadema=TZAOPP'] },
  { text: 'Georgian Dream won the vote.', date: '2008-06-01', want: ['Georgian Dream=GEOOPP'] },
  { text: 'Georgian Dream won the vote.', want: ['Georgian Dream=GEOGOV'] },
  { text: 'The FBI arrested two men.', want: ['The FBI=USACOP', 'men=USACVL'] },
];

describe('actors', () => {
  for (const c of cases) test(`${c.text} (${c.date ?? '2025-10-16'})`, () => assert.deepEqual(actors(c.text, c.date), c.want));
});

describe('coreference', () => {
  const coref: { text: string; want: string[] }[] = [
    { text: 'Trump called Putin. He said the call went well.', want: ['Trump=USAGOV', 'Putin=RUSGOV', 'He=USAGOV'] },
    { text: 'Trump spoke to Putin on Thursday. The president said talks would go on.', want: ['Trump=USAGOV', 'Putin=RUSGOV', 'The president=USAGOV'] },
    { text: 'Trump met Zelenskyy. The two leaders talked.', want: ['Trump=USAGOV', 'Zelenskyy=UKRGOV', 'The two leaders=USAGOV+UKRGOV'] },
    { text: 'Macron met Putin. The Russian leader smiled.', want: ['Macron=FRAGOV', 'Putin=RUSGOV', 'The Russian leader=RUSGOV'] },
    { text: 'Russian troops killed civilians in Bucha during their occupation of the town.', want: ['Russian troops=RUSMIL', 'civilians=UKRCVL', 'their=RUSMIL'] },
  ];
  for (const c of coref) test(c.text, () => assert.deepEqual(actors(c.text), c.want));
});

describe('people sharing a name', () => {
  // The one in office on the article's date; else the one whose roles came nearest to it.
  const cases: { text: string; date: string; id: string }[] = [
    { text: 'Bush spoke.', date: '1991-06-01', id: 'george-h-w-bush' },
    { text: 'Bush spoke.', date: '2005-06-01', id: 'george-w-bush' },
    { text: 'Castro spoke.', date: '2005-06-01', id: 'fidel-castro' },
    { text: 'Castro spoke.', date: '2012-06-01', id: 'raul-castro' },
  ];
  for (const c of cases) {
    test(`${c.text} (${c.date})`, () => {
      const doc = testCoder().document({ id: 'a', text: c.text, date: c.date });
      assert.equal(doc.mentions.find((m) => m.actors.length)?.actors[0].id, c.id);
    });
  }
});
