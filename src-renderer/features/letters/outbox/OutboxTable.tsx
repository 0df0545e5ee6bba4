import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconDots, IconRefresh, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { navigate } from '../../../app/router';
import type { OutboxMessage } from '../../../data';
import { failureText } from './failureText';
import { actionsFor, type MessageAction, useMessageActions } from './useMessageActions';

const STATUS_COLOR: Record<OutboxMessage['status'], string> = {
  queued: 'blue',
  scheduled: 'indigo',
  sending: 'cyan',
  sent: 'teal',
  failed: 'red',
  uncertain: 'orange',
  cancelled: 'gray',
};

function formatIn(at: number, lang: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone };
  try {
    return new Intl.DateTimeFormat(lang, options).format(at);
  } catch {
    return new Intl.DateTimeFormat(lang, { ...options, timeZone: undefined }).format(at);
  }
}

interface Props {
  messages: readonly OutboxMessage[];
  customers: ReadonlyMap<string, Customer>;
}

/** The outbox's letters: who, what, where each one stands, and what can be done about it. */
export function OutboxTable({ messages, customers }: Props) {
  const { t } = useTranslation(['outbox', 'common']);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table layout="fixed" verticalSpacing={6} highlightOnHover data-testid="outbox-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="27%">{`${t('outbox:columns.company')} · ${t('outbox:columns.recipient')}`}</Table.Th>
            <Table.Th>{t('outbox:columns.subject')}</Table.Th>
            <Table.Th w="18%">{t('outbox:columns.status')}</Table.Th>
            <Table.Th w="16%">{t('outbox:columns.when')}</Table.Th>
            <Table.Th w={72} ta="center" style={{ whiteSpace: 'nowrap' }}>
              {t('outbox:columns.attempts')}
            </Table.Th>
            <Table.Th w={132}>
              <VisuallyHidden>{t('outbox:columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m) => (
            <OutboxRow key={m.id} message={m} customer={customers.get(m.customerId)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OutboxRow({ message: m, customer }: { message: OutboxMessage; customer: Customer | undefined }) {
  const { t, i18n } = useTranslation(['outbox', 'common']);
  const act = useMessageActions();
  const lang = i18n.language;
  const failure = m.lastError && (m.status === 'failed' || m.status === 'uncertain' || m.status === 'queued') ? failureText(m.lastError, t) : null;
  const actions = actionsFor(m.status);
  return (
    <Table.Tr data-testid="outbox-row" data-status={m.status} data-message-id={m.messageId} data-customer-id={m.customerId}>
      <Table.Td>
        <Anchor
          size="sm"
          fw={500}
          href={`#/customers/${encodeURIComponent(m.customerId)}`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`/customers/${encodeURIComponent(m.customerId)}`);
          }}
          lineClamp={1}
          title={customer?.company}
          data-testid="outbox-company"
        >
          {customer?.company ?? '…'}
        </Anchor>
        <Text size="xs" c="dimmed" truncate="end" title={`${m.message.to.name} <${m.message.to.address}>`}>
          {m.message.to.name ? `${m.message.to.name} · ${m.message.to.address}` : m.message.to.address}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate="end" title={m.message.subject} lang={m.message.language}>
          {m.message.subject}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Badge color={STATUS_COLOR[m.status]} variant="light" size="sm" data-testid="outbox-status">
            {t(`outbox:status.${m.status}`)}
          </Badge>
          {failure && (
            <Tooltip label={failure.detail ?? failure.summary} withinPortal multiline maw={360}>
              <Text size="xs" c={m.status === 'queued' ? 'dimmed' : 'red'} lineClamp={2} data-testid="outbox-error">
                {failure.summary}
              </Text>
            </Tooltip>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <WhenCell message={m} timeZone={customer?.timeZone} lang={lang} />
      </Table.Td>
      <Table.Td ta="center">
        <Text size="sm">{m.attempts}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          {actions.includes('retry') && (
            <Button size="compact-xs" variant="light" leftSection={<IconRefresh size={12} />} onClick={() => act('retry', m)} data-testid="outbox-retry">
              {t('outbox:actions.retry')}
            </Button>
          )}
          {actions.some((a) => a !== 'retry') && <MoreActions actions={actions.filter((a) => a !== 'retry')} onAction={(a) => act(a, m)} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function MoreActions({ actions, onAction }: { actions: MessageAction[]; onAction: (action: MessageAction) => void }) {
  const { t } = useTranslation('outbox');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('actions.menu')} title={t('actions.menu')} data-testid="outbox-more">
          <IconDots size={14} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.includes('markSent') && (
          <Menu.Item leftSection={<IconCheck size={14} />} onClick={() => onAction('markSent')} data-testid="outbox-mark-sent">
            {t('actions.markSent')}
          </Menu.Item>
        )}
        {actions.includes('cancel') && (
          <Menu.Item color="red" leftSection={<IconX size={14} />} onClick={() => onAction('cancel')} data-testid="outbox-cancel">
            {t('actions.cancel')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** When it goes (or went): in the customer's time and in the salesperson's. */
function WhenCell({ message: m, timeZone, lang }: { message: OutboxMessage; timeZone: string | undefined; lang: string }) {
  const { t } = useTranslation('outbox');
  if (m.status === 'sent' && m.sentAt) {
    return (
      <Text size="xs" data-testid="outbox-when">
        {t('time.sentAt', { time: formatIn(m.sentAt, lang) })}
      </Text>
    );
  }
  const at = m.status === 'queued' && m.nextAttemptAt > 0 ? m.nextAttemptAt : m.sendAt;
  if (at <= 0 && (m.status === 'failed' || m.status === 'uncertain' || m.status === 'cancelled')) {
    return (
      <Text size="xs" c="dimmed" data-testid="outbox-when">
        —
      </Text>
    );
  }
  if (at <= 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="outbox-when">
        {t('time.asap')}
      </Text>
    );
  }
  return (
    <Stack gap={0} data-testid="outbox-when">
      {m.status === 'queued' && m.nextAttemptAt > 0 ? (
        <Text size="xs">{t('time.nextTry', { time: formatIn(at, lang) })}</Text>
      ) : (
        <>
          {timeZone && (
            <Text size="xs" data-testid="outbox-when-customer">
              {t('time.customer', { time: formatIn(at, lang, timeZone) })}
            </Text>
          )}
          <Text size="xs" c="dimmed" data-testid="outbox-when-mine">
            {t('time.mine', { time: formatIn(at, lang) })}
          </Text>
          {m.status === 'scheduled' && m.rescheduled && (
            <Text
              size="xs"
              c="orange.8"
              title={t(`time.moved.${m.rescheduled.reason}`, { time: formatIn(m.rescheduled.from, lang, timeZone) })}
              data-testid="outbox-when-moved"
            >
              {t('time.movedFrom', { time: formatIn(m.rescheduled.from, lang, timeZone) })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
