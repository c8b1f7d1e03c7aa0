// Times resolved against the publication date (Thursday 2025-10-16), by the tense of their verb.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testCoder } from '../test-support/coder.js';

const cases: { text: string; time: string; date: string; end?: string; precision?: string }[] = [
  { text: 'Trump told reporters on Sunday that talks would go on.', time: 'Sunday', date: '2025-10-12' },
  { text: 'Trump is scheduled to meet Zelenskyy on Friday.', time: 'Friday', date: '2025-10-17' },
  { text: 'Trump announced Thursday that he would travel.', time: 'Thursday', date: '2025-10-16' },
  { text: 'Rubio will meet Lavrov next week.', time: 'next week', date: '2025-10-20', end: '2025-10-26', precision: 'week' },
  { text: 'The talks collapsed last month.', time: 'last month', date: '2025-09-01', end: '2025-09-30', precision: 'month' },
  { text: 'In 2014 Russia annexed Crimea.', time: '2014', date: '2014-01-01', end: '2014-12-31', precision: 'year' },
  { text: 'Officials met yesterday in Geneva.', time: 'yesterday', date: '2025-10-15' },
  { text: 'A gang kidnapped two nurses last Thursday.', time: 'Thursday', date: '2025-10-09' },
  { text: 'The summit will open on Monday.', time: 'Monday', date: '2025-10-20' },
  { text: 'Protesters gathered on Monday.', time: 'Monday', date: '2025-10-13' },
  { text: 'The ceasefire took effect on October 10.', time: 'October 10', date: '2025-10-10' },
  { text: 'The French parliament passed the law in March.', time: 'March', date: '2025-03-01', end: '2025-03-31', precision: 'month' },
  { text: 'The treaty was signed in November.', time: 'November', date: '2024-11-01', end: '2024-11-30', precision: 'month' },
  { text: 'The summit will be held in March.', time: 'March', date: '2026-03-01', end: '2026-03-31', precision: 'month' },
  { text: 'The court issued a warrant for his arrest in March 2023.', time: 'March 2023', date: '2023-03-01', end: '2023-03-31', precision: 'month' },
  { text: 'Trump said he was optimistic about reaching a deal after a call with Putin on Monday.', time: 'Monday', date: '2025-10-13' },
  { text: 'Critics recalled his anti-war protests three decades ago.', time: 'three decades ago', date: '1995-01-01', end: '1995-12-31', precision: 'year' },
  { text: "Myanmar's military never investigated its 2017 crackdown.", time: '2017', date: '2017-01-01', end: '2017-12-31', precision: 'year' },
  { text: 'Security forces killed hundreds during the protests in late 2022.', time: 'late 2022', date: '2022-01-01', end: '2022-12-31', precision: 'year' },
  { text: 'Russia attacked Ukraine in mid-2022.', time: 'mid-2022', date: '2022-01-01', end: '2022-12-31', precision: 'year' },
];

describe('times', () => {
  for (const c of cases) {
    test(c.text, () => {
      const a = testCoder().code({ id: 't', text: c.text, date: '2025-10-16' });
      const t = a.times.find((x) => x.text.includes(c.time));
      assert.ok(t, `no time '${c.time}' in ${JSON.stringify(a.times)}`);
      assert.equal(t.date, c.date);
      if (c.end) assert.equal(t.dateEnd, c.end);
      if (c.precision) assert.equal(t.precision, c.precision);
    });
  }
  test('no publication date: relative times stay unresolved, nothing breaks', () => {
    const a = testCoder().code({ id: 't', text: 'Rubio will meet Lavrov next week.' });
    assert.deepEqual(a.times, []);
    assert.equal(a.events[0]?.date ?? null, null);
  });
});
