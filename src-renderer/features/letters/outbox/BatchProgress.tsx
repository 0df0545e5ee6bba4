import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useBatchProgress } from '../../../data';
import { useFormatters } from '../../customers/list/useFormatters';

/**
 * The latest batch: sent, failed and uncertain as parts of one bar. It reads the outbox live, so
 * it moves while the sender works, whichever screen the salesperson was on meanwhile.
 */
export function BatchProgress({ batchId }: { batchId: string }) {
  const { t } = useTranslation('outbox');
  const fmt = useFormatters();
  const progress = useBatchProgress(batchId);
  if (!progress || progress.total === 0) return null;
  const { total, sent, failed, uncertain, cancelled, pending, done } = progress;
  const pct = (n: number) => (n / total) * 100;
  const handled = total - pending;
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="batch-progress"
      data-total={total}
      data-sent={sent}
      data-failed={failed}
      data-uncertain={uncertain}
      data-pending={pending}
      data-done={done}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            {done && <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />}
            <Text size="sm" fw={600}>
              {t('batch.title')}
              {done ? ` · ${t('batch.done')}` : ''}
            </Text>
          </Group>
          <Text size="sm" data-testid="batch-progress-label">
            {t('batch.progress', { done: fmt.number(handled), total: fmt.number(total) })}
          </Text>
        </Group>
        <Progress.Root size="lg">
          <Progress.Section value={pct(sent)} color="teal" />
          <Progress.Section value={pct(uncertain)} color="orange" />
          <Progress.Section value={pct(failed)} color="red" />
          <Progress.Section value={pct(cancelled)} color="gray" />
        </Progress.Root>
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t('batch.counts', {
              sent: fmt.number(sent),
              pending: fmt.number(pending),
              failed: fmt.number(failed),
              uncertain: fmt.number(uncertain),
            })}
          </Text>
          {!done && (
            <Text size="xs" c="dimmed">
              {t('batch.keepsGoing')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
