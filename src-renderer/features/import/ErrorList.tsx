import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { ErrorRowItem } from './ErrorRowItem';
import type { ColumnMapping } from './importProtocol';
import type { ReviewData } from './reviewModel';

interface ErrorListProps {
  review: ReviewData;
  rows: number[];
  mapping: ColumnMapping;
  checkingRows: ReadonlySet<number>;
  onFix(row: number, column: number, value: string): void;
}

/** Rows with errors, virtualised: a bad export can have tens of thousands of them. */
export function ErrorList({ review, rows, mapping, checkingRows, onFix }: ErrorListProps) {
  const parentRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => rows[index] ?? index,
  });
  return (
    <Box ref={parentRef} mah={480} style={{ overflowY: 'auto' }} data-testid="import-error-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)`, paddingBottom: 8 }}
            >
              <ErrorRowItem
                row={row}
                errors={review.errors.get(row) ?? []}
                cells={review.cells.get(row) ?? []}
                mapping={mapping}
                checking={checkingRows.has(row)}
                onFix={onFix}
              />
            </div>
          );
        })}
      </div>
    </Box>
  );
}
