import { Checkbox, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookSort } from '../../../../../src-shared/segment';
import { COLUMNS, defaultDirection } from './columns';
import classes from './Table.module.css';

interface Props {
  sort: BookSort;
  onSort(sort: BookSort): void;
  total: number;
  /** Formatted total, for the select-all label. */
  totalLabel: string;
  selectedCount: number;
  allSelected: boolean;
  onSelectAll(): void;
  onClearSelection(): void;
}

export function TableHeader({ sort, onSort, total, totalLabel, selectedCount, allSelected, onSelectAll, onClearSelection }: Props) {
  const { t } = useTranslation(['list', 'customer']);
  return (
    <div className={`${classes.header} ${classes.grid}`} role="row" aria-rowindex={1}>
      {COLUMNS.map((column) => {
        if (column.id === 'select') {
          return (
            <div key="select" role="columnheader" className={classes.cell}>
              <Checkbox
                size="xs"
                checked={allSelected}
                indeterminate={selectedCount > 0 && !allSelected}
                disabled={total === 0}
                onChange={() => (allSelected ? onClearSelection() : onSelectAll())}
                aria-label={t('list:table.selectAll', { count: total, formatted: totalLabel })}
                title={t('list:table.selectAll', { count: total, formatted: totalLabel })}
                data-testid="select-all"
              />
            </div>
          );
        }
        const label = t(column.label ?? '');
        const sortKey = column.sortKey;
        if (!sortKey) {
          const label2 = column.label2 ? t(column.label2) : null;
          return (
            <div key={column.id} role="columnheader" className={classes.cell} title={label2 ? `${label} / ${label2}` : label}>
              <div className={classes.headerText}>{label}</div>
              {label2 && <div className={`${classes.headerText} ${classes.headerSecond}`}>{label2}</div>}
            </div>
          );
        }
        const active = sort.key === sortKey;
        const Arrow = sort.dir === 'asc' ? IconArrowUp : IconArrowDown;
        return (
          <div
            key={column.id}
            role="columnheader"
            className={classes.cell}
            aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <UnstyledButton
              className={classes.sortButton}
              data-active={active || undefined}
              onClick={() =>
                onSort(active ? { key: sortKey, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key: sortKey, dir: defaultDirection(sortKey) })
              }
              title={t('list:table.sortBy', { column: label })}
              data-testid={`sort-header-${sortKey}`}
            >
              <span className={classes.sortLabel}>{label}</span>
              {active && <Arrow size={12} style={{ flex: 'none' }} aria-hidden />}
            </UnstyledButton>
          </div>
        );
      })}
    </div>
  );
}
