// The config file: which extra knowledge files to load, so a team can share one setup.
//   actors: [my-people.yaml, old.actors]     # dyad YAML or PETRARCH .actors/.agents
//   places: [my-places.yaml]
//   knowledge: ./knowledge                   # a whole knowledge folder instead of the bundled one
// Paths are relative to the config file.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import { DyadError } from './errors.js';
import type { LoadOptions } from './knowledge/load.js';
import { validate } from './knowledge/load.js';

const configSchema = z.object({
  actors: z.array(z.string().min(1)).default([]),
  places: z.array(z.string().min(1)).default([]),
  knowledge: z.string().min(1).optional(),
}).strict();

export function readConfig(file: string): LoadOptions {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DyadError(`${file}: cannot read config file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = load(raw, { schema: CORE_SCHEMA });
  } catch (err) {
    throw new DyadError(`${file}: not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const c = validate(configSchema, data ?? {}, file);
  const base = dirname(resolve(file));
  return {
    actorFiles: c.actors.map((p) => resolve(base, p)),
    placeFiles: c.places.map((p) => resolve(base, p)),
    dir: c.knowledge ? resolve(base, c.knowledge) : undefined,
  };
}
