import { Box, Divider } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { DuplicateRowItem } from './DuplicateRowItem';
import type { DuplicateMatch } from './importProtocol';
import type { DuplicateAction, ReviewData } from './reviewModel';
import { defaultDuplicateAction } from './reviewModel';

interface DuplicateListProps {
  review: ReviewData;
  rows: number[];
  duplicates: ReadonlyMap<number, DuplicateMatch[]>;
  actions: ReadonlyMap<number, DuplicateAction>;
  onAction(row: number, action: DuplicateAction): void;
}

const ROW_HEIGHT = 58;

/** File rows that are already in the book, virtualised: re-importing a big export matches them all. */
export function DuplicateList({ review, rows, duplicates, actions, onAction }: DuplicateListProps) {
  const parentRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index] ?? index,
  });
  return (
    <Box ref={parentRef} mah={420} style={{ overflowY: 'auto' }} data-testid="import-duplicate-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const matches = duplicates.get(row) ?? [];
          return (
            <div
              key={item.key}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <DuplicateRowItem
                row={row}
                company={review.valid.get(row)?.company ?? ''}
                matches={matches}
                action={actions.get(row) ?? defaultDuplicateAction(matches)}
                onAction={onAction}
              />
              <Divider />
            </div>
          );
        })}
      </div>
    </Box>
  );
}
