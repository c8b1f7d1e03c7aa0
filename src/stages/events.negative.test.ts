// What must not be coded: references, background, plans as facts, and words that only look like events.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventLines } from '../test-support/coder.js';

const none: string[] = [
  'The two leaders are expected to discuss the earlier phone call with Putin.',
  'Before the potential summit with Putin, officials reviewed the agenda.',
  'The company struck a deal with its suppliers.',
  'Past ceasefire attempts have repeatedly collapsed.',
  'Military analysts say the process could take years.',
  '“We will attack Russia,” the general said.',
  'The meeting with Russian officials was long.',
  'The French parliament passed the law in March.',
  'Afghan President Hamid Karzai left Kabul for his first election rally.',
  'Analysts expect the war between Russia and Ukraine to last.',
  'After an attack on Kyiv, the minister returned to Brussels.',
  'Trump survived an assassination attempt at a campaign rally in Butler, Pennsylvania.',
  'Leaders of the protest movement in Nairobi met reporters.',
  'Austria issued an arrest warrant in Vienna.',
  'Iranian President Ebrahim Raisi was killed in a helicopter crash in Iran.',
  'A gas explosion in a coal mine in central China killed 56 people.',
  'Putin left Beijing on Monday.',
  "Iraq's government said major neglect by its allies led to a massacre of 49 army recruits.",
  'US troops injured in Iraq have required limb amputations at twice the rate of past wars.',
  'The Bush administration will seek emergency funding for the wars in Iraq and Afghanistan.',
  'President Pervez Musharraf met Prime Minister Shaukat Aziz in Islamabad.',
  'Ukrainian troops defended the town of Pokrovsk.',
  "Trump cited Pretoria's genocide case against Israel.",
  'Whether Kerry was a coward during the Vietnam War is still debated.',
  'The sergeant was released after serving 25 days in military detention in Japan.',
  'Polish Prime Minister Donald Tusk sought to rally support among EU governments for Ukraine.',
];

describe('events: negative cases', () => {
  for (const text of none) {
    test(text, () => {
      assert.deepEqual(eventLines(text), []);
    });
  }

  const notOccurred: string[] = [
    'Trump plans to meet Putin in Hungary.',
    'Rubio will meet Lavrov next week.',
    'Whether the United States will sell Ukraine Tomahawk missiles remains unclear.',
    'Russia may attack Ukraine.',
    'China warned Singapore officials against visiting Taiwan.',
  ];
  for (const text of notOccurred) {
    test(`no meeting, sale or attack reported as having happened: ${text}`, () => {
      for (const l of eventLines(text)) assert.ok(!/ (04\d|06\d|19\d) occurred/.test(l), l);
    });
  }
});
