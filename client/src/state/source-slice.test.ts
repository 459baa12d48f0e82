import { describe, expect, it } from 'vitest';
import { createRedstringStore } from './store.ts';

describe('the open source', () => {
  it('opens over the focused details, and closing it leaves them as they were', () => {
    const store = createRedstringStore();
    store.getState().setFocus({ kind: 'entity', id: 'kim-jong-un' });
    store.getState().showSource('the-insider');
    expect(store.getState().shownSource).toBe('the-insider');
    // Showing one of its facts on the canvas selects it, and the source stays open.
    store.getState().select([], ['kim.leads.nk']);
    expect(store.getState().shownSource).toBe('the-insider');
    store.getState().showSource(null);
    expect(store.getState().shownSource).toBeNull();
    expect(store.getState().focus).toEqual({ kind: 'entity', id: 'kim-jong-un' });
  });

  it('closes when the investigator looks at something else (tap, search result), and with the case', () => {
    const store = createRedstringStore();
    store.getState().showSource('the-insider');
    store.getState().setFocus({ kind: 'relation', id: 'kim.leads.nk' });
    expect(store.getState().shownSource).toBeNull();

    store.getState().showSource('the-insider');
    store.getState().select(['kim-jong-un'], [], { kind: 'entity', id: 'kim-jong-un' });
    expect(store.getState().shownSource).toBeNull();

    store.getState().showSource('the-insider');
    store.getState().switchCase({ id: 'other', status: 'loading' });
    expect(store.getState().shownSource).toBeNull();
  });
});
