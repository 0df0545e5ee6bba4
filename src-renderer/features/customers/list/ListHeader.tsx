import { Badge, Button, Group, Skeleton, Text, Title } from '@mantine/core';
import { IconFileImport, IconUserPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { useFormatters } from './useFormatters';

interface Props {
  /** The segment's name, or null for all customers. */
  segmentName: string | null;
  total: number;
  /** The whole book, shown beside a filtered total ("37 of 12,345"). */
  bookSize: number | undefined;
  filtered: boolean;
  loading: boolean;
  /** Export, placed with the other file actions. */
  exportButton: ReactNode;
}

export function ListHeader({ segmentName, total, bookSize, filtered, loading, exportButton }: Props) {
  const { t } = useTranslation('list');
  const fmt = useFormatters();
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" align="baseline" wrap="nowrap" style={{ minWidth: 0 }}>
        <Title order={2} size="h3" lineClamp={1} title={segmentName ?? undefined} data-testid="list-title">
          {segmentName ?? t('title')}
        </Title>
        {segmentName !== null && (
          <Badge variant="light" style={{ flex: 'none' }}>
            {t('segmentLabel')}
          </Badge>
        )}
        {loading ? (
          <Skeleton height={16} width={96} />
        ) : (
          <Text c="dimmed" style={{ flex: 'none', whiteSpace: 'nowrap' }} aria-live="polite">
            <span data-testid="total-count">{t('count', { count: total, formatted: fmt.number(total) })}</span>
            {filtered && bookSize !== undefined && bookSize !== total && (
              <Text span size="sm" c="dimmed" ml={6}>
                {t('ofBook', { formatted: fmt.number(bookSize) })}
              </Text>
            )}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
        {exportButton}
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={() => navigate('/customers/import')}
          data-testid="import-button"
        >
          {t('actions.import')}
        </Button>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => navigate('/customers/new')} data-testid="new-customer">
          {t('actions.newCustomer')}
        </Button>
      </Group>
    </Group>
  );
}
