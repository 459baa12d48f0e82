/**
 * The controls of the panel drawers on a narrow screen (use-panel-drawers.ts): the buttons in the top
 * bar that open them, and the heading with a close button at the top of each drawer. The stylesheet
 * shows both on narrow screens only; on a wide screen the panels are columns and need neither.
 */
import { DRAWER_CLOSE_ID, type PanelDrawer, type PanelDrawers } from './use-panel-drawers.ts';

const DRAWER_LABEL: Record<PanelDrawer, string> = { side: 'Filters', details: 'Details' };
const DRAWER_ID: Record<PanelDrawer, string> = { side: 'side-drawer', details: 'details-drawer' };

export function drawerId(drawer: PanelDrawer): string {
  return DRAWER_ID[drawer];
}

export function PanelButtons({ drawers }: { drawers: PanelDrawers }) {
  return (
    <div className="panel-buttons">
      {(['side', 'details'] as const).map((drawer) => (
        <button
          key={drawer}
          type="button"
          aria-expanded={drawers.open === drawer}
          aria-controls={DRAWER_ID[drawer]}
          onClick={() => drawers.toggle(drawer)}
        >
          {DRAWER_LABEL[drawer]}
        </button>
      ))}
    </div>
  );
}

export function DrawerHead({
  drawer,
  title,
  onClose,
}: {
  drawer: PanelDrawer;
  title: string;
  onClose(): void;
}) {
  return (
    <div className="drawer-head">
      <h2>{title}</h2>
      <button
        type="button"
        id={DRAWER_CLOSE_ID[drawer]}
        className="icon-button"
        aria-label={`Close ${title.toLowerCase()}`}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
