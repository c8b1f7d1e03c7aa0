// JSON Lines read line by line: blank lines skipped, a bad line an error naming the file and line.
import { DyadError } from './errors.js';

export interface JsonLine {
  /** 'file:line', for messages */
  where: string;
  value: Record<string, unknown>;
}

export function jsonLines(text: string, name: string): JsonLine[] {
  const out: JsonLine[] = [];
  text.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    const where = `${name}:${k + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new DyadError(`${where}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new DyadError(`${where}: expected a JSON object`);
    out.push({ where, value: value as Record<string, unknown> });
  });
  return out;
}
