import { useMemo } from 'react';
import type { Customer } from '../../../../../src-shared/customer/customer';
import { useCustomersWindow } from '../../../../data';

/** Records are fetched in aligned blocks, so scrolling a few rows does not start a new query. */
const BLOCK = 50;

/**
 * The records for the rows on screen (plus a block either side). Only these few dozen customers
 * are ever read from the book, however long the list is.
 */
export function useRowWindow(ids: readonly string[], firstVisible: number, lastVisible: number): Map<string, Customer> {
  const from = Math.max(0, (Math.floor(firstVisible / BLOCK) - 1) * BLOCK);
  const to = Math.min(ids.length, (Math.floor(lastVisible / BLOCK) + 2) * BLOCK);
  const windowIds = useMemo(() => ids.slice(from, to), [ids, from, to]);
  return useCustomersWindow(windowIds);
}
