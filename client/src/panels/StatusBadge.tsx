/** A relation's status (reported, confirmed, denied, estimated) as a coloured badge; nothing when unstated. */

export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return null;
  return <span className={`status-badge status-${status}`}>{status}</span>;
}
