/**
 * The identifiers an entity carries in its properties, as matching across cases compares them:
 * the FollowTheMoney identifier properties (as ftm.ts imports them, under their FtM names) and the
 * UN list's reference numbers (un-sanctions.ts). Only properties that identify one thing are
 * listed: classification codes (okvedCode, sector, NACE), which many entities share, are not.
 */
export const IDENTIFIER_PROPERTIES: ReadonlySet<string> = new Set([
  // FtM LegalEntity, Company, Person, Vessel, ...
  'registrationNumber',
  'idNumber',
  'passportNumber',
  'taxNumber',
  'vatCode',
  'innCode',
  'ogrnCode',
  'okpoCode',
  'kppCode',
  'leiCode',
  'dunsCode',
  'uniqueEntityId',
  'npiCode',
  'cageCode',
  'permId',
  'swiftBic',
  'bikCode',
  'isinCode',
  'ricCode',
  'figiCode',
  'cikCode',
  'irsCode',
  'ipoCode',
  'voenCode',
  'icijId',
  'wikidataId',
  'socialSecurityNumber',
  'imoNumber',
  'mmsi',
  'callSign',
  'iban',
  'accountNumber',
  // UN Security Council Consolidated List: KPi.033, QDe.090, ...
  'referenceNumber',
]);

export interface Identifier {
  property: string;
  /** As stored. */
  value: string;
  /** Upper case letters and digits only: "kpi.033" and "KPi 033" are one number. */
  key: string;
}

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const ZEROS = /^0+$/;

/**
 * The identifier key of a value, or null when it identifies too little to be trusted: fewer than
 * four letters and digits, no digit at all (a word, "unknown", "N/A"), or only zeros.
 */
export function identifierKey(value: string): string | null {
  const key = value.normalize('NFKC').toUpperCase().replace(NOT_ALNUM, '');
  if (key.length < 4 || !DIGIT.test(key) || ZEROS.test(key)) return null;
  return key;
}

/** The identifiers among an entity's properties (a property may hold a list of them). */
export function identifiersOf(properties: Readonly<Record<string, unknown>>): Identifier[] {
  const found: Identifier[] = [];
  for (const [property, raw] of Object.entries(properties)) {
    if (!IDENTIFIER_PROPERTIES.has(property)) continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const text = String(value);
      const key = identifierKey(text);
      if (key !== null) found.push({ property, value: text, key });
    }
  }
  return found;
}
