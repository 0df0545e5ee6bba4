import { Button, Center, Group, Loader, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../../app/router';
import { navigate } from '../../../app/router';
import { OUTBOX_STATUSES, type OutboxStatus, useCustomersWindow, useOutbox, useOutboxCounts, useOutboxPaused } from '../../../data';
import { useFormatters } from '../../customers/list/useFormatters';
import { BatchProgress } from './BatchProgress';
import { EmlNote, PausedBanner, UncertainBanner } from './OutboxBanners';
import { OutboxTable } from './OutboxTable';

const PAGE = 200;
type Tab = OutboxStatus | 'all';

/** #/outbox[?status=failed][&batch=<id>]: every letter, its status, and what to do about it. */
export function OutboxScreen({ route }: { route: Route }) {
  const { t } = useTranslation(['outbox', 'common']);
  const fmt = useFormatters();
  const statusParam = route.query.get('status');
  const tab: Tab = OUTBOX_STATUSES.includes(statusParam as OutboxStatus) ? (statusParam as OutboxStatus) : 'all';
  const [limit, setLimit] = useState(PAGE);
  const counts = useOutboxCounts();
  const paused = useOutboxPaused();
  const messages = useOutbox({ status: tab === 'all' ? undefined : tab, limit });
  // The batch the composer just queued, else the newest batch in the outbox.
  const newest = useOutbox({ limit: 1 });
  const batchId = route.query.get('batch') ?? newest?.[0]?.batchId ?? null;
  const customerIds = useMemo(() => [...new Set((messages ?? []).map((m) => m.customerId))], [messages]);
  const customers = useCustomersWindow(customerIds);

  const total = counts ? OUTBOX_STATUSES.reduce((sum, s) => sum + counts[s], 0) : 0;
  const inTab = tab === 'all' ? total : (counts?.[tab] ?? 0);
  const setTab = (next: string | null) => {
    setLimit(PAGE);
    const params = new URLSearchParams(route.query);
    if (!next || next === 'all') params.delete('status');
    else params.set('status', next);
    const query = params.toString();
    navigate(`/outbox${query ? `?${query}` : ''}`);
  };

  if (counts === undefined || messages === undefined) {
    return (
      <Center h="50vh">
        <Loader />
      </Center>
    );
  }
  return (
    <Stack gap="sm" data-testid="outbox-screen">
      <Stack gap={0}>
        <Title order={2} size="h3">
          {t('outbox:title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outbox:subtitle')}
        </Text>
      </Stack>
      {paused && <PausedBanner paused={paused} />}
      {counts.uncertain > 0 && <UncertainBanner />}
      <EmlNote />
      {batchId && <BatchProgress batchId={batchId} />}
      {total === 0 ? (
        <Center py="xl" data-testid="outbox-empty">
          <Stack align="center" gap="sm" maw={480}>
            <ThemeIcon size={56} radius="xl" variant="light">
              <IconMailForward size={30} />
            </ThemeIcon>
            <Title order={3} size="h4">
              {t('outbox:empty.title')}
            </Title>
            <Text c="dimmed" ta="center" size="sm">
              {t('outbox:empty.body')}
            </Text>
            <Button variant="light" onClick={() => navigate('/customers')}>
              {t('outbox:empty.open')}
            </Button>
          </Stack>
        </Center>
      ) : (
        <>
          <Tabs value={tab} onChange={setTab}>
            <Tabs.List data-testid="outbox-tabs">
              {(['all', ...OUTBOX_STATUSES] as const).map((s) => (
                <Tabs.Tab
                  key={s}
                  value={s}
                  data-testid={`outbox-tab-${s}`}
                  rightSection={
                    <Text span size="xs" c="dimmed" data-testid={`outbox-count-${s}`}>
                      {fmt.number(s === 'all' ? total : counts[s])}
                    </Text>
                  }
                >
                  {t(`outbox:tabs.${s}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          {messages.length === 0 ? (
            <Text size="sm" c="dimmed" py="md" ta="center">
              {t('outbox:empty.filtered')}
            </Text>
          ) : (
            <OutboxTable messages={messages} customers={customers} />
          )}
          {messages.length < inTab && (
            <Group justify="center" gap="sm">
              <Text size="xs" c="dimmed">
                {t('outbox:more', { shown: fmt.number(messages.length), total: fmt.number(inTab) })}
              </Text>
              <Button size="xs" variant="default" onClick={() => setLimit((l) => l + PAGE)}>
                {t('outbox:showMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
