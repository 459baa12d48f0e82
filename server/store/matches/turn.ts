/** Lets the event loop serve what is waiting (I/O, other requests) before long work goes on. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
