/**
 * The main search: pick a hit to put it on the canvas (with its links to what is there already);
 * Shift+Enter also expands it. `/` focuses it from anywhere.
 */
import { forwardRef } from 'react';
import { toCanvasEntity } from '../state/graph-model.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';
import { EntityCombobox, type EntityComboboxHandle } from './EntityCombobox.tsx';

export const SearchBox = forwardRef<EntityComboboxHandle>(function SearchBox(_props, ref) {
  const explorer = useExplorer();
  return (
    <EntityCombobox
      ref={ref}
      className="search-box"
      label="Search entities"
      placeholder="Search people, places, organisations…  ( / )"
      hint="Enter adds to the canvas · Shift+Enter adds and expands"
      onPick={(hit, { shiftKey }) => {
        const entity = toCanvasEntity(hit.entity);
        void explorer.addEntities([entity]).then(() => {
          if (shiftKey) void explorer.expand([entity.id]);
        });
      }}
    />
  );
});
