import { Card, Center, Divider, Loader, Stack, Text, Title } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../../src-shared/customer/customer';
import { deleteInteraction, useTimeline } from '../../../data';
import { describeError } from '../../../app/describeError';
import { TimelineComposer } from './TimelineComposer';
import { TimelineEntry } from './TimelineEntry';
import { useNow } from './useNow';

/** The customer's history, newest first, with a box to add a note or log a call. */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation(['customerPage', 'common']);
  const entries = useTimeline(customerId);
  const now = useNow(60_000).getTime();
  const sorted = entries ? [...entries].sort((a, b) => b.at - a.at) : undefined;

  const confirmDelete = (entry: Interaction) =>
    openConfirmModal({
      title: t('timeline.deleteTitle'),
      children: <Text size="sm">{t('timeline.deleteBody')}</Text>,
      labels: { confirm: t('common:actions.delete'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'timeline-delete-confirm' },
      onConfirm: () => {
        deleteInteraction(entry.id).catch((err: unknown) =>
          notifications.show({ color: 'red', title: t('timeline.deleteFailed'), message: describeError(err, t) }),
        );
      },
    });

  return (
    <Card withBorder padding="md" data-testid="customer-timeline">
      <Title order={4} mb="sm">
        {t('timeline.title')}
      </Title>
      <TimelineComposer customerId={customerId} />
      <Divider my="md" />
      {!sorted && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {sorted && sorted.length === 0 && (
        <Stack align="center" gap={4} py="md" data-testid="timeline-empty">
          <IconTimeline size={28} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text size="sm" fw={500}>
            {t('timeline.emptyTitle')}
          </Text>
          <Text size="xs" c="dimmed" ta="center" maw={260}>
            {t('timeline.emptyBody')}
          </Text>
        </Stack>
      )}
      {sorted && sorted.length > 0 && (
        <Stack gap="md">
          {sorted.map((entry) => (
            <TimelineEntry key={entry.id} entry={entry} now={now} onDelete={confirmDelete} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
