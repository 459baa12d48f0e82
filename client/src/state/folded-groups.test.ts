/** The filter groups folded away, remembered in the browser's storage (folded-groups.ts). */
import { describe, expect, it } from 'vitest';
import { FOLDED_GROUPS_KEY, foldedGroups, setGroupFolded } from './folded-groups.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, v: string) => void items.set(key, v),
  };
}

describe('folded filter groups', () => {
  it('are remembered across readers, and unfolding forgets one', () => {
    const storage = memoryStorage();
    expect([...foldedGroups(storage)]).toEqual([]);
    setGroupFolded(storage, 'Sources', true);
    setGroupFolded(storage, 'Status', true);
    expect([...foldedGroups(storage)].sort()).toEqual(['Sources', 'Status']);
    expect([...setGroupFolded(storage, 'Status', false)]).toEqual(['Sources']);
    expect([...foldedGroups(storage)]).toEqual(['Sources']);
  });

  it('read as none folded from unreadable storage, and survive storage that refuses writes', () => {
    expect([...foldedGroups(memoryStorage({ [FOLDED_GROUPS_KEY]: '{not json' }))]).toEqual([]);
    expect([...foldedGroups(null)]).toEqual([]);
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect([...setGroupFolded(refusing, 'Sources', true)]).toEqual(['Sources']);
  });
});
