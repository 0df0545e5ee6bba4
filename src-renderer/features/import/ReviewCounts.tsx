import { Loader, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ReviewCountsProps {
  valid: number;
  withErrors: number;
  duplicates: number | null;
}

function Stat({ label, value, color, testId }: { label: string; value: ReactNode; color: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** The review at a glance: ready, with errors, already in the book. */
export function ReviewCounts({ valid, withErrors, duplicates }: ReviewCountsProps) {
  const { t, i18n } = useTranslation('import');
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <Stat label={t('review.countValid')} value={n.format(valid)} color="teal" testId="import-count-valid" />
      <Stat label={t('review.countErrors')} value={n.format(withErrors)} color={withErrors > 0 ? 'red' : 'dimmed'} testId="import-count-errors" />
      <Stat
        label={t('review.countDuplicates')}
        value={duplicates === null ? <Loader size="sm" aria-label={t('review.checkingDuplicates')} /> : n.format(duplicates)}
        color={duplicates ? 'orange' : 'dimmed'}
        testId="import-count-duplicates"
      />
    </SimpleGrid>
  );
}
