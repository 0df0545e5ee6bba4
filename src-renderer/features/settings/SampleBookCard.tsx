import { Button, Card, Group, Loader, Text, Title } from '@mantine/core';
import { IconBooks, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmRemoveSample, loadSampleWithFeedback } from '../onboarding/sampleBookActions';
import { useSampleCount } from '../onboarding/useSampleCount';

/**
 * The sample book in Settings: how many fictional customers are in the book, and one button to
 * load them or to remove them (with their timelines) without touching real customers.
 */
export function SampleBookCard() {
  const { t } = useTranslation(['settings', 'onboarding', 'common']);
  const { count, loaded, refresh } = useSampleCount();
  const [loading, setLoading] = useState(false);

  const load = async () => {
    setLoading(true);
    await loadSampleWithFeedback(t);
    await refresh();
    setLoading(false);
  };

  return (
    <Card withBorder data-testid="sample-book-card">
      <Title order={4}>{t('sample.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('sample.description')}
      </Text>
      <Group justify="space-between" wrap="wrap" gap="sm">
        {!loaded ? (
          <Loader size="sm" aria-label={t('common:loading')} />
        ) : (
          <Text size="sm" data-testid="sample-count">
            {count === null ? t('sample.countUnknown') : count > 0 ? t('sample.count', { count }) : t('sample.none')}
          </Text>
        )}
        {count !== null && count > 0 ? (
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} />}
            onClick={() => confirmRemoveSample(t, count, () => void refresh())}
            data-testid="settings-remove-sample"
          >
            {t('sample.remove')}
          </Button>
        ) : (
          <Button
            variant="light"
            leftSection={<IconBooks size={16} />}
            loading={loading}
            disabled={!loaded}
            onClick={() => void load()}
            data-testid="settings-load-sample"
          >
            {t('sample.load')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
