import { Alert, Badge, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InquiryRecord } from '../../../data';
import { DANGER_FLAGS, flagColor } from '../shared/model';

/** Fraud risk and spam as a red alert; every flag as a badge with what it means on hover. */
export function FlagAlerts({ inquiry }: { inquiry: InquiryRecord }) {
  const { t } = useTranslation('inquiries');
  const flags = inquiry.qualification.flags;
  const danger = flags.filter((f) => DANGER_FLAGS.has(f));
  if (flags.length === 0) return null;
  return (
    <>
      {danger.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('flags.dangerTitle')} data-testid="inquiry-danger">
          {danger.map((f) => t(`flagHint.${f}`, { defaultValue: t(`flag.${f}`, { defaultValue: f }) })).join(' ')}
        </Alert>
      )}
      <Group gap={6} data-testid="inquiry-flags">
        {flags.map((flag) => (
          <Badge key={flag} variant="light" color={flagColor(flag)} title={t(`flagHint.${flag}`, { defaultValue: '' })} data-flag={flag}>
            {t(`flag.${flag}`, { defaultValue: flag })}
          </Badge>
        ))}
      </Group>
    </>
  );
}
