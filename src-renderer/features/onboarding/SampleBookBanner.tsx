import { Alert, Button, Group, Text } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../../data';
import { SAMPLE_BANNER_DISMISSED, confirmRemoveSample } from './sampleBookActions';
import { useSampleCount } from './useSampleCount';

/**
 * Above the customer list while sample customers exist, so nobody mistakes fictional buyers for
 * real ones. It renders nothing when the book holds no sample, or once the salesperson closed it
 * (loading the sample again brings it back). Mount it as is; it needs no props.
 */
export function SampleBookBanner() {
  const { t } = useTranslation(['onboarding', 'common']);
  const { count, refresh } = useSampleCount();
  const [dismissed, setDismissed] = useSetting<boolean>(SAMPLE_BANNER_DISMISSED, false);
  if (dismissed || !count) return null;
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconBooks size={20} />}
      title={t('banner.title')}
      withCloseButton
      closeButtonLabel={t('banner.dismiss')}
      onClose={() => void setDismissed(true)}
      data-testid="sample-banner"
      mb="sm"
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{t('banner.body', { count })}</Text>
        <Button
          size="xs"
          variant="white"
          color="red"
          onClick={() => confirmRemoveSample(t, count, () => void refresh())}
          data-testid="remove-sample"
        >
          {t('banner.remove')}
        </Button>
      </Group>
    </Alert>
  );
}
