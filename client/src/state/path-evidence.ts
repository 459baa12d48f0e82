/**
 * "Why are these two connected": a path card's evidence, step by step (each relation in the order the
 * path walks it, with its quotes and their sources), and the same as Markdown that a journalist can
 * paste into notes, every quote verbatim and every source cited.
 */
import type { RelationStatus } from '../generated/graphql.ts';
import { dateText } from './date-text.ts';
import { pathText, stepArrow, type PathCard, type PathStep } from './path-cards.ts';
import { webHref } from './web-link.ts';

export interface CitedSourceData {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface QuotedEvidence {
  quote: string;
  locator: string | null;
  source: CitedSourceData;
}

/** A relation of the path as the API gives it, with its evidence. */
export interface EvidencedRelation {
  id: string;
  type: string;
  status: RelationStatus | null;
  date: string | null;
  startDate: string | null;
  endDate: string | null;
  evidence: readonly QuotedEvidence[];
}

/** One relation of a step: how the path walks it, and what the API says of it (null: not found). */
export interface WhyRelation {
  step: PathStep;
  relation: EvidencedRelation | null;
}

/** One step of the path: between two named entities, the relation (or parallel relations) it takes. */
export interface WhyStep {
  from: string;
  to: string;
  relations: readonly WhyRelation[];
}

/** The card's steps in path order, each with the relations the API gave for it. */
export function whySteps(
  card: PathCard,
  relations: ReadonlyMap<string, EvidencedRelation | null>,
): WhyStep[] {
  return card.steps.map((options, i) => ({
    from: card.names[i] ?? '',
    to: card.names[i + 1] ?? '',
    relations: options.map((step) => ({ step, relation: relations.get(step.relation) ?? null })),
  }));
}

/** "Kim Jong Un —LEADS→ North Korea": one relation, read the way the path walks it. */
export function relationLine(step: WhyStep, relation: WhyRelation): string {
  return `${step.from} ${stepArrow(relation.step)} ${step.to}`;
}

/** Who published a source and when: "The Insider, 2025-05". */
export function sourceByline(source: CitedSourceData): string {
  return [source.publisher, source.publishedAt].filter(Boolean).join(', ');
}

/** Every source the path's evidence cites, once each, in the order they first appear. */
export function citedSources(steps: readonly WhyStep[]): CitedSourceData[] {
  const byId = new Map<string, CitedSourceData>();
  for (const step of steps)
    for (const { relation } of step.relations)
      for (const e of relation?.evidence ?? []) if (!byId.has(e.source.id)) byId.set(e.source.id, e.source);
  return [...byId.values()];
}

/**
 * A source's address in Markdown: a web address as an autolink, anything else as text in a code span
 * (never a link: a pasted note must not make a `javascript:` address clickable).
 */
function addressMarkdown(url: string | null): string {
  if (!url) return '';
  const href = webHref(url);
  return href ? ` <${href}>` : ` (address: \`${url.replace(/`/g, "'")}\`)`;
}

function citation(e: QuotedEvidence): string {
  const byline = sourceByline(e.source);
  const where = e.locator ? `, ${e.locator}` : '';
  return `Source: ${e.source.title}${byline ? ` (${byline})` : ''}${where}.${addressMarkdown(e.source.url)}`;
}

/**
 * The quote as a Markdown blockquote. The words are copied as they are, not escaped: the note must
 * hold exactly what the source says, even where that means a stray `*` renders as emphasis.
 */
function blockquote(quote: string): string {
  return quote
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function relationMarkdown(step: WhyStep, r: WhyRelation): string[] {
  // The step's heading names its relation; parallel relations of one step each need their own name.
  const lines = step.relations.length > 1 ? [`**${relationLine(step, r)}**`, ''] : [];
  const rel = r.relation;
  if (!rel) return [...lines, `_The relation ${r.step.relation} is no longer in the case._`, ''];
  const facts = [
    `status: ${rel.status ?? 'not stated'}`,
    `date: ${dateText(rel) ?? 'undated'}`,
    `id: ${rel.id}`,
  ];
  lines.push(facts.join(' · '), '');
  if (rel.evidence.length === 0) return [...lines, '_No quote supports this relation._', ''];
  for (const e of rel.evidence) lines.push(blockquote(e.quote), '', citation(e), '');
  return lines;
}

export interface ExportContext {
  caseName: string;
  exportedAt: Date;
}

/** The whole explanation as Markdown: the chain, each step with its quotes and sources, the sources. */
export function whyConnectedMarkdown(
  card: PathCard,
  steps: readonly WhyStep[],
  context: ExportContext,
): string {
  const first = card.names[0] ?? '';
  const last = card.names[card.names.length - 1] ?? '';
  const lines = [
    `# Why are ${first} and ${last} connected?`,
    '',
    pathText(card),
    '',
    `${card.length} ${card.length === 1 ? 'step' : 'steps'} · case “${context.caseName}” · exported from Redstring on ${context.exportedAt.toISOString().slice(0, 10)}`,
    '',
  ];
  steps.forEach((step, i) => {
    const arrows = step.relations.map((r) => stepArrow(r.step)).join(' or ');
    lines.push(`## ${i + 1}. ${step.from} ${arrows} ${step.to}`, '');
    for (const r of step.relations) lines.push(...relationMarkdown(step, r));
  });
  const sources = citedSources(steps);
  lines.push('## Sources', '');
  if (sources.length === 0) lines.push('_No source supports this path._');
  sources.forEach((s, i) => {
    const byline = sourceByline(s);
    lines.push(`${i + 1}. ${s.title}${byline ? `. ${byline}` : ''}.${addressMarkdown(s.url)}`);
  });
  return `${lines.join('\n')}\n`;
}
