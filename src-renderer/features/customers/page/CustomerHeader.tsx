import { Anchor, Badge, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconMapPin } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayNames } from '../../../i18n/displayNames';
import { CustomerClockBadge } from './CustomerClockBadge';
import { LevelBadge } from './LevelBadge';

export interface HeaderSummary {
  company: string;
  country: string;
  city: string;
  level: string;
  stage: string;
  timeZone: string;
}

/**
 * Who this is, where, and what time it is there. The company name is plain text (React escapes
 * it, so "<script>" shows as typed) and truncated to one line with the full name in a tooltip.
 */
export function CustomerHeader({
  summary,
  isNew,
  onBack,
  actions,
}: {
  summary: HeaderSummary;
  isNew: boolean;
  onBack: () => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const names = useDisplayNames();
  const title = summary.company.trim() || (isNew ? t('header.newCustomer') : t('customer:unnamed'));
  // The full name only needs a tooltip when the one-line title actually cut it.
  const [clamped, setClamped] = useState(false);
  const measure = (el: HTMLElement) => setClamped(el.scrollHeight > el.clientHeight + 1);
  const place = [summary.country ? names.country(summary.country) : '', summary.city.trim()].filter(Boolean).join(' · ');
  return (
    <Stack gap={6}>
      <Anchor
        href="#/customers"
        size="sm"
        w="fit-content"
        data-testid="back-to-customers"
        onClick={(e) => {
          e.preventDefault();
          onBack();
        }}
      >
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} aria-hidden />
          {t('header.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Tooltip label={title} multiline maw={600} openDelay={300} disabled={!clamped} style={{ overflowWrap: 'anywhere' }}>
            <Title
              order={2}
              lineClamp={1}
              style={{ overflowWrap: 'anywhere' }}
              onMouseEnter={(e) => measure(e.currentTarget)}
              data-testid="customer-title"
            >
              {title}
            </Title>
          </Tooltip>
          <Group gap="sm" wrap="wrap" miw={0}>
            {summary.level && <LevelBadge level={summary.level} />}
            {summary.stage && (
              <Badge variant="outline" size="lg" data-testid="customer-stage-badge">
                {t(`customer:stage.${summary.stage}`, { defaultValue: summary.stage })}
              </Badge>
            )}
            {place && (
              <Group gap={4} wrap="nowrap" miw={0} maw={360}>
                <IconMapPin size={16} style={{ flexShrink: 0 }} aria-hidden />
                <Text size="sm" truncate="end" title={place} data-testid="customer-place">
                  {place}
                </Text>
              </Group>
            )}
            {summary.timeZone && <CustomerClockBadge timeZone={summary.timeZone} country={summary.country} city={summary.city} />}
          </Group>
        </Stack>
        {actions && (
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
