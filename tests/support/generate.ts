/**
 * A seeded generator of investigation-shaped graphs for the benchmark and the store tests: eight
 * entity types, twenty relation types, power-law degrees with a few supernodes (countries and big
 * organisations that half the case touches), names with aliases in other scripts, dated relations
 * with statuses and evidence quoting a source.
 *
 * Every record is a pure function of (seed, index), so the benchmark can stream a million entities
 * into the store without holding them, then ask for entity 123 456 again (its name for a search,
 * its id for a path) without having kept it.
 */
import type {
  EntityInput,
  EvidenceInput,
  GraphFile,
  RelationInput,
  RelationStatus,
  SourceInput,
} from '../../server/model/case-format.ts';

export interface GraphSize {
  name: 'small' | 'medium' | 'large';
  entities: number;
  relations: number;
}

export const SIZES: Record<GraphSize['name'], GraphSize> = {
  small: { name: 'small', entities: 10_000, relations: 50_000 },
  medium: { name: 'medium', entities: 100_000, relations: 500_000 },
  large: { name: 'large', entities: 1_000_000, relations: 5_000_000 },
};

/** sfc32: a small, fast PRNG with a 128-bit state that passes PractRand; enough for test data. */
export function prng(seed: number, stream = 0): () => number {
  let a = seed >>> 0;
  let b = (stream ^ 0x9e3779b9) >>> 0;
  let c = 0x243f6a88;
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A 32-bit integer hash (lowbias32), to derive a per-record stream from an index. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function weighted<T extends string>(table: readonly (readonly [T, number])[]): (u: number) => T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  return (u) => {
    let x = u * total;
    for (const [value, w] of table) {
      x -= w;
      if (x < 0) return value;
    }
    return table[table.length - 1]![0];
  };
}

export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Country',
  'GovernmentBody',
  'MilitaryUnit',
  'Place',
  'Event',
  'Document',
] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

const entityType = weighted<EntityType>([
  ['Person', 45],
  ['Organization', 25],
  ['Place', 8],
  ['Event', 8],
  ['Document', 7],
  ['GovernmentBody', 4],
  ['MilitaryUnit', 3],
]);

export const RELATION_TYPES = [
  'MEMBER_OF',
  'EMPLOYED_BY',
  'LEADS',
  'OWNS',
  'DIRECTOR_OF',
  'SHAREHOLDER_OF',
  'LOCATED_IN',
  'VISITED',
  'MET_WITH',
  'RELATIVE_OF',
  'ASSOCIATE_OF',
  'PAID',
  'SUPPLIED',
  'CONTRACTED_WITH',
  'DEPLOYS_TO',
  'SANCTIONS',
  'VIOLATES',
  'PARTICIPATED_IN',
  'MENTIONED_IN',
  'SIGNED',
] as const;

const relationType = weighted<(typeof RELATION_TYPES)[number]>([
  ['ASSOCIATE_OF', 14],
  ['MENTIONED_IN', 12],
  ['EMPLOYED_BY', 10],
  ['MET_WITH', 9],
  ['LOCATED_IN', 8],
  ['MEMBER_OF', 7],
  ['PAID', 6],
  ['DIRECTOR_OF', 5],
  ['SHAREHOLDER_OF', 5],
  ['VISITED', 5],
  ['CONTRACTED_WITH', 4],
  ['SUPPLIED', 3],
  ['PARTICIPATED_IN', 3],
  ['OWNS', 2],
  ['LEADS', 2],
  ['RELATIVE_OF', 2],
  ['SIGNED', 1],
  ['DEPLOYS_TO', 1],
  ['SANCTIONS', 0.6],
  ['VIOLATES', 0.4],
]);

const status = weighted<RelationStatus>([
  ['reported', 60],
  ['confirmed', 25],
  ['estimated', 10],
  ['denied', 5],
]);

