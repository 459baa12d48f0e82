/**
 * The UN Security Council Consolidated List (https://scsanctions.un.org/resources/xml/en/consolidated.xml):
 * every listed individual becomes a Person and every listed entity an Organization, with aliases
 * and listing data, `DESIGNATED_BY` the committee that listed it and `LISTED_UNDER` its sanctions
 * regime (from the two letters that start the reference number: `KPi.033` -> DPRK, 1718
 * Committee). The list itself, dated by `dateGenerated`, is the source of every fact. Streamed.
 * Import only.
 */
import { inputName } from './input.ts';
import { cleanAliases, cleanName, mapId, shortHash, toPartialDate } from './naming.ts';
import {
  FormatError,
  type FormatImporter,
  type ImportRecord,
  type RawEvidence,
  type RawSource,
} from './types.ts';
import { readXml } from './xml.ts';

interface Regime {
  /** The regime as the list names it in UN_LIST_TYPE. */
  list: string;
  subject: string;
  /** The resolution that established the committee. */
  resolution: string;
  committee: string;
  /** What the committee is usually called. */
  short: string;
}

/**
 * Reference-number prefixes of the list: https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list
 * names the committees; the letters are the list's own.
 */
const REGIMES: Readonly<Record<string, Regime>> = {
  KP: {
    list: 'DPRK',
    subject: "the Democratic People's Republic of Korea",
    resolution: '1718 (2006)',
    committee: 'Security Council Committee established pursuant to resolution 1718 (2006)',
    short: '1718 Committee',
  },
  QD: {
    list: 'Al-Qaida',
    subject: "ISIL (Da'esh) and Al-Qaida",
    resolution: '1267 (1999)',
    committee:
      "Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da'esh), Al-Qaida and associated individuals, groups, undertakings and entities",
    short: "ISIL (Da'esh) and Al-Qaida Sanctions Committee",
  },
  TA: {
    list: 'Taliban',
    subject: 'the Taliban',
    resolution: '1988 (2011)',
    committee: 'Security Council Committee established pursuant to resolution 1988 (2011)',
    short: '1988 Sanctions Committee',
  },
  IQ: {
    list: 'Iraq',
    subject: 'Iraq',
    resolution: '1518 (2003)',
    committee: 'Security Council Committee established pursuant to resolution 1518 (2003)',
    short: '1518 Sanctions Committee',
  },
  IR: {
    list: 'Iran',
    subject: 'Iran',
    resolution: '1737 (2006)',
    committee: 'Security Council Committee established pursuant to resolution 1737 (2006)',
    short: '1737 Committee',
  },
  CD: {
    list: 'DRC',
    subject: 'the Democratic Republic of the Congo',
    resolution: '1533 (2004)',
    committee:
      'Security Council Committee established pursuant to resolution 1533 (2004) concerning the Democratic Republic of the Congo',
    short: '1533 Sanctions Committee',
  },
  LY: {
    list: 'Libya',
    subject: 'Libya',
    resolution: '1970 (2011)',
    committee: 'Security Council Committee established pursuant to resolution 1970 (2011) concerning Libya',
    short: '1970 Sanctions Committee',
  },
  SO: {
    list: 'Somalia',
    subject: 'Somalia and Al-Shabaab',
    resolution: '751 (1992)',
    committee: 'Security Council Committee pursuant to resolution 751 (1992) concerning Somalia',
    short: '751 Sanctions Committee',
  },
  CF: {
    list: 'CAR',
    subject: 'the Central African Republic',
    resolution: '2127 (2013)',
    committee:
      'Security Council Committee established pursuant to resolution 2127 (2013) concerning the Central African Republic',
    short: '2127 Sanctions Committee',
  },
  GB: {
    list: 'GB',
    subject: 'Guinea-Bissau',
    resolution: '2048 (2012)',
    committee: 'Security Council Committee established pursuant to resolution 2048 (2012)',
    short: '2048 Sanctions Committee',
  },
  YE: {
    list: 'Yemen',
    subject: 'Yemen',
    resolution: '2140 (2014)',
    committee: 'Security Council Committee established pursuant to resolution 2140 (2014)',
    short: '2140 Sanctions Committee',
  },
  ML: {
    list: 'Mali',
    subject: 'Mali',
    resolution: '2374 (2017)',
    committee: 'Security Council Committee established pursuant to resolution 2374 (2017) concerning Mali',
    short: '2374 Sanctions Committee',
  },
  SS: {
    list: 'SouthSudan',
    subject: 'South Sudan',
    resolution: '2206 (2015)',
    committee:
      'Security Council Committee established pursuant to resolution 2206 (2015) concerning South Sudan',
    short: '2206 Sanctions Committee',
  },
  SD: {
    list: 'Sudan',
    subject: 'the Sudan',
    resolution: '1591 (2005)',
    committee:
      'Security Council Committee established pursuant to resolution 1591 (2005) concerning the Sudan',
    short: '1591 Sanctions Committee',
  },
  HT: {
    list: 'Haiti',
    subject: 'Haiti',
    resolution: '2653 (2022)',
    committee: 'Security Council Committee established pursuant to resolution 2653 (2022) concerning Haiti',
    short: '2653 Sanctions Committee',
  },
};

