/**
 * Hands the app's explorer (and through it the store and API client) to every panel. The store is
 * made by the caller and passed in, never created at module scope, so tests and benchmarks can mount
 * as many independent apps as they like.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Explorer } from './explorer.ts';
import type { RedstringState } from './store.ts';

const ExplorerContext = createContext<Explorer | null>(null);

export function ExplorerProvider({ explorer, children }: { explorer: Explorer; children: ReactNode }) {
  return <ExplorerContext.Provider value={explorer}>{children}</ExplorerContext.Provider>;
}

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer needs an <ExplorerProvider> above it');
  return explorer;
}

/** Reads a slice of the store; re-renders only when it changes (shallowly, so arrays and objects work). */
export function useRedstring<T>(selector: (state: RedstringState) => T): T {
  return useStore(useExplorer().store, useShallow(selector));
}
