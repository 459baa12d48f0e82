/**
 * Closes a popup (the top bar's overflow menu on a narrow screen) on a press outside it or Escape, the
 * way menus close everywhere else. A press inside a modal dialog opened from the popup (Import) does
 * not count as outside: the popup stays, so that focus has somewhere to return when the dialog closes.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';

export function useDismiss(open: boolean, within: RefObject<HTMLElement | null>, close: () => void): void {
  const onClose = useEffectEvent(close);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (within.current?.contains(target)) return;
      if (target instanceof Element && target.closest('dialog[open]')) return;
      onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      event.stopPropagation();
      onClose();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open, within]);
}
