import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../app/describeError';
import { DEFAULT_RECENT_CONTACT_DAYS, restoreDefaultTemplates, useSetting } from '../../../data';

const MAX_RECENT_CONTACT_DAYS = 365;

/**
 * Settings → Letters: how long after a letter a customer is held back from the next one, and
 * restoring the default template pack (built-ins edited or deleted come back as shipped).
 */
export function LettersSettingsCard() {
  const { t } = useTranslation(['mailSettings', 'common']);
  const [days, setDays] = useSetting<number>('recentContactDays', DEFAULT_RECENT_CONTACT_DAYS);
  // What is being typed; null shows the stored value.
  const [typing, setTyping] = useState<number | '' | null>(null);
  const [restoring, setRestoring] = useState(false);
  const typed = typing ?? days;

  const commitDays = (value: number | string) => {
    const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
    setTyping(null);
    if (!Number.isInteger(n) || n < 0 || n > MAX_RECENT_CONTACT_DAYS) return;
    if (n !== days) setDays(n).catch((err: unknown) => notifications.show({ color: 'red', message: describeError(err, t) }));
  };

  const restore = () =>
    openConfirmModal({
      title: t('letters.restoreTitle'),
      children: <Text size="sm">{t('letters.restoreBody')}</Text>,
      labels: { confirm: t('letters.restoreConfirm'), cancel: t('common:actions.cancel') },
      confirmProps: { 'data-testid': 'restore-templates-confirm' },
      onConfirm: () => {
        setRestoring(true);
        restoreDefaultTemplates().then(
          (count) => notifications.show({ color: 'teal', message: t('letters.restored', { count }) }),
          (err: unknown) => notifications.show({ color: 'red', title: t('letters.restoreFailed'), message: describeError(err, t) }),
        ).finally(() => setRestoring(false));
      },
    });

  return (
    <Card withBorder data-testid="letters-settings-card">
      <Title order={4}>{t('letters.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('letters.description')}
      </Text>
      <NumberInput
        label={t('letters.recentDays')}
        description={typed === 0 ? t('letters.recentDaysOff') : t('letters.recentDaysHint', { count: typed === '' ? days : typed })}
        w={520}
        maw="100%"
        min={0}
        max={MAX_RECENT_CONTACT_DAYS}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        value={typed}
        onChange={(v) => setTyping(typeof v === 'number' ? v : '')}
        onBlur={(e) => commitDays(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commitDays(e.currentTarget.value)}
        data-testid="recent-contact-days"
      />
      <Group mt="md">
        <Button variant="default" leftSection={<IconRestore size={16} />} loading={restoring} onClick={restore} data-testid="restore-templates">
          {t('letters.restore')}
        </Button>
      </Group>
    </Card>
  );
}
