import { NumberInput, SimpleGrid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlatformSignals } from '../../../../src-shared/inquiry';

const COUNTS = ['productViews', 'validInquiries', 'rfqs', 'loginDays', 'junkInquiries', 'blacklisted'] as const;
const MAX: Record<(typeof COUNTS)[number], number> = {
  productViews: 1_000_000,
  validInquiries: 1_000_000,
  rfqs: 1_000_000,
  loginDays: 90,
  junkInquiries: 1_000_000,
  blacklisted: 1_000_000,
};

/** What the buyer's platform profile shows (Alibaba's buyer card), typed in by the salesperson. All optional. */
export function PlatformFields({ value, onChange }: { value: PlatformSignals; onChange(next: PlatformSignals): void }) {
  const { t } = useTranslation('inquiries');
  const setCount = (key: (typeof COUNTS)[number], v: number | string) => {
    const next = { ...value };
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) next[key] = Math.min(v, MAX[key]);
    else delete next[key];
    onChange(next);
  };
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
      <Switch
        mt="lg"
        label={t('platform.verified')}
        checked={value.verified === true}
        onChange={(e) => {
          const next = { ...value };
          if (e.currentTarget.checked) next.verified = true;
          else delete next.verified;
          onChange(next);
        }}
        data-testid="platform-verified"
      />
      {COUNTS.map((key) => (
        <NumberInput
          key={key}
          size="xs"
          label={t(`platform.${key}`)}
          min={0}
          max={MAX[key]}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          value={value[key] ?? ''}
          onChange={(v) => setCount(key, v)}
          data-testid={`platform-${key}`}
        />
      ))}
    </SimpleGrid>
  );
}
