import { Button, Menu } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookSort } from '../../../../src-shared/segment';
import { defaultDirection, SORT_KEYS } from './table/columns';

interface Props {
  sort: BookSort;
  onChange(sort: BookSort): void;
}

/** Every sort the book offers, including those without a column (created, updated). */
export function SortMenu({ sort, onChange }: Props) {
  const { t } = useTranslation('list');
  const Arrow = sort.dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconArrowsSort size={16} />}
          rightSection={<Arrow size={14} />}
          data-testid="sort-menu"
          aria-label={t('sort.current', { key: t(`sort.key.${sort.key}`), dir: t(`sort.${sort.dir}`) })}
        >
          {t(`sort.key.${sort.key}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('sort.menu')}</Menu.Label>
        {SORT_KEYS.map((key) => (
          <Menu.Item
            key={key}
            leftSection={sort.key === key ? <IconCheck size={14} /> : <span style={{ width: 14 }} />}
            onClick={() => onChange({ key, dir: sort.key === key ? sort.dir : defaultDirection(key) })}
            data-testid={`sort-${key}`}
          >
            {t(`sort.key.${key}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        {(['asc', 'desc'] as const).map((dir) => (
          <Menu.Item
            key={dir}
            leftSection={sort.dir === dir ? <IconCheck size={14} /> : <span style={{ width: 14 }} />}
            onClick={() => onChange({ ...sort, dir })}
          >
            {t(`sort.${dir}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