const GIVEN = [
  'Ivan',
  'Sergei',
  'Anna',
  'Kim',
  'Park',
  'Olena',
  'Dmitri',
  'Maria',
  'Yusuf',
  'Li',
  'Elena',
  'Viktor',
  'Hyun',
  'Nadia',
  'Oleg',
  'Aleksandr',
  'Mikhail',
  'Sofia',
  'Jae',
  'Irina',
  'Pavel',
  'Yuri',
  'Tatiana',
  'Min',
  'Andrei',
  'Ji',
  'Natalia',
  'Boris',
  'Svetlana',
  'Ahmed',
] as const;
const SYLLABLES = [
  'ko',
  'va',
  'lev',
  'ni',
  'shin',
  'ro',
  'mar',
  'tse',
  'gu',
  'dor',
  'ya',
  'chen',
  'vich',
  'sky',
  'en',
  'bo',
  'ra',
  'an',
  'zu',
  'mi',
  'tor',
  'hel',
  'pe',
  'sun',
  'dal',
] as const;
const ORG_WORDS = [
  'Trading',
  'Logistics',
  'Shipping',
  'Holdings',
  'Energy',
  'Construction',
  'Mining',
  'Capital',
  'Technologies',
  'Maritime',
  'Industrial',
  'Export',
  'Resources',
  'Engineering',
] as const;
const ORG_FORMS = ['LLC', 'Ltd', 'JSC', 'Group', 'Co', 'GmbH', 'SA', 'Corporation'] as const;
const PLACE_WORDS = ['Port', 'Bay', 'Ridge', 'Valley', 'District', 'Harbour', 'Station', 'Oblast'] as const;
const BODY_WORDS = [
  'Ministry of Defence',
  'Security Council',
  'Customs Service',
  'Central Bank',
  'Foreign Ministry',
  'State Committee',
  'Prosecutor General',
  'Border Service',
] as const;
const EVENT_WORDS = ['Summit', 'Shipment', 'Visit', 'Exercise', 'Signing', 'Meeting', 'Transfer'] as const;
const DOC_WORDS = ['Contract', 'Resolution', 'Invoice', 'Memorandum', 'Report', 'Register entry'] as const;
const COUNTRIES = [
  'Russia',
  'North Korea',
  'Ukraine',
  'China',
  'Iran',
  'Belarus',
  'Kazakhstan',
  'Turkey',
  'United Arab Emirates',
  'Syria',
  'Cyprus',
  'Latvia',
  'Georgia',
  'Armenia',
  'Mongolia',
  'Vietnam',
] as const;
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  y: 'ы',
  j: 'й',
};

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const cyrillic = (text: string) => [...text].map((ch) => CYRILLIC[ch.toLowerCase()] ?? ch).join('');

function word(rand: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += pick(rand, SYLLABLES);
  return out;
}

/** Hubs: the first entities are countries and big organisations that many relations touch. */
const SUPERNODES = COUNTRIES.length;

export class GraphGenerator {
  /** Sources: one per 200 entities, at least 50; each relation quotes one or two. */
  readonly sourceCount: number;
  private readonly relationTypeOf = relationType;

  constructor(
    readonly size: GraphSize,
    readonly seed = 42,
  ) {
    this.sourceCount = Math.max(50, Math.floor(size.entities / 200));
  }

  entityId(index: number): string {
    return `e${index.toString(36)}`;
  }

  sourceId(index: number): string {
    return `src-${index}`;
  }

  source(index: number): SourceInput {
    const rand = prng(this.seed, mix(index ^ 0x50c0ffee));
    const publisher = pick(rand, ['Reuters', 'The Insider', 'OCCRP', 'Yonhap', 'Interfax', 'UN Panel']);
    const year = 2000 + Math.floor(rand() * 25);
    return {
      id: this.sourceId(index),
      title: `${publisher} ${pick(rand, ['report', 'investigation', 'dataset', 'filing'])} ${index}`,
      publisher,
      url: `https://example.org/sources/${index}`,
      publishedAt: `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`,
      kind: pick(rand, ['article', 'report', 'dataset', 'resolution']),
    };
  }

