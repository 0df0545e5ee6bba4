import { useVirtualizer } from '@tanstack/react-virtual';
import type { CSSProperties, KeyboardEvent } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookSort } from '../../../../../src-shared/segment';
import { navigate } from '../../../../app/router';
import type { Selection } from '../useSelection';
import { GRID_TEMPLATE, ROW_HEIGHT } from './columns';
import { CustomerRow, RowPlaceholder } from './CustomerRow';
import { TableHeader } from './TableHeader';
import classes from './Table.module.css';
import { useRowFormat } from './useRowFormat';
import { useRowWindow } from './useRowWindow';

const OVERSCAN = 8;
const SKELETON_ROWS = 10;

interface Props {
  ids: readonly string[];
  isLoading: boolean;
  sort: BookSort;
  onSort(sort: BookSort): void;
  selection: Selection;
  totalLabel: string;
  /** Changes with the filter and sort: the list then starts again from the top. */
  resetKey: string;
  initialScrollTop: number;
  onScrolled(scrollTop: number): void;
}

const openCustomer = (id: string) => navigate(`/customers/${encodeURIComponent(id)}`);

export function CustomerTable(props: Props) {
  const { ids, isLoading, sort, onSort, selection, totalLabel, resetKey, initialScrollTop, onScrolled } = props;
  const { t } = useTranslation('list');
  const scroller = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusPending, setFocusPending] = useState(false);
  const format = useRowFormat();

  // The build does not run the React Compiler, so nothing memoises around the virtualiser.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialOffset: initialScrollTop,
    getItemKey: (index) => ids[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const customers = useRowWindow(ids, first, last);

  // The active row may lie past the end after a delete or a new filter.
  const active = Math.min(activeIndex, Math.max(0, ids.length - 1));
  const activeRendered = items.some((i) => i.index === active);

  // Back from a customer: return to where the salesperson was, once the ids are there.
  // A new filter or sort: start from the top.
  const scrollPlan = useRef({ key: resetKey, restored: initialScrollTop === 0 });
  useEffect(() => {
    const plan = scrollPlan.current;
    if (plan.key !== resetKey) {
      plan.key = resetKey;
      plan.restored = true;
      virtualizer.scrollToOffset(0);
    } else if (!plan.restored && ids.length > 0) {
      plan.restored = true;
      virtualizer.scrollToOffset(initialScrollTop);
    }
  }, [resetKey, ids.length, initialScrollTop, virtualizer]);

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(ids.length - 1, index));
      setActiveIndex(next);
      setFocusPending(true);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [ids.length, virtualizer],
  );

  // Focus the row once the virtualiser has rendered it.
  useEffect(() => {
    if (!focusPending) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusPending(false);
    }
  }, [focusPending, active, first, last]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (ids.length === 0) return;
    // Space and Enter on the row's own checkbox keep their native meaning.
    if (e.target instanceof HTMLInputElement && (e.key === ' ' || e.key === 'Enter')) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: ids.length - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const id = ids[active];
      if (id) openCustomer(id);
    } else if (e.key === ' ') {
      e.preventDefault();
      selection.toggle(active, e.shiftKey);
    }
  };

  const gridStyle = { '--list-grid': GRID_TEMPLATE } as CSSProperties;
  return (
    <div className={classes.frame} style={gridStyle} role="grid" aria-label={t('table.label')} aria-rowcount={ids.length + 1} data-testid="customer-table">
      <TableHeader
        sort={sort}
        onSort={onSort}
        total={ids.length}
        totalLabel={totalLabel}
        selectedCount={selection.count}
        allSelected={selection.allSelected}
        onSelectAll={selection.selectAll}
        onClearSelection={selection.clear}
      />
      <div
        ref={scroller}
        className={classes.scroller}
        onKeyDown={onKeyDown}
        onScroll={(e) => onScrolled(e.currentTarget.scrollTop)}
        // Tab must always reach the list: when the active row is scrolled away, the list itself
        // takes focus and hands it to the first row on screen.
        tabIndex={activeRendered ? -1 : 0}
        onFocus={(e) => {
          if (e.target !== e.currentTarget || ids.length === 0) return;
          const top = e.currentTarget.scrollTop;
          moveTo(items.find((i) => i.start >= top)?.index ?? first);
        }}
        role="rowgroup"
        data-testid="customer-table-body"
      >
        {isLoading && ids.length === 0 ? (
          Array.from({ length: SKELETON_ROWS }, (_, i) => (
            <div key={i} className={`${classes.row} ${classes.grid}`} style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }} aria-hidden>
              <div className={classes.cell} />
              <RowPlaceholder />
            </div>
          ))
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const id = ids[item.index];
              if (id === undefined) return null;
              return (
                <CustomerRow
                  key={item.key}
                  id={id}
                  index={item.index}
                  customer={customers.get(id)}
                  start={item.start}
                  selected={selection.selected.has(id)}
                  tabStop={item.index === active}
                  format={format}
                  onToggle={selection.toggle}
                  onOpen={openCustomer}
                  onFocusRow={setActiveIndex}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
