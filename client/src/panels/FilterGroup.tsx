/**
 * One group of filters, which folds away: its title is a button (aria-expanded) that shows or hides
 * the group, and the group stays as the investigator left it (folded-groups.ts). The title's action
 * (All / None) stays beside it, outside the button, since a button cannot hold another.
 */
import { useId, useState, type ReactNode } from 'react';
import { browserStorage } from '../state/last-views.ts';
import { foldedGroups, setGroupFolded } from '../state/folded-groups.ts';

export function FilterGroup({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  const bodyId = useId();
  const [folded, setFolded] = useState(() => foldedGroups(browserStorage()).has(title));
  return (
    <fieldset className="filter-group">
      <legend>
        <button
          type="button"
          className="group-toggle"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={() => setFolded(setGroupFolded(browserStorage(), title, !folded).has(title))}
        >
          <span className="chevron" aria-hidden="true" />
          {title}
        </button>
        {!folded && action}
      </legend>
      <div id={bodyId} hidden={folded}>
        {children}
      </div>
    </fieldset>
  );
}
