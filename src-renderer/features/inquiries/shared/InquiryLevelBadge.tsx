import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelMeaning, useLevelScale } from '../../settings/levelScale';

// As on the customer page: the top of the scale warm, the bottom grey.
const RAMP = ['green', 'teal', 'blue', 'yellow', 'gray'];

/** The (suggested or confirmed) level of an inquiry, with what the level means in a tooltip. */
export function InquiryLevelBadge({ level, size = 'md', testId }: { level: string; size?: 'sm' | 'md' | 'lg'; testId?: string }) {
  const { t } = useTranslation(['inquiries', 'customer']);
  const scale = useLevelScale();
  const index = scale.findIndex((l) => l.code === level);
  const definition = scale[index];
  const color = index < 0 ? 'gray' : (RAMP[Math.round((index / Math.max(1, scale.length - 1)) * 4)] ?? 'gray');
  const meaning = definition ? levelMeaning(definition, t) : '';
  return (
    <Tooltip label={meaning} multiline maw={320} disabled={!meaning}>
      <Badge color={color} variant="filled" size={size} style={{ flex: 'none' }} data-level={level} data-testid={testId}>
        {t('inquiries:level', { level })}
      </Badge>
    </Tooltip>
  );
}
