/**
 * The bulk bar hands the selected customer ids to the composer in memory: a selection can hold
 * thousands of ids, too many for an address. Kept (not consumed) on read, so a re-mount (React's
 * strict mode, going back a step) finds the same recipients; the next hand-over replaces it.
 * After a reload it is gone, and the composer says so.
 */
let handedOver: readonly string[] | null = null;

export function handOverSelection(ids: readonly string[]): void {
  handedOver = [...ids];
}

export function handedOverSelection(): readonly string[] | null {
  return handedOver;
}
