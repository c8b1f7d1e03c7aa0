// The shape of every knowledge file, checked on load. A wrong file is refused with its name, entry and field.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const code3 = z.string().regex(/^[A-Z]{3}$/, 'three capital letters');
const actorCode = z.string().regex(/^[A-Z]{3}([A-Z]{3})*$/, 'an actor code of three-letter parts, e.g. USAGOV');
const words = z.array(z.string().min(1)).default([]);

export const codebookFile = z.object({
  version: z.literal(1),
  about: z.string().optional(),
  codes: z.array(
    z.object({
      code: z.string().regex(/^\d{2,4}$/),
      name: z.string().min(1),
      root: z.string().regex(/^\d{2}$/),
      level: z.number().int().min(0).max(2),
      quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      goldstein: z.number().min(-10).max(10),
      plover: z.object({ type: z.string().min(1), mode: z.string().nullable() }),
    }).refine((c) => c.code.startsWith(c.root), { message: 'code must start with its root' }),
  ).min(1),
});

export const countriesFile = z.object({
  version: z.literal(1),
  countries: z.array(z.object({
    code: code3,
    iso2: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().min(1),
    names: z.array(z.string().min(1)).min(1),
    cased: words,
    adjectives: words,
    demonyms: words,
    capital: z.object({
      name: z.string().min(1),
      aliases: words,
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
    seats: words,
    institutions: z.array(z.object({ names: z.array(z.string().min(1)).min(1), role: code3 })).default([]),
    region: z.string().min(1),
  })),
});

export const peopleFile = z.object({
  version: z.literal(1),
  people: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case words joined by hyphens'),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    country: code3.nullable().default(null),
    gender: z.enum(['m', 'f']).nullable().default(null),
    roles: z.array(z.object({
      code: actorCode,
      title: z.string().min(1),
      from: isoDate.nullable().default(null),
      to: isoDate.nullable().default(null),
    }).refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'role ends before it starts' })).default([]),
    otherwise: actorCode.nullable().default(null),
  })),
});

export const organizationsFile = z.object({
  version: z.literal(1),
  organizations: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    names: words,
    cased: words,
    code: actorCode,
    country: code3.nullable().default(null),
    sector: code3.nullable().default(null),
    type: z.enum(['organization', 'group']).default('organization'),
    /** codes by date, for groups whose role changed ('Taliban': AFGREB, then AFGGOV from 2021-08-15) */
    periods: z.array(z.object({ code: actorCode, from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) })).default([]),
  }).refine((o) => o.names.length + o.cased.length > 0, { message: 'needs names or cased names' })),
});

export const agentsFile = z.object({
  version: z.literal(1),
  agents: z.array(z.object({ role: code3, words: z.array(z.string().min(1)).min(1) })),
  titles: z.array(z.object({ role: code3, words: z.array(z.string().min(1)).min(1), describes: words })),
});

export const placesFile = z.object({
  version: z.literal(1),
  places: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: words,
    country: code3,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    kind: z.enum(['country', 'region', 'city', 'site', 'other']).default('city'),
    population: z.number().int().min(0).default(0),
  })),
  /** names of world regions that no GeoNames town should take ('Asia' is no town in the Philippines) */
  worldRegions: z.array(z.string().min(1)).default([]),
});

const patternLine = z.string().min(1);

export const patternsFile = z.object({
  version: z.literal(1),
  classes: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().min(1)).min(1)).default({}),
  lightVerbs: z.array(z.string().regex(/^[a-z-]+$/)).default([]),
  reciprocal: z.array(z.string().regex(/^[a-z-]+$/)).default([]),
  intents: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^03\d{0,2}$/)).default({}),
  threats: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^13\d{0,2}$/)).default({}),
  refusals: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^(12\d{0,2}|011)$/)).default({}),
  halts: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^(16\d{0,2}|087\d?)$/)).default({}),
  haltVerbs: z.array(z.string().regex(/^[a-z-]+$/)).default([]),
  requests: z.record(z.string().regex(/^(02|10)$/), z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^(02|10)\d{1,2}$/))).default({}),
  verbs: z.array(z.object({
    verb: z.string().regex(/^[a-z-]+$/, 'one verb lemma in lower case'),
    patterns: z.array(z.object({ code: z.string().regex(/^\d{2,4}$/), after: z.string().default(''), intransitive: z.boolean().default(false), mutual: z.boolean().default(false), source: z.string().regex(/^[A-Z]{3}$/).optional(), target: z.string().regex(/^[A-Z]{3}$/).optional(), otherwise: z.string().regex(/^[A-Z]{3,15}$/).optional() })).min(1),
  })).default([]),
  nouns: z.array(z.object({
    noun: patternLine,
    patterns: z.array(z.object({ code: z.string().regex(/^\d{2,4}$/), after: z.string().default(''), intransitive: z.boolean().default(false), mutual: z.boolean().default(false), source: z.string().regex(/^[A-Z]{3}$/).optional(), target: z.string().regex(/^[A-Z]{3}$/).optional(), otherwise: z.string().regex(/^[A-Z]{3,15}$/).optional() })).min(1),
  })).default([]),
  frames: z.array(z.object({
    verb: z.string().regex(/^[a-z-]+$/),
    status: z.enum(['occurred', 'planned', 'hypothetical', 'negated']),
    intent: z.boolean().default(false),
    passiveOnly: z.boolean().default(false),
    objectControl: z.boolean().default(false),
    complement: z.boolean().default(false),
    recode: z.enum(['threats', 'refusals']).optional(),
    negationAffirms: z.boolean().default(false),
  })).default([]),
});
