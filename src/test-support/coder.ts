// One coder for the tests of a file, with the bundled knowledge.
import { createCoder, type Coder } from '../coder.js';

let coder: Coder | null = null;
export function testCoder(): Coder {
  coder ??= createCoder();
  return coder;
}

/** The events of one text as short strings: 'USAGOV>RUSGOV 040 planned 2025-10-20'. */
export function eventLines(text: string, date = '2025-10-16'): string[] {
  return testCoder().code({ id: 't', text, date }).events.map(
    (e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo.code} ${e.status} ${e.date ?? '-'}`,
  );
}