const LIST_URL = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml';

interface Entry {
  tag: 'INDIVIDUAL' | 'ENTITY';
  line: number;
  /** Leaf children and the VALUE items of list children, by tag. */
  fields: Map<string, string[]>;
  /** Structured children (aliases, addresses, dates and places of birth, documents). */
  groups: Map<string, Record<string, string>[]>;
}

const join = (...parts: (string | undefined)[]) =>
  parts
    .map((p) => p?.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');

function describeDocument(d: Record<string, string>): string {
  const what = join(d.TYPE_OF_DOCUMENT, d.TYPE_OF_DOCUMENT2).replace(', ', ' / ');
  const issued = join(d.ISSUING_COUNTRY, d.COUNTRY_OF_ISSUE, d.CITY_OF_ISSUE, d.DATE_OF_ISSUE);
  return [what, d.NUMBER?.trim(), issued ? `(${issued})` : '', d.NOTE ? `- ${d.NOTE.trim()}` : '']
    .filter(Boolean)
    .join(' ');
}

function describeBirthDate(d: Record<string, string>): string {
  const value =
    d.DATE ?? d.YEAR ?? (d.FROM_YEAR || d.TO_YEAR ? `${d.FROM_YEAR ?? ''}-${d.TO_YEAR ?? ''}` : '');
  const kind = d.TYPE_OF_DATE && d.TYPE_OF_DATE !== 'EXACT' ? `${d.TYPE_OF_DATE.toLowerCase()} ` : '';
  return `${kind}${value}${d.NOTE ? ` (${d.NOTE.trim()})` : ''}`.trim();
}

export const unSanctionsImporter: FormatImporter = {
  format: 'un-sanctions',
  danglingEdges: 'error',
  placeholderType: 'Thing',
  async *read(inputs, context) {
    for (const input of inputs) {
      const file = inputName(input);
      yield* readXml<ImportRecord>(input, context, (emit) => {
        let source: RawSource | null = null;
        let entry: Entry | null = null;
        let group: Record<string, string> | null = null;
        const emitted = new Set<string>();
        let sawRoot = false;

        const regimeRecords = (prefix: string, listType: string, evidence: RawEvidence[]) => {
          const regime: Regime | undefined = REGIMES[prefix];
          const regimeId = regime
            ? `un-sanctions-${prefix.toLowerCase()}`
            : mapId(`un-sanctions-${listType.toLowerCase()}`);
          const committeeId = regime ? `un-sc-committee-${regime.resolution.split(' ')[0]}` : null;
          if (!emitted.has(regimeId)) {
            emitted.add(regimeId);
            emit({
              kind: 'entity',
              at: `UN_LIST_TYPE ${listType}`,
              value: {
                id: regimeId,
                type: 'SanctionsRegime',
                name: regime
                  ? `UN sanctions on ${regime.subject} (resolution ${regime.resolution})`
                  : `UN sanctions: ${listType}`,
                aliases: [`${listType} sanctions`],
                properties: {
                  unListType: listType,
                  referencePrefix: prefix,
                  ...(regime ? { resolution: regime.resolution } : {}),
                },
                evidence,
              },
            });
            if (!regime)
              context.warn(
                `regime:${prefix}`,
                `reference numbers starting "${prefix}" (UN_LIST_TYPE ${listType}) name no committee Redstring knows; entries are linked to the regime only`,
              );
          }
          if (regime && committeeId && !emitted.has(committeeId)) {
            emitted.add(committeeId);
            emit({
              kind: 'entity',
              at: `UN_LIST_TYPE ${listType}`,
              value: {
                id: committeeId,
                type: 'GovernmentBody',
                name: regime.committee,
                aliases: [regime.short],
                properties: { resolution: regime.resolution },
                evidence,
              },
            });
            emit({
              kind: 'relation',
              at: `UN_LIST_TYPE ${listType}`,
              value: {
                id: `${committeeId}-administers-${prefix.toLowerCase()}`,
                type: 'ADMINISTERS',
                from: committeeId,
                to: regimeId,
                evidence,
              },
            });
          }
          return { regimeId, committeeId };
        };

        const finish = (e: Entry) => {
          const at = `<${e.tag}> (line ${e.line})`;
          const one = (tag: string) => e.fields.get(tag)?.[0]?.trim() || undefined;
          const many = (tag: string) => (e.fields.get(tag) ?? []).map((v) => v.trim()).filter(Boolean);
          const groups = (suffix: string) => e.groups.get(`${e.tag}_${suffix}`) ?? [];
          const reference = one('REFERENCE_NUMBER');
          const dataId = one('DATAID');
          if (!reference && !dataId)
            throw new FormatError(
              file,
              at,
              'REFERENCE_NUMBER',
              'an entry needs a REFERENCE_NUMBER or a DATAID',
            );
          const parts =
            e.tag === 'INDIVIDUAL'
              ? ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
              : ['FIRST_NAME'];
          const name = cleanName(parts.map(one).filter(Boolean).join(' ')) || reference || dataId!;
          const listType = one('UN_LIST_TYPE') ?? 'unknown';
          const prefix = (reference ?? '').slice(0, 2).toUpperCase() || listType.slice(0, 2).toUpperCase();
          const listedOn = one('LISTED_ON');
          const locator = `${reference ?? ''}${dataId ? ` (DATAID ${dataId})` : ''}`.trim();
          const evidence: RawEvidence[] = source
            ? [
                {
                  source: source.id,
                  quote: `${reference ?? dataId}: ${name}${listedOn ? `, listed on ${listedOn}` : ''}`,
                  locator,
                },
              ]
            : [];
          const { regimeId, committeeId } = regimeRecords(
            prefix,
            listType,
            source ? [{ source: source.id, quote: `UN_LIST_TYPE ${listType}` }] : [],
          );
          const aliasGroups = groups('ALIAS');
          const aliasNames = aliasGroups.map((g) => g.ALIAS_NAME ?? '').filter((n) => n.trim());
          const weak = aliasGroups
            .filter((g) => g.QUALITY === 'Low' && g.ALIAS_NAME?.trim())
            .map((g) => g.ALIAS_NAME!.trim());
          const properties: Record<string, string | string[]> = {};
          const put = (key: string, value: string | string[] | undefined) => {
            if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') return;
            properties[key] = value;
          };
          put('referenceNumber', reference);
          put('dataId', dataId);
          put('unListType', listType);
          put('listedOn', listedOn);
          put('versionNum', one('VERSIONNUM'));
          put('gender', one('GENDER'));
          put('designation', many('DESIGNATION'));
          put('title', many('TITLE'));
          put('nationality', many('NATIONALITY'));
          put('listType', many('LIST_TYPE'));
          put('lastDayUpdated', many('LAST_DAY_UPDATED'));
          put('submittedBy', many('SUBMITTED_BY'));
          put('submittedOn', many('SUBMITTED_ON'));
          put('weakAliases', weak);
          put('datesOfBirth', groups('DATE_OF_BIRTH').map(describeBirthDate).filter(Boolean));
          put(
            'placesOfBirth',
            groups('PLACE_OF_BIRTH')
              .map((p) => join(p.CITY, p.STATE_PROVINCE, p.COUNTRY) + (p.NOTE ? ` (${p.NOTE.trim()})` : ''))
              .filter(Boolean),
          );
          put(
            'addresses',
            groups('ADDRESS')
              .map(
                (a) =>
                  join(a.STREET, a.CITY, a.STATE_PROVINCE, a.ZIP_CODE, a.COUNTRY) +
                  (a.NOTE ? ` (${a.NOTE.trim()})` : ''),
              )
              .filter((a) => a.trim()),
          );
          put('documents', groups('DOCUMENT').map(describeDocument).filter(Boolean));
          const id = mapId(`un-${reference ?? `dataid-${dataId}`}`);
          const comments = one('COMMENTS1');
          // The list's fields are fixed; the report still says where each one went.
          context.mapped('entity', e.tag, 'type', e.tag === 'INDIVIDUAL' ? 'Person' : 'Organization');
          context.mapped('entity', parts.filter((p) => one(p)).join('+') || 'REFERENCE_NUMBER', 'name', name);
          if (aliasNames.length) context.mapped('entity', 'ALIAS_NAME', 'aliases', aliasNames[0]);
          if (many('NAME_ORIGINAL_SCRIPT').length)
            context.mapped('entity', 'NAME_ORIGINAL_SCRIPT', 'aliases', many('NAME_ORIGINAL_SCRIPT')[0]);
          if (comments) context.mapped('entity', 'COMMENTS1', 'description', comments);
          if (listedOn) context.mapped('relation', 'LISTED_ON', 'date', listedOn);
          emit({
            kind: 'entity',
            at,
            value: {
              id,
              type: e.tag === 'INDIVIDUAL' ? 'Person' : 'Organization',
              name,
              aliases: cleanAliases([...aliasNames, ...many('NAME_ORIGINAL_SCRIPT')], name),
              ...(comments ? { description: comments.replace(/\s+$/, '') } : {}),
              properties,
              evidence,
            },
          });
          const date = listedOn ? toPartialDate(listedOn) : null;
          const listing = {
            ...(date ? { date } : {}),
            properties: { ...(reference ? { referenceNumber: reference } : {}) },
            evidence,
          };
          emit({
            kind: 'relation',
            at,
            value: { id: `${id}-listed-under`, type: 'LISTED_UNDER', from: id, to: regimeId, ...listing },
          });
          if (committeeId)
            emit({
              kind: 'relation',
              at,
              value: {
                id: `${id}-designated-by`,
                type: 'DESIGNATED_BY',
                from: id,
                to: committeeId,
                ...listing,
              },
            });
        };

        return {
          open(element, parents) {
            const depth = parents.length;
            if (depth === 0) {
              sawRoot = true;
              if (element.name !== 'CONSOLIDATED_LIST')
                throw new FormatError(
                  file,
                  'line 1',
                  null,
                  `not a UN consolidated list: the root element is <${element.name}>`,
                );
              const generated = element.attributes.dateGenerated;
              const day = generated ? toPartialDate(generated) : null;
              if (!day)
                context.warn('dateGenerated', 'the list has no dateGenerated; its source is not dated');
              source = {
                id: day ? `un-sc-consolidated-list-${day}` : `un-sc-consolidated-list-${shortHash(file, 8)}`,
                title: `UN Security Council Consolidated List${day ? ` (generated ${day})` : ''}`,
                publisher: 'United Nations Security Council',
                url: LIST_URL,
                ...(day ? { publishedAt: day } : {}),
                kind: 'dataset',
              };
              emit({ kind: 'source', value: source, at: 'line 1' });
            } else if (depth === 2 && (element.name === 'INDIVIDUAL' || element.name === 'ENTITY')) {
              entry = { tag: element.name, line: element.line, fields: new Map(), groups: new Map() };
            } else if (
              depth === 3 &&
              entry &&
              /_(ALIAS|ADDRESS|DATE_OF_BIRTH|PLACE_OF_BIRTH|DOCUMENT)$/.test(element.name)
            ) {
              group = {};
              const list = entry.groups.get(element.name) ?? [];
              list.push(group);
              entry.groups.set(element.name, list);
            }
          },
          close(element, text, parents) {
            const depth = parents.length;
            if (!entry) return;
            if (depth === 2 && element.name === entry.tag) {
              finish(entry);
              entry = null;
            } else if (depth === 3) {
              if (group === null && text.trim()) {
                const list = entry.fields.get(element.name) ?? [];
                list.push(text);
                entry.fields.set(element.name, list);
              }
              group = null;
            } else if (depth === 4) {
              const container = parents[3]!.name;
              if (element.name === 'VALUE') {
                if (text.trim()) {
                  const list = entry.fields.get(container) ?? [];
                  list.push(text);
                  entry.fields.set(container, list);
                }
              } else if (group && text.trim()) group[element.name] = text.trim();
            }
          },
          end() {
            if (!sawRoot) throw new FormatError(file, 'line 1', null, 'not a UN consolidated list');
          },
        };
      });
    }
  },
};
