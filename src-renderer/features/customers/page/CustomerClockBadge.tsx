import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallWindow } from './localTime';
import { customerClock } from './localTime';
import { useNow } from './useNow';

const WINDOW_COLOR: Record<CallWindow, string> = { office: 'teal', outside: 'yellow', night: 'indigo', weekend: 'gray' };

/** "+5 h" / "−11 h 30 min": how far the customer's clock is from the salesperson's. */
function useDifferenceText(): (minutes: number) => string {
  const { t } = useTranslation('customerPage');
  return (minutes) => {
    if (minutes === 0) return t('clock.sameTime');
    const abs = Math.abs(minutes);
    const span = abs % 60 === 0 ? t('clock.hours', { count: abs / 60 }) : t('clock.hoursMinutes', { h: Math.floor(abs / 60), m: abs % 60 });
    return minutes > 0 ? t('clock.ahead', { span }) : t('clock.behind', { span });
  };
}

/**
 * The customer's local time and weekday ("Tue 14:05 in São Paulo"), refreshed every 30 s, with a
 * badge that says whether it is a good moment to call.
 */
export function CustomerClockBadge({ timeZone, country, city }: { timeZone: string; country: string; city: string }) {
  const { t, i18n } = useTranslation('customerPage');
  const now = useNow(30_000);
  const difference = useDifferenceText();
  const clock = customerClock(now, { timeZone, country, city, uiLanguage: i18n.language });
  if (!clock) return null;
  const label = t('clock.localTime', { weekday: clock.weekday, time: clock.time, city: clock.city });
  return (
    <Group gap={8} wrap="nowrap" miw={0} data-testid="customer-local-time">
      <IconClock size={16} style={{ flexShrink: 0 }} aria-hidden />
      <Tooltip label={`${label} · ${timeZone}`}>
        <Text size="sm" truncate="end">
          {label}
        </Text>
      </Tooltip>
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }} data-testid="customer-time-difference">
        {difference(clock.differenceMinutes)}
      </Text>
      <Tooltip label={t(`clock.windowHint.${clock.window}`)} multiline w={260}>
        <Badge variant="light" color={WINDOW_COLOR[clock.window]} style={{ flexShrink: 0 }} data-testid="customer-call-window">
          {t(`clock.window.${clock.window}`)}
        </Badge>
      </Tooltip>
    </Group>
  );
}
