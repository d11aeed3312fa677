/** Resolves after the event loop has run what was waiting (a macrotask, not a microtask). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
