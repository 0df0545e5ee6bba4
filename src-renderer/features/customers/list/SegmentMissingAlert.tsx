import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A segment that is not in the book. Shown after a moment: right after "Save segment" the list
 * opens the new segment a tick before the sidebar's query has it, and that is no reason to alarm.
 */
export function SegmentMissingAlert() {
  const { t } = useTranslation('list');
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), 600);
    return () => window.clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />} title={t('segmentMissing.title')} data-testid="segment-missing">
      {t('segmentMissing.body')}
    </Alert>
  );
}
