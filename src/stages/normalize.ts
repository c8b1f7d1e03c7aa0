// Stage: normalize the text. Unicode NFC, line breaks to \n, odd spaces and control characters to plain
// spaces. Curly quotes stay in the text (they are evidence); `folded` has them straight, for matching.
import type { Doc, Stage } from '../core.js';
import { foldQuotes } from '../text/fold.js';

/** Any character that one of the replacements below changes: text without one (most) is only composed. */
// eslint-disable-next-line no-control-regex
const ODD = /[\r\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\u200B-\u200D\uFEFF\u0000-\u0008\u000E-\u001F\u007F]/;

export function normalizeText(raw: string): string {
  const composed = raw.normalize('NFC');
  if (!ODD.test(composed)) return composed;
  return composed
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, ' ');
}

export const normalizeStage: Stage = {
  name: 'normalize',
  run(doc: Doc): Doc {
    const text = normalizeText(doc.article.text);
    const warnings = [...doc.warnings];
    const bad = text.includes('\uFFFD') ? (text.match(/\uFFFD/g) ?? []).length : 0;
    if (bad) warnings.push(`${bad} invalid byte sequence(s) replaced with U+FFFD`);
    return { ...doc, text, folded: foldQuotes(text), warnings };
  },
};
