/**
 * The canvas in the URL: which entities, where, what is hidden or pinned, the filters and the layout,
 * so that a link reopens the same view. Stored in the fragment (never sent to the server), as
 * deflated JSON in base64url to keep links to a few hundred entities short enough to share.
 */
import type { RelationStatus } from '../generated/graphql.ts';
import { ALL_STATUSES, defaultFilters, isDefaultFilters, type Filters } from './filters.ts';
import type { GraphDoc, Position } from './graph-model.ts';
import { LAYOUTS, type LayoutName } from './view-slice.ts';

export interface ViewState {
  entityIds: string[];
  positions: Record<string, Position>;
  hidden: string[];
  pinned: string[];
  filters: Filters;
  layout: LayoutName;
  /** The source open in the details panel, if one is: a link can point at a source. */
  source?: string | null;
}

interface Encoded {
  v: 1;
  e: string[];
  /** Positions as [x, y], in the order of `e`; null where unknown. */
  p?: ([number, number] | null)[];
  h?: string[];
  pin?: string[];
  f?: Partial<Filters>;
  l?: LayoutName;
  /** The open source's id. */
  s?: string;
}

const PREFIX = '#view=';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export function viewOf(
  doc: GraphDoc,
  filters: Filters,
  layout: LayoutName,
  source: string | null = null,
): ViewState {
  return {
    entityIds: Object.keys(doc.entities),
    positions: { ...doc.positions },
    hidden: [...doc.hidden],
    pinned: [...doc.pinned],
    filters,
    layout,
    source,
  };
}

export async function encodeView(view: ViewState): Promise<string> {
  const encoded: Encoded = {
    v: 1,
    e: view.entityIds,
    p: view.entityIds.map((id) => {
      const p = view.positions[id];
      return p ? [Math.round(p.x), Math.round(p.y)] : null;
    }),
  };
  if (view.hidden.length) encoded.h = view.hidden;
  if (view.pinned.length) encoded.pin = view.pinned;
  if (!isDefaultFilters(view.filters) || view.filters.keepOrphans) encoded.f = view.filters;
  if (view.layout !== 'fcose') encoded.l = view.layout;
  if (view.source) encoded.s = view.source;
  const json = new TextEncoder().encode(JSON.stringify(encoded));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The id rule of the server (server/model/case-format.ts): anything else is not an id of ours. */
function sourceId(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/.test(value) ? value : null;
}

function sanitizeFilters(value: unknown): Filters {
  if (typeof value !== 'object' || value === null) return defaultFilters;
  const f = value as Record<string, unknown>;
  const date = (v: unknown) => (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : null);
  return {
    excludedEntityTypes: strings(f.excludedEntityTypes),
    excludedRelationTypes: strings(f.excludedRelationTypes),
    excludedStatuses: strings(f.excludedStatuses).filter((s): s is RelationStatus =>
      (ALL_STATUSES as readonly string[]).includes(s),
    ),
    excludedSources: strings(f.excludedSources),
    dateFrom: date(f.dateFrom),
    dateTo: date(f.dateTo),
    includeUndated: f.includeUndated !== false,
    keepOrphans: f.keepOrphans === true,
  };
}

/** Reads a view from a URL fragment; null when there is none or it cannot be read. */
export async function decodeView(hash: string): Promise<ViewState | null> {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const bytes = await pipe(
      fromBase64Url(hash.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Encoded>;
    if (parsed.v !== 1) return null;
    const entityIds = strings(parsed.e);
    const positions: Record<string, Position> = {};
    const p = Array.isArray(parsed.p) ? parsed.p : [];
    entityIds.forEach((id, i) => {
      const xy = p[i];
      if (Array.isArray(xy) && typeof xy[0] === 'number' && typeof xy[1] === 'number')
        positions[id] = { x: xy[0], y: xy[1] };
    });
    const layout = LAYOUTS.some((l) => l.name === parsed.l) ? (parsed.l as LayoutName) : 'fcose';
    return {
      entityIds,
      positions,
      hidden: strings(parsed.h),
      pinned: strings(parsed.pin),
      filters: sanitizeFilters(parsed.f),
      layout,
      source: sourceId(parsed.s),
    };
  } catch {
    return null;
  }
}
