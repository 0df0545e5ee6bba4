import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOpenOutboxCounts, useOutboxPaused } from '../../../data';

/**
 * Beside "Outbox" in the navigation: how many letters are waiting or going out, in a warning
 * colour when some need the salesperson (failed, uncertain) or sending is paused.
 */
export function OutboxNavBadge() {
  const { t } = useTranslation('outbox');
  const counts = useOpenOutboxCounts();
  const paused = useOutboxPaused();
  if (!counts) return null;
  const waiting = counts.queued + counts.scheduled + counts.sending;
  const needsYou = counts.failed + counts.uncertain;
  const warning = needsYou > 0 || Boolean(paused);
  if (waiting === 0 && !warning) return null;
  const shown = waiting > 0 ? waiting : needsYou;
  return (
    <Badge
      size="sm"
      circle={shown < 10}
      variant={warning ? 'filled' : 'light'}
      color={warning ? 'orange' : 'teal'}
      title={warning ? t('navWarning') : t('navBadge', { count: waiting })}
      aria-label={warning ? t('navWarning') : t('navBadge', { count: waiting })}
      data-warning={warning}
      data-testid="outbox-nav-badge"
    >
      {shown > 0 ? shown : '!'}
    </Badge>
  );
}
