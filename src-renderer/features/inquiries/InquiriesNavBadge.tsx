import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInquiryCounts } from '../../data';

/** Beside "Inquiries" in the navigation: inquiries to qualify or overdue; red when any is overdue. */
export function InquiriesNavBadge() {
  const { t } = useTranslation('inquiries');
  const counts = useInquiryCounts();
  if (!counts) return null;
  // Each inquiry once, even when it is both unqualified and overdue.
  const total = counts.attention;
  if (total === 0) return null;
  const label = t('nav.badge', { unqualified: counts.unqualified, overdue: counts.overdue });
  return (
    <Badge
      size="sm"
      circle={total < 10}
      variant="filled"
      color={counts.overdue > 0 ? 'red' : 'blue'}
      title={label}
      aria-label={label}
      data-overdue={counts.overdue}
      data-unqualified={counts.unqualified}
      data-testid="inquiries-nav-badge"
    >
      {total}
    </Badge>
  );
}
