import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from './importProtocol';
import type { DuplicateAction } from './reviewModel';

interface DuplicateRowItemProps {
  row: number;
  company: string;
  matches: DuplicateMatch[];
  action: DuplicateAction;
  onAction(row: number, action: DuplicateAction): void;
}

/** A file row that matches customers in the book, and what to do with it. */
export function DuplicateRowItem({ row, company, matches, action, onAction }: DuplicateRowItemProps) {
  const { t } = useTranslation(['import', 'customer']);
  const unnamed = t('customer:unnamed');
  const options = [
    ...matches.map((m) => ({ value: `merge:${m.id}`, label: t('duplicates.mergeInto', { company: m.company || unnamed }) })),
    { value: 'new', label: t('duplicates.addNew') },
    { value: 'skip', label: t('duplicates.leaveOut') },
  ];
  const first = matches[0];
  return (
    <Group gap="sm" wrap="nowrap" align="center" py={6} data-testid={`dup-row-${row}`}>
      <Badge variant="light" color="orange" style={{ flexShrink: 0 }}>
        {t('review.rowNumber', { row })}
      </Badge>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500} truncate="end" title={company}>
          {company || unnamed}
        </Text>
        {first && (
          <Text size="xs" c="dimmed" truncate="end" title={first.company}>
            {t('duplicates.matches', {
              company: first.company || unnamed,
              reasons: first.reasons.map((r) => t(`duplicates.reason.${r}`)).join(t('duplicates.reasonSeparator')),
              count: matches.length,
            })}
          </Text>
        )}
      </Stack>
      <Select
        w={280}
        style={{ flexShrink: 0 }}
        size="sm"
        data={options}
        value={action}
        allowDeselect={false}
        aria-label={t('duplicates.actionFor', { row })}
        onChange={(v) => v && onAction(row, v as DuplicateAction)}
        data-testid={`dup-action-${row}`}
      />
    </Group>
  );
}
