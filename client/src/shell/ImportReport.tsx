/**
 * What an import did (or, for a dry run, would do): records created, changed, unchanged and removed
 * per kind, and the first of its warnings. `children` adds a word below the table (where it went).
 */
import type { ReactNode } from 'react';
import type { ImportJobFieldsFragment } from '../generated/graphql.ts';

export type ImportReport = NonNullable<ImportJobFieldsFragment['report']>;

/** Warnings listed; the rest are counted. */
const WARNINGS_SHOWN = 20;

function Counts({ label, counts }: { label: string; counts: ImportReport['entities'] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{counts.created}</td>
      <td>{counts.updated}</td>
      <td>{counts.unchanged}</td>
      <td>{counts.deleted}</td>
    </tr>
  );
}

export function ImportReportView({ report, children }: { report: ImportReport; children?: ReactNode }) {
  return (
    <section
      className="import-report"
      aria-label={report.dryRun ? 'What the import would change' : 'What the import changed'}
    >
      <h3>
        {report.dryRun ? 'The import would change' : 'Imported'}
        {report.format ? ` (${report.format})` : ''}
      </h3>
      <table>
        <thead>
          <tr>
            <th />
            <th scope="col">new</th>
            <th scope="col">changed</th>
            <th scope="col">same</th>
            <th scope="col">removed</th>
          </tr>
        </thead>
        <tbody>
          <Counts label="Entities" counts={report.entities} />
          <Counts label="Relations" counts={report.relations} />
          <Counts label="Sources" counts={report.sources} />
        </tbody>
      </table>
      {children}
      {report.warnings.length > 0 && (
        <ul className="warnings">
          {report.warnings.slice(0, WARNINGS_SHOWN).map((w) => (
            <li key={w}>{w}</li>
          ))}
          {report.warnings.length > WARNINGS_SHOWN && (
            <li>… and {report.warnings.length - WARNINGS_SHOWN} more</li>
          )}
        </ul>
      )}
    </section>
  );
}