  entityType(index: number): EntityType {
    if (index < SUPERNODES) return 'Country';
    return entityType(prng(this.seed, mix(index))());
  }

  entity(index: number): EntityInput {
    const rand = prng(this.seed, mix(index));
    const type = index < SUPERNODES ? 'Country' : entityType(rand());
    const aliases: string[] = [];
    let name: string;
    const properties: EntityInput['properties'] = {};
    switch (type) {
      case 'Country':
        name = COUNTRIES[index] ?? `${cap(word(rand, 3))}ia`;
        aliases.push(cyrillic(name));
        break;
      case 'Person': {
        const given = pick(rand, GIVEN);
        const family = cap(word(rand, 2 + Math.floor(rand() * 2)));
        name = `${given} ${family}`;
        if (rand() < 0.5) aliases.push(cyrillic(name));
        if (rand() < 0.3) aliases.push(`${given.charAt(0)}. ${family}`);
        if (rand() < 0.2) properties.birthYear = 1940 + Math.floor(rand() * 60);
        break;
      }
      case 'Organization': {
        const core = `${cap(word(rand, 2))} ${pick(rand, ORG_WORDS)}`;
        name = `${core} ${pick(rand, ORG_FORMS)}`;
        if (rand() < 0.5) aliases.push(core);
        if (rand() < 0.3) aliases.push(cyrillic(core));
        if (rand() < 0.4) properties.registrationNumber = String(1e9 + Math.floor(rand() * 9e9));
        break;
      }
      case 'Place':
        name = `${cap(word(rand, 2))} ${pick(rand, PLACE_WORDS)}`;
        if (rand() < 0.4) aliases.push(cyrillic(name));
        break;
      case 'GovernmentBody':
        name = `${pick(rand, COUNTRIES)} ${pick(rand, BODY_WORDS)} ${index}`;
        break;
      case 'MilitaryUnit':
        name = `${1 + Math.floor(rand() * 999)}th ${pick(rand, ['Brigade', 'Regiment', 'Battalion'])} ${cap(word(rand, 2))}`;
        aliases.push(`Unit ${10_000 + Math.floor(rand() * 90_000)}`);
        break;
      case 'Event':
        name = `${cap(word(rand, 2))} ${pick(rand, EVENT_WORDS)} ${2000 + Math.floor(rand() * 25)}`;
        properties.date = `${2000 + Math.floor(rand() * 25)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
        break;
      default:
        name = `${pick(rand, DOC_WORDS)} ${cap(word(rand, 2))}-${Math.floor(rand() * 10_000)}`;
        break;
    }
    const evidence: EvidenceInput[] =
      rand() < 0.2
        ? [
            {
              source: this.sourceId(Math.floor(rand() * this.sourceCount)),
              quote: `${name} is named in the file.`,
            },
          ]
        : [];
    return {
      id: this.entityId(index),
      type,
      name,
      aliases,
      ...(rand() < 0.3 ? { description: `A ${type.toLowerCase()} in the benchmark case.` } : {}),
      properties,
      evidence,
    };
  }

  /**
   * A power-law choice of endpoint: u^3 concentrates picks on low indices (degree falls off like a
   * power of the rank), and the supernodes take a fixed 3% of all endpoints between them.
   */
  private endpoint(rand: () => number): number {
    const n = this.size.entities;
    if (rand() < 0.03) return Math.floor(rand() * SUPERNODES);
    const rank = Math.floor(n * rand() ** 3);
    // Scatter ranks over the id space so that hubs are not all neighbours in id order.
    return rank < SUPERNODES ? rank : SUPERNODES + (mix(rank) % (n - SUPERNODES));
  }

  /** The endpoints of relation `index`, without building the rest of it (for adjacency arrays). */
  endpoints(index: number): [number, number] {
    const rand = prng(this.seed ^ 0x7e1a7, mix(index));
    const from = this.endpoint(rand);
    let to = Math.floor(rand() * this.size.entities);
    if (rand() < 0.7) to = this.endpoint(rand);
    if (to === from) to = (to + 1) % this.size.entities;
    return [from, to];
  }

  relation(index: number): RelationInput {
    const [from, to] = this.endpoints(index);
    const rand = prng(this.seed ^ 0x5eed, mix(index));
    const type = this.relationTypeOf(rand());
    const relation: RelationInput = {
      id: `r${index.toString(36)}`,
      type,
      from: this.entityId(from),
      to: this.entityId(to),
      properties: {},
      status: status(rand()),
      evidence: [],
    };
    const dating = rand();
    const year = 1995 + Math.floor(rand() * 30);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    if (dating < 0.35) relation.date = `${year}-${month}-${day}`;
    else if (dating < 0.5) relation.date = `${year}-${month}`;
    else if (dating < 0.6) relation.date = String(year);
    else if (dating < 0.8) {
      relation.startDate = `${year}-${month}`;
      if (rand() < 0.6) relation.endDate = String(Math.min(2025, year + 1 + Math.floor(rand() * 5)));
    }
    if (type === 'PAID' || type === 'SUPPLIED') relation.properties.amount = Math.floor(rand() * 1e7);
    if (type === 'EMPLOYED_BY' || type === 'MEMBER_OF')
      relation.properties.role = pick(rand, ['director', 'engineer', 'driver', 'accountant', 'officer']);
    const quotes = rand() < 0.1 ? 2 : 1;
    for (let q = 0; q < quotes; q++)
      relation.evidence.push({
        source: this.sourceId(Math.floor(rand() * this.sourceCount)),
        quote: `${relation.from} ${type.toLowerCase().replaceAll('_', ' ')} ${relation.to}, according to records seen by reporters.`,
        ...(rand() < 0.5 ? { locator: `p. ${1 + Math.floor(rand() * 300)}` } : {}),
      });
    return relation;
  }

  /**
   * The graph as import chunks: sources, then entities, then relations, each chunk small enough
   * for a streaming import and large enough to amortise its statements.
   */
  *chunks(options: { entitiesPerChunk?: number; relationsPerChunk?: number } = {}): Generator<GraphFile> {
    const entitiesPerChunk = options.entitiesPerChunk ?? 10_000;
    const relationsPerChunk = options.relationsPerChunk ?? 20_000;
    const sources = Array.from({ length: this.sourceCount }, (_, i) => this.source(i));
    yield { sources, entities: [], relations: [] };
    for (let start = 0; start < this.size.entities; start += entitiesPerChunk) {
      const end = Math.min(this.size.entities, start + entitiesPerChunk);
      const entities: EntityInput[] = [];
      for (let i = start; i < end; i++) entities.push(this.entity(i));
      yield { sources: [], entities, relations: [] };
    }
    for (let start = 0; start < this.size.relations; start += relationsPerChunk) {
      const end = Math.min(this.size.relations, start + relationsPerChunk);
      const relations: RelationInput[] = [];
      for (let i = start; i < end; i++) relations.push(this.relation(i));
      yield { sources: [], entities: [], relations };
    }
  }

  /** Undirected adjacency in compressed sparse rows, for the in-memory breadth-first baseline. */
  adjacency(): { offsets: Int32Array; targets: Int32Array } {
    const n = this.size.entities;
    const m = this.size.relations;
    const from = new Int32Array(m);
    const to = new Int32Array(m);
    const degree = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) {
      const [a, b] = this.endpoints(i);
      from[i] = a;
      to[i] = b;
      degree[a]!++;
      degree[b]!++;
    }
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
    const fill = offsets.slice(0, n);
    const targets = new Int32Array(2 * m);
    for (let i = 0; i < m; i++) {
      const a = from[i]!;
      const b = to[i]!;
      targets[fill[a]!++] = b;
      targets[fill[b]!++] = a;
    }
    return { offsets, targets };
  }

  /** The entity index behind an id this generator made. */
  indexOf(id: string): number {
    return parseInt(id.slice(1), 36);
  }
}
