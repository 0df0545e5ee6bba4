import { Button, Center, Group, Loader, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { isOverdue, useInquiryCounts, useInquiryQueue } from '../../../data';
import { useFormatters } from '../../customers/list/useFormatters';
import { useNow } from '../../customers/page/useNow';
import { InboxTable } from './InboxTable';
import { useArchived } from './useArchived';

export type InboxFilter = 'all' | 'unqualified' | 'overdue' | 'archived';

const FILTERS: readonly InboxFilter[] = ['all', 'unqualified', 'overdue', 'archived'];

/** #/inquiries[?show=unqualified|overdue]: what to answer first, unqualified ones on top. */
export function InboxScreen({ show }: { show: string | null }) {
  const { t } = useTranslation(['inquiries', 'common']);
  const fmt = useFormatters();
  const now = useNow(30_000).getTime();
  const queue = useInquiryQueue();
  const counts = useInquiryCounts();
  const filter: InboxFilter = FILTERS.includes(show as InboxFilter) ? (show as InboxFilter) : 'all';
  const archived = useArchived(filter === 'archived');

  if (queue === undefined) {
    return (
      <Center h="50vh">
        <Loader />
      </Center>
    );
  }
  const shown =
    filter === 'unqualified'
      ? queue.filter((q) => q.status === 'new')
      : filter === 'overdue'
        ? queue.filter((q) => isOverdue(q, now))
        : filter === 'archived'
          ? (archived ?? [])
          : queue;
  return (
    <Stack gap="sm" data-testid="inquiries-screen">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Title order={2} size="h3">
            {t('inbox.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('inbox.subtitle')}
          </Text>
        </Stack>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/inquiries/new')} data-testid="inquiry-add">
          {t('inbox.add')}
        </Button>
      </Group>
      {queue.length === 0 && filter !== 'archived' ? (
        <Center py="xl" data-testid="inquiries-empty">
          <Stack align="center" gap="sm" maw={480}>
            <ThemeIcon size={56} radius="xl" variant="light">
              <IconInbox size={30} />
            </ThemeIcon>
            <Title order={3} size="h4">
              {t('inbox.empty.title')}
            </Title>
            <Text c="dimmed" ta="center" size="sm">
              {t('inbox.empty.body')}
            </Text>
            <Button variant="light" onClick={() => navigate('/inquiries/new')}>
              {t('inbox.add')}
            </Button>
          </Stack>
        </Center>
      ) : (
        <>
          <SegmentedControl
            w="fit-content"
            size="xs"
            value={filter}
            onChange={(v) => navigate(v === 'all' ? '/inquiries' : `/inquiries?show=${v}`)}
            data={[
              { value: 'all', label: t('inbox.filter.all', { formatted: fmt.number(queue.length) }) },
              { value: 'unqualified', label: t('inbox.filter.unqualified', { formatted: fmt.number(counts?.unqualified ?? 0) }) },
              { value: 'overdue', label: t('inbox.filter.overdue', { formatted: fmt.number(counts?.overdue ?? 0) }) },
              { value: 'archived', label: t('inbox.filter.archived') },
            ]}
            data-testid="inquiries-filter"
          />
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed" py="md" data-testid="inquiries-filter-empty">
              {t(`inbox.filterEmpty.${filter}`)}
            </Text>
          ) : (
            <InboxTable inquiries={shown} now={now} />
          )}
        </>
      )}
    </Stack>
  );
}
