/**
 * The GraphQL enum `GraphFormat` is the registry's list of formats (server/formats) spelled as
 * GraphQL enum values: `un-sanctions` is `UN_SANCTIONS`. The spelling is derived here rather than
 * listed a second time. The enum's resolver and codegen.ts's `enumValues` both read this table, and
 * import-export-resolvers.ts fails to type-check when the SDL enum and the registry differ.
 */
import { GRAPH_FORMATS, type GraphFormat } from '../formats/types.ts';

/** `un-sanctions` → `UN_SANCTIONS`, as a type. */
type EnumName<F extends string> = F extends `${infer Head}-${infer Tail}`
  ? `${Uppercase<Head>}_${EnumName<Tail>}`
  : Uppercase<F>;

/** The name of each format's value in the GraphQL enum. */
export type GraphFormatEnumName = EnumName<GraphFormat>;

/** Enum value name → format, for every format of the registry. */
export type GraphFormatEnumValues = { readonly [F in GraphFormat as EnumName<F>]: F };

function enumName<F extends GraphFormat>(format: F): EnumName<F> {
  // The same rule as EnumName, at run time; the cast is where the two meet.
  return format.toUpperCase().replaceAll('-', '_') as EnumName<F>;
}

export const GRAPH_FORMAT_ENUM_VALUES = Object.freeze(
  Object.fromEntries(GRAPH_FORMATS.map((format) => [enumName(format), format])),
) as GraphFormatEnumValues;
