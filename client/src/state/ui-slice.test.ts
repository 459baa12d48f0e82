import { describe, expect, it } from 'vitest';
import {
  begin,
  dismiss,
  end,
  initialUi,
  notify,
  NOTICES_SHOWN,
  setBottomTab,
  setContextMenu,
  setHelpOpen,
  setSideTab,
} from './ui-slice.ts';

describe('the UI slice', () => {
  it('counts requests in flight, never below zero', () => {
    const two = begin(begin(initialUi));
    expect(two.pending).toBe(2);
    expect(end(two).pending).toBe(1);
    expect(end(end(end(two))).pending).toBe(0);
  });

  it('numbers notices, says a repeated text once, and shows only the newest few', () => {
    let s = notify(initialUi, 'info', 'one');
    s = notify(s, 'error', 'two');
    expect(s.notices).toEqual([
      { id: 1, kind: 'info', text: 'one' },
      { id: 2, kind: 'error', text: 'two' },
    ]);
    s = notify(s, 'info', 'one');
    expect(s.notices).toEqual([
      { id: 2, kind: 'error', text: 'two' },
      { id: 3, kind: 'info', text: 'one' },
    ]);
    for (let i = 0; i < NOTICES_SHOWN + 2; i++) s = notify(s, 'info', `n${i}`);
    expect(s.notices.map((n) => n.text)).toEqual(
      Array.from({ length: NOTICES_SHOWN }, (_, i) => `n${i + 2}`),
    );
  });

  it('dismisses a notice by id', () => {
    const s = notify(notify(initialUi, 'info', 'one'), 'info', 'two');
    expect(dismiss(s, 1).notices).toEqual([{ id: 2, kind: 'info', text: 'two' }]);
    expect(dismiss(s, 99).notices).toEqual(s.notices);
  });

  it('opens tabs, the help and the context menu', () => {
    expect(initialUi).toMatchObject({
      sideTab: 'filters',
      bottomTab: null,
      helpOpen: false,
      contextMenu: null,
    });
    expect(setSideTab(initialUi, 'paths').sideTab).toBe('paths');
    expect(setBottomTab(initialUi, 'console').bottomTab).toBe('console');
    expect(setBottomTab(setBottomTab(initialUi, 'console'), null).bottomTab).toBeNull();
    expect(setHelpOpen(initialUi, true).helpOpen).toBe(true);
    const menu = { entityId: 'a', x: 10, y: 20 };
    expect(setContextMenu(initialUi, menu).contextMenu).toBe(menu);
    expect(setContextMenu(setContextMenu(initialUi, menu), null).contextMenu).toBeNull();
  });
});
