import { Button, Card, Group, Loader, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlarm, IconArrowRight, IconChecklist, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { useInquiryCounts } from '../../data';
import { useFormatters } from '../customers/list/useFormatters';

/** #/today: the day at a glance. For now, the inquiries waiting: to qualify, and replies overdue. */
export function TodayScreen() {
  const { t } = useTranslation('today');
  const fmt = useFormatters();
  const counts = useInquiryCounts();
  return (
    <Stack gap="md" maw={960} data-testid="today-screen">
      <Stack gap={0}>
        <Title order={2} size="h3">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('subtitle')}
        </Text>
      </Stack>
      {counts === undefined ? (
        <Loader size="sm" />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountCard
            icon={<IconChecklist size={22} />}
            color="blue"
            count={fmt.number(counts.unqualified)}
            title={t('unqualified.title', { count: counts.unqualified })}
            body={counts.unqualified > 0 ? t('unqualified.body') : t('unqualified.none')}
            action={t('unqualified.open')}
            onOpen={() => navigate('/inquiries?show=unqualified')}
            testId="today-unqualified"
          />
          <CountCard
            icon={<IconAlarm size={22} />}
            color={counts.overdue > 0 ? 'red' : 'gray'}
            count={fmt.number(counts.overdue)}
            title={t('overdue.title', { count: counts.overdue })}
            body={counts.overdue > 0 ? t('overdue.body') : t('overdue.none')}
            action={t('overdue.open')}
            onOpen={() => navigate('/inquiries?show=overdue')}
            testId="today-overdue"
          />
        </SimpleGrid>
      )}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => navigate('/inquiries/new')} data-testid="today-add-inquiry">
          {t('addInquiry')}
        </Button>
      </Group>
    </Stack>
  );
}

interface CountCardProps {
  icon: ReactNode;
  color: string;
  count: string;
  title: string;
  body: string;
  action: string;
  onOpen(): void;
  testId: string;
}

function CountCard({ icon, color, count, title, body, action, onOpen, testId }: CountCardProps) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <ThemeIcon size={44} radius="md" variant="light" color={color}>
          {icon}
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" align="baseline" wrap="nowrap">
            <Text fz={32} fw={700} lh={1} c={color === 'gray' ? undefined : color} data-testid={`${testId}-count`}>
              {count}
            </Text>
            <Text fw={600}>{title}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {body}
          </Text>
          <Button variant="subtle" size="compact-sm" w="fit-content" px={0} rightSection={<IconArrowRight size={14} />} onClick={onOpen} data-testid={`${testId}-open`}>
            {action}
          </Button>
        </Stack>
      </Group>
    </Card>
  );
}
