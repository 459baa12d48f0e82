/**
 * Which attribute of a foreign node or edge plays which role: the name, the type, the aliases. A
 * GraphML, GEXF or Cytoscape file names these as its authors liked (`label`, `station_name`,
 * `node_type`, `interaction`, `data_type`), and Cytoscape desktop writes its own `name` column,
 * often a code. The rules below pick the attribute that says the most to a reader, in an order
 * docs/formats.md ("Mapping rules") documents; the import report shows what they picked.
 */
import { toEntityType, toRelationType } from './naming.ts';

/** Attribute names compared without case, spaces or punctuation: `Edge Label` is `edgelabel`. */
export const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Attributes of one element, by their names in the file, already typed. */
export type Attributes = Map<string, unknown>;

/** One attribute that may fill a role, with its value as text. */
export interface Candidate {
  /** The attribute's name in the file, or the format's own label (`label`, `yFiles label`). */
  attribute: string;
  /** True when the value comes from an attribute (consumed when chosen), false for the format's label. */
  isAttribute: boolean;
  text: string;
  /** Found by the end of its name only (`Modularity Class`): passed over without a word when unusable. */
  guessed?: boolean;
}

/** Keys that name the element outright, best first. */
const NAME_KEYS = ['name'];
/** Keys that label it, after the format's own label. */
const LABEL_KEYS = ['label', 'title'];
/** More keys that hold a display name in files in the wild (Cytoscape's COMMON, yEd's caption). */
const MORE_NAME_KEYS = ['displayname', 'caption', 'commonname', 'common', 'canonicalname', 'sharedname'];
/** A key that ends so holds some name (`station_name`, `gene_name`, `FullName`, `node_label`). */
const NAME_SUFFIXES = ['name', 'label', 'title'];

/** Keys that hold an entity type, best first; a Redstring export writes the first. */
const ENTITY_TYPE_KEYS = ['type', 'entitytype', 'nodetype', 'kind', 'category', 'class', 'schema'];
const OWN_ENTITY_TYPE_KEYS = ['type', 'entitytype', 'kind'];
/** Keys that hold a relation type, best first; Cytoscape and SIF call it `interaction`. */
const RELATION_TYPE_KEYS = [
  'type',
  'relationtype',
  'relationship',
  'relation',
  'interaction',
  'edgetype',
  'kind',
];
const OWN_RELATION_TYPE_KEYS = ['type', 'relationtype', 'relationship', 'interaction', 'kind'];
/** Keys tried after the edge's label: a category is a weaker hint than a label. */
const RELATION_CATEGORY_KEYS = ['category', 'class'];
/** A key that ends so holds a type of some kind (`node_type`, `data_type`, `shared_interaction`). */
const TYPE_SUFFIXES = ['type', 'kind', 'category', 'class'];
const RELATION_TYPE_SUFFIXES = [...TYPE_SUFFIXES, 'interaction'];

export const ALIAS_KEYS = ['aliases'];
/** Further keys that hold other names of an entity in foreign files. */
export const MORE_ALIAS_KEYS = ['alias', 'aka', 'synonym', 'synonyms', 'othernames'];
export const OWN_EDGE_LABEL_KEYS = ['label', 'edgelabel'];

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/gu;

/**
 * True when a value reads as a name rather than a code: it has a letter, and it is not an
 * identifier such as `9934001`, `H__sapiens__1_-Hs:5285773` or `Q21198745` (no space, and joined
 * by `_`, `:` or `|`, or more digits than letters).
 */
export function looksLikeName(text: string): boolean {
  if (!LETTER.test(text)) return false;
  if (/\s/.test(text)) return true;
  if (/\d/.test(text) && /[_:|]/.test(text)) return false;
  const digits = text.match(DIGIT)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return digits <= letters;
}

/**
 * True when a type can be made of the text without losing what it says: it has a letter and every
 * letter is Latin, so `physical interactions` passes and `JR山手線` (which would become `JR`) or
 * `99301` (which would become `R_99301`) do not. The pattern of types only allows ASCII.
 */
function typeable(text: string): boolean {
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return /[A-Za-z]/.test(folded) && !/[^\P{L}A-Za-z]/u.test(folded);
}

const asText = (value: unknown): string | null =>
  typeof value === 'string'
    ? value.trim() === ''
      ? null
      : value
    : typeof value === 'number'
      ? String(value)
      : null;

/** Attributes whose normalised name is one of `keys`, in the order of `keys`. */
function byKeys(attrs: Attributes, keys: readonly string[], consumed: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const key of keys)
    for (const [attribute, value] of attrs) {
      const text = asText(value);
      if (!consumed.has(attribute) && norm(attribute) === key && text !== null)
        out.push({ attribute, isAttribute: true, text });
    }
  return out;
}

