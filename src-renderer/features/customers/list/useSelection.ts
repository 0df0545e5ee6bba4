import { useCallback, useMemo, useState } from 'react';

export interface Selection {
  /** Selected ids that are in the current result; hidden ones never take part in bulk actions. */
  selected: ReadonlySet<string>;
  count: number;
  allSelected: boolean;
  isSelected(id: string): boolean;
  /** Click on a row's checkbox; with shift, the range from the last click takes the same state. */
  toggle(index: number, withShift: boolean): void;
  selectAll(): void;
  clear(): void;
  /** The selected ids in the list's order, so exports follow the sort on screen. */
  orderedIds(): string[];
}

interface State {
  resetKey: string;
  ids: Set<string>;
  anchor: number | null;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Selection over the whole result (not only the rows on screen). It resets when `resetKey`
 * (the filter) changes, so a delete never reaches customers the salesperson can no longer see.
 */
export function useSelection(ids: readonly string[], resetKey: string): Selection {
  const [state, setState] = useState<State>({ resetKey, ids: new Set(), anchor: null });
  if (state.resetKey !== resetKey) {
    // Reset during render (React's documented pattern) instead of an effect: no stale frame.
    setState({ resetKey, ids: new Set(), anchor: null });
  }

  const hasAny = state.ids.size > 0;
  const resultIds = useMemo(() => (hasAny ? new Set(ids) : null), [ids, hasAny]);
  // A bulk edit can move rows out of the filter; they leave the selection with them.
  const selected = useMemo<ReadonlySet<string>>(() => {
    if (!resultIds) return EMPTY;
    let allIn = true;
    for (const id of state.ids) if (!resultIds.has(id)) allIn = false;
    return allIn ? state.ids : new Set([...state.ids].filter((id) => resultIds.has(id)));
  }, [state.ids, resultIds]);

  const toggle = useCallback(
    (index: number, withShift: boolean) => {
      setState((s) => {
        const id = ids[index];
        if (id === undefined) return s;
        const next = new Set(s.ids);
        const on = !next.has(id);
        const from = withShift && s.anchor !== null ? Math.min(s.anchor, index) : index;
        const to = withShift && s.anchor !== null ? Math.max(s.anchor, index) : index;
        for (let i = from; i <= to; i++) {
          const rowId = ids[i];
          if (rowId === undefined) continue;
          if (on) next.add(rowId);
          else next.delete(rowId);
        }
        return { ...s, ids: next, anchor: index };
      });
    },
    [ids],
  );
  const selectAll = useCallback(() => setState((s) => ({ ...s, ids: new Set(ids), anchor: null })), [ids]);
  const clear = useCallback(() => setState((s) => ({ ...s, ids: new Set(), anchor: null })), []);
  const isSelected = useCallback((id: string) => selected.has(id), [selected]);
  const orderedIds = useCallback(() => ids.filter((id) => selected.has(id)), [ids, selected]);

  return {
    selected,
    count: selected.size,
    allSelected: ids.length > 0 && selected.size === ids.length,
    isSelected,
    toggle,
    selectAll,
    clear,
    orderedIds,
  };
}
