import { Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import type { InquiryRecord } from '../../../data';
import { useDisplayNames } from '../../../i18n/displayNames';
import { InquiryLevelBadge } from '../shared/InquiryLevelBadge';
import { flagColor, senderTitle, shownLevel } from '../shared/model';
import { ReplyByCell } from './ReplyByCell';

const MAX_FLAGS = 3;

/** The queue as a table; a row opens the inquiry. Order is the data layer's (what to answer first). */
export function InboxTable({ inquiries, now }: { inquiries: readonly InquiryRecord[]; now: number }) {
  const { t } = useTranslation('inquiries');
  return (
    <Table highlightOnHover verticalSpacing="xs" data-testid="inquiries-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140} style={{ whiteSpace: 'nowrap' }}>
            {t('inbox.col.level')}
          </Table.Th>
          <Table.Th>{t('inbox.col.inquiry')}</Table.Th>
          <Table.Th w={230}>{t('inbox.col.replyBy')}</Table.Th>
          <Table.Th w={220}>{t('inbox.col.flags')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {inquiries.map((inquiry) => (
          <InboxRow key={inquiry.id} inquiry={inquiry} now={now} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function InboxRow({ inquiry, now }: { inquiry: InquiryRecord; now: number }) {
  const { t } = useTranslation('inquiries');
  const names = useDisplayNames();
  const title = senderTitle(inquiry) || t('unknownSender');
  const subject = inquiry.subject.trim() || inquiry.extracted.products[0]?.value || t('noSubject');
  const place = inquiry.country ? names.country(inquiry.country) : '';
  const flags = inquiry.qualification.flags;
  const open = () => navigate(`/inquiries/${encodeURIComponent(inquiry.id)}`);
  return (
    <Table.Tr
      style={{ cursor: 'pointer' }}
      onClick={open}
      onKeyDown={(e) => e.key === 'Enter' && open()}
      tabIndex={0}
      data-id={inquiry.id}
      data-status={inquiry.status}
      data-testid="inquiry-row"
    >
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <InquiryLevelBadge level={shownLevel(inquiry)} testId="inquiry-row-level" />
          <Text size="sm" fw={600} data-testid="inquiry-row-score" title={t('score.title')}>
            {inquiry.score}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td style={{ maxWidth: 0 }}>
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600} truncate="end" title={title} data-testid="inquiry-row-title">
              {title}
            </Text>
            {inquiry.status !== 'new' && (
              <Badge size="xs" variant="light" color={inquiry.status === 'replied' ? 'teal' : inquiry.status === 'archived' ? 'gray' : 'blue'} style={{ flex: 'none' }}>
                {t(`status.${inquiry.status}`)}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" truncate="end" title={subject}>
            {inquiry.status === 'archived'
              ? t('archive.reasonShown', { reason: inquiry.archivedReason ?? '' })
              : [place, inquiry.channel === 'other' ? '' : t(`channel.${inquiry.channel}`), subject].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <ReplyByCell inquiry={inquiry} now={now} />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {flags.slice(0, MAX_FLAGS).map((flag) => (
            <Badge key={flag} size="xs" variant="light" color={flagColor(flag)} data-flag={flag}>
              {t(`flag.${flag}`, { defaultValue: flag })}
            </Badge>
          ))}
          {flags.length > MAX_FLAGS && (
            <Tooltip label={flags.slice(MAX_FLAGS).map((f) => t(`flag.${f}`, { defaultValue: f })).join(', ')}>
              <Badge size="xs" variant="default">
                +{flags.length - MAX_FLAGS}
              </Badge>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
