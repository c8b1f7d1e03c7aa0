// Quotations and their speakers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testCoder } from '../test-support/coder.js';

const cases: { text: string; quote: string; speaker?: string; speakerText?: string }[] = [
  { text: '\u201CWe are ready,\u201D Lavrov told reporters.', quote: 'We are ready,', speaker: 'Sergei Lavrov' },
  { text: 'Lavrov said: "We are ready to talk."', quote: 'We are ready to talk.', speaker: 'Sergei Lavrov' },
  { text: '\u201CIt will take years,\u201D said a defense expert familiar with the program.', quote: 'It will take years,', speakerText: 'a defense expert familiar with the program' },
  { text: 'The talks were what Putin described as \u201Cuseful\u201D meetings.', quote: 'useful', speaker: 'Vladimir Putin' },
  { text: '\u201CDo they want war? I don\u2019t think so,\u201D Trump told reporters.', quote: 'I don\u2019t think so', speaker: 'Donald Trump' },
];

describe('quotes', () => {
  for (const c of cases) {
    test(c.text, () => {
      const a = testCoder().code({ id: 'q', text: c.text, date: '2025-10-16' });
      const q = a.quotes.find((x) => x.text.includes(c.quote));
      assert.ok(q, `no quote '${c.quote}' in ${JSON.stringify(a.quotes)}`);
      if (c.speaker) assert.equal(q.speaker?.name, c.speaker);
      if (c.speakerText) assert.equal(q.speakerText, c.speakerText);
    });
  }
  test('a quotation that runs on keeps its speaker', () => {
    const a = testCoder().code({ id: 'q', text: '\u201CIt is hard,\u201D said Lavrov. \u201CBut we will try.\u201D', date: '2025-10-16' });
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[1].speaker?.name, 'Sergei Lavrov');
  });
});
