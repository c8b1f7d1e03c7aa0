// Paths the tests share: the repository, the built CLI, and ../shared (read, never copied).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = join(repo, 'bin', 'dyad.js');
export const shared = resolve(repo, '..', 'shared');

/** A file under ../shared; throws (so the test fails, never skips) when it is missing. */
export function sharedFile(rel: string): string {
  const p = join(shared, rel);
  if (!existsSync(p)) throw new Error(`missing ${p}: the tests read ../shared beside the repository`);
  return p;
}