/** Attributes whose normalised name ends with one of `suffixes` (and is not in `except`), in file order. */
function bySuffix(
  attrs: Attributes,
  suffixes: readonly string[],
  except: readonly string[],
  consumed: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const [attribute, value] of attrs) {
    const key = norm(attribute);
    const text = asText(value);
    if (consumed.has(attribute) || except.includes(key) || text === null) continue;
    if (suffixes.some((suffix) => key.endsWith(suffix) && key !== suffix))
      out.push({ attribute, isAttribute: true, text, guessed: true });
  }
  return out;
}

export interface NameChoice {
  name: Candidate | null;
  /** The first candidate, when it was passed over as a code: it becomes an alias. */
  code: Candidate | null;
}

/**
 * The name of a node: the first of `name`, the format's label, `label`, `title`, ... that reads as
 * a name; when the first is a code (`9934001`) and a later one reads as a name (`station_name`
 * 東京), the later one is the name and the code an alias. A file Redstring wrote is read as written.
 */
export function chooseName(
  attrs: Attributes,
  formatLabel: string | null | undefined,
  consumed: ReadonlySet<string>,
  own: boolean,
): NameChoice {
  const label: Candidate[] = formatLabel?.trim()
    ? [{ attribute: 'label', isAttribute: false, text: formatLabel }]
    : [];
  const candidates = [
    ...byKeys(attrs, NAME_KEYS, consumed),
    ...label,
    ...byKeys(attrs, LABEL_KEYS, consumed),
    ...(own
      ? []
      : [
          ...byKeys(attrs, MORE_NAME_KEYS, consumed),
          ...bySuffix(attrs, NAME_SUFFIXES, [...NAME_KEYS, ...LABEL_KEYS, ...MORE_NAME_KEYS], consumed),
        ]),
  ];
  const first = candidates[0] ?? null;
  if (own || first === null || looksLikeName(first.text)) return { name: first, code: null };
  const better = candidates.find((c) => looksLikeName(c.text) && c.text !== first.text);
  return better ? { name: better, code: first } : { name: first, code: null };
}

export interface TypeChoice {
  type: string | null;
  from: Candidate | null;
  /** Candidates that were passed over because no type can be made of them. */
  refused: Candidate[];
}

function firstTypeable(
  candidates: readonly Candidate[],
  convert: (text: string) => string | null,
): TypeChoice {
  const refused: Candidate[] = [];
  for (const candidate of candidates) {
    const type = typeable(candidate.text) ? convert(candidate.text) : null;
    if (type) return { type, from: candidate, refused };
    refused.push(candidate);
  }
  return { type: null, from: null, refused };
}

/** The entity type: the first type-like attribute whose value makes a type (`node_type` result -> `Result`). */
export function chooseEntityType(attrs: Attributes, consumed: ReadonlySet<string>, own: boolean): TypeChoice {
  if (own) return firstTypeable(byKeys(attrs, OWN_ENTITY_TYPE_KEYS, consumed).slice(0, 1), toEntityType);
  return firstTypeable(
    [
      ...byKeys(attrs, ENTITY_TYPE_KEYS, consumed),
      ...bySuffix(attrs, TYPE_SUFFIXES, ENTITY_TYPE_KEYS, consumed),
    ],
    toEntityType,
  );
}

/**
 * The relation type: a type-like attribute (`interaction` pp -> `PP`), else the edge's label
 * (`Nice edge` -> `NICE_EDGE`), else a category or an attribute named like a type (`data_type`
 * Co-expression -> `CO_EXPRESSION`). A code (`99301`) or text in another script makes no type.
 */
export function chooseRelationType(
  attrs: Attributes,
  label: Candidate | null,
  consumed: ReadonlySet<string>,
  own: boolean,
): TypeChoice {
  if (own)
    return firstTypeable(
      [...byKeys(attrs, OWN_RELATION_TYPE_KEYS, consumed).slice(0, 1), ...(label ? [label] : [])],
      toRelationType,
    );
  const explicit = byKeys(attrs, RELATION_TYPE_KEYS, consumed);
  return firstTypeable(
    [
      ...explicit,
      ...(label ? [label] : []),
      ...byKeys(attrs, RELATION_CATEGORY_KEYS, consumed),
      ...bySuffix(
        attrs,
        RELATION_TYPE_SUFFIXES,
        [...RELATION_TYPE_KEYS, ...RELATION_CATEGORY_KEYS],
        consumed,
      ),
    ],
    toRelationType,
  );
}

/** Every attribute whose normalised name is one of `keys`, with its value. */
export function allByKeys(
  attrs: Attributes,
  keys: readonly string[],
  consumed: ReadonlySet<string>,
): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const key of keys)
    for (const [attribute, value] of attrs)
      if (
        !consumed.has(attribute) &&
        norm(attribute) === key &&
        value !== null &&
        value !== undefined &&
        value !== ''
      )
        out.push([attribute, value]);
  return out;
}
