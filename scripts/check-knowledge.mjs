#!/usr/bin/env node
// Checks one knowledge file against its schema and prints its entries' count, or the first problem.
// Usage: node --import tsx scripts/check-knowledge.mjs knowledge/actors/people/g20.yaml
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import * as schemas from '../src/knowledge/schemas.ts';
import { validate } from '../src/knowledge/load.ts';

const file = process.argv[2];
let data;
try {
  data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
} catch (err) {
  console.error(`${file}: ${err.message.split('\n')[0]}`);
  process.exit(1);
}
const key = ['people', 'organizations', 'countries', 'places', 'verbs', 'nouns', 'frames'].find((k) => k in (data ?? {}));
const schema = { people: schemas.peopleFile, organizations: schemas.organizationsFile, countries: schemas.countriesFile, places: schemas.placesFile, verbs: schemas.patternsFile, nouns: schemas.patternsFile, frames: schemas.patternsFile }[key];
if (!schema) { console.error(`${file}: unknown top-level key '${key}'`); process.exit(1); }
try {
  const v = validate(schema, data, file);
  console.log(`${file}: ${v[key].length} ${key}, valid`);
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
