import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import type { InquiryRecord } from '../../../data';
import { useDisplayNames } from '../../../i18n/displayNames';
import { useNow } from '../../customers/page/useNow';
import { InquiryLevelBadge } from '../shared/InquiryLevelBadge';
import { awaitingReply, senderTitle, shownLevel } from '../shared/model';
import { buyerClockText, myClock, relativeHours, URGENCY_COLOR, urgencyOf } from '../shared/replyClock';
import { ArchiveButton } from './ArchiveButton';

/** Who asked, the level and score, and the reply-by time on both clocks. */
export function InquiryHeader({ inquiry }: { inquiry: InquiryRecord }) {
  const { t, i18n } = useTranslation('inquiries');
  const names = useDisplayNames();
  const now = useNow(30_000).getTime();
  const title = senderTitle(inquiry) || t('unknownSender');
  const lang = i18n.language;
  const urgency = urgencyOf(inquiry.replyByMs, now);
  const mine = myClock(inquiry.replyByMs, lang);
  const theirs = buyerClockText(inquiry.replyByMs, inquiry.qualification.plan.buyerUtcOffsetMinutes, lang);
  const sender = [inquiry.fromName, inquiry.fromEmail && `<${inquiry.fromEmail}>`].filter(Boolean).join(' ');
  return (
    <Stack gap={6}>
      <Anchor
        href="#/inquiries"
        size="sm"
        w="fit-content"
        onClick={(e) => {
          e.preventDefault();
          navigate('/inquiries');
        }}
        data-testid="back-to-inquiries"
      >
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} aria-hidden />
          {t('page.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Title order={2} lineClamp={1} title={title} style={{ overflowWrap: 'anywhere' }} data-testid="inquiry-title">
            {title}
          </Title>
          {(inquiry.subject || sender) && (
            <Text size="sm" c="dimmed" lineClamp={1} title={inquiry.subject}>
              {[inquiry.subject, sender].filter(Boolean).join(' · ')}
            </Text>
          )}
          <Group gap="xs" wrap="wrap">
            <InquiryLevelBadge level={shownLevel(inquiry)} size="lg" testId="inquiry-level-badge" />
            <Badge size="lg" variant="outline" color={inquiry.score >= 60 ? 'teal' : inquiry.score >= 25 ? 'yellow' : 'red'} data-testid="inquiry-score-badge">
              {t('score.badge', { score: inquiry.score })}
            </Badge>
            <Badge size="lg" variant="light" color={inquiry.status === 'new' ? 'blue' : inquiry.status === 'archived' ? 'gray' : 'teal'} data-testid="inquiry-status-badge">
              {t(`status.${inquiry.status}`)}
            </Badge>
            {inquiry.channel !== 'other' && (
              <Badge size="lg" variant="default">
                {t(`channel.${inquiry.channel}`)}
              </Badge>
            )}
            {inquiry.country && (
              <Badge size="lg" variant="default">
                {names.country(inquiry.country)}
              </Badge>
            )}
          </Group>
        </Stack>
        <ArchiveButton inquiry={inquiry} />
      </Group>
      {awaitingReply(inquiry) && (
        <Group gap={6} wrap="wrap" data-testid="inquiry-reply-by" data-urgency={urgency}>
          <IconClock size={16} color={`var(--mantine-color-${URGENCY_COLOR[urgency]}-6)`} aria-hidden />
          <Text size="sm" fw={600} c={urgency === 'later' ? undefined : URGENCY_COLOR[urgency]}>
            {urgency === 'overdue'
              ? t('replyBy.overdue', { when: relativeHours(inquiry.replyByMs, now, lang) })
              : t('replyBy.due', { when: relativeHours(inquiry.replyByMs, now, lang) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('replyBy.mineLong', { time: mine.time, zone: mine.zone })}
            {theirs ? ` · ${t('replyBy.theirsLong', { time: theirs.time, zone: theirs.zone })}` : ''}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
