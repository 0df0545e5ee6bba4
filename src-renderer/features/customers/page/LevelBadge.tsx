import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelMeaning, useLevelScale } from '../../settings/levelScale';

// The top of the scale is the best customer: warm colours there, grey at the bottom.
const RAMP = ['green', 'teal', 'blue', 'yellow', 'gray', 'gray'];

export function LevelBadge({ level }: { level: string }) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const scale = useLevelScale();
  const index = scale.findIndex((l) => l.code === level);
  const definition = scale[index];
  const color = index < 0 ? 'gray' : RAMP[Math.round((index / Math.max(1, scale.length - 1)) * 4)];
  const meaning = definition ? levelMeaning(definition, t) : t('header.unknownLevel');
  return (
    <Tooltip label={meaning} multiline maw={320}>
      <Badge color={color} variant="filled" size="lg" data-testid="customer-level-badge">
        {t('header.level', { level })}
      </Badge>
    </Tooltip>
  );
}
