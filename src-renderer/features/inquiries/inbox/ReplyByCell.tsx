import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InquiryRecord } from '../../../data';
import { awaitingReply } from '../shared/model';
import { buyerClockText, myClock, relativeHours, URGENCY_COLOR, urgencyOf } from '../shared/replyClock';

/** "in 5 hours", then the reply-by time on the salesperson's clock and on the buyer's. */
export function ReplyByCell({ inquiry, now }: { inquiry: InquiryRecord; now: number }) {
  const { t, i18n } = useTranslation('inquiries');
  if (!awaitingReply(inquiry)) {
    return (
      <Text size="xs" c="dimmed">
        {t(`status.${inquiry.status}`)}
      </Text>
    );
  }
  const urgency = urgencyOf(inquiry.replyByMs, now);
  const mine = myClock(inquiry.replyByMs, i18n.language);
  const theirs = buyerClockText(inquiry.replyByMs, inquiry.qualification.plan.buyerUtcOffsetMinutes, i18n.language);
  return (
    <Stack gap={0} data-urgency={urgency} data-testid="inquiry-row-reply-by">
      <Text size="sm" fw={600} c={urgency === 'later' ? undefined : URGENCY_COLOR[urgency]}>
        {urgency === 'overdue'
          ? t('replyBy.overdue', { when: relativeHours(inquiry.replyByMs, now, i18n.language) })
          : t('replyBy.due', { when: relativeHours(inquiry.replyByMs, now, i18n.language) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('replyBy.mine', { time: mine.time })}
      </Text>
      {theirs && (
        <Text size="xs" c="dimmed">
          {t('replyBy.theirs', { time: theirs.time, zone: theirs.zone })}
        </Text>
      )}
    </Stack>
  );
}
