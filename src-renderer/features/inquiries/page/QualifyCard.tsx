import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconCircleCheck, IconPencil, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { type InquiryRecord, useCustomer } from '../../../data';
import { replyLink } from '../shared/replyInputs';
import { QualifyForm } from './QualifyForm';
import { RestoreButton } from './ArchiveButton';

/**
 * The qualify-before-reply step. Unqualified: the suggested level and background, one click to
 * confirm or change, and the customer to link (or create). Qualified: what was confirmed, and
 * "Write the reply", which opens the composer on the linked customer with the plan filled in.
 */
export function QualifyCard({ inquiry }: { inquiry: InquiryRecord }) {
  const [changing, setChanging] = useState(false);
  if (inquiry.status === 'archived') return <ArchivedCard inquiry={inquiry} />;
  if (inquiry.status === 'new' || changing) return <QualifyForm inquiry={inquiry} onDone={() => setChanging(false)} onCancel={changing ? () => setChanging(false) : undefined} />;
  return <QualifiedCard inquiry={inquiry} onChange={() => setChanging(true)} />;
}

function QualifiedCard({ inquiry, onChange }: { inquiry: InquiryRecord; onChange(): void }) {
  const { t } = useTranslation(['inquiries', 'customer']);
  const { data: customer } = useCustomer(inquiry.customerId);
  const link = replyLink(inquiry);
  const confirmed = inquiry.confirmed;
  return (
    <Card withBorder data-testid="inquiry-qualified">
      <Group gap="xs" mb="xs">
        <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" aria-hidden />
        <Title order={4}>{inquiry.status === 'replied' ? t('qualify.repliedTitle') : t('qualify.doneTitle')}</Title>
      </Group>
      <Stack gap="xs">
        {confirmed && (
          <Text size="sm" data-testid="qualified-summary">
            {t('qualify.doneSummary', {
              level: confirmed.level,
              background: t(`customer:background.${confirmed.background}`, { defaultValue: confirmed.background }),
            })}
          </Text>
        )}
        {inquiry.customerId && (
          <Text size="sm">
            {t('qualify.linkedTo')}{' '}
            <Anchor
              href={`#/customers/${encodeURIComponent(inquiry.customerId)}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/customers/${encodeURIComponent(inquiry.customerId ?? '')}`);
              }}
              data-testid="qualified-customer"
            >
              {customer?.company ?? t('qualify.customerGone')}
            </Anchor>
          </Text>
        )}
        <Group mt="xs">
          {link && (
            <Button leftSection={<IconSend size={16} />} onClick={() => navigate(link)} variant={inquiry.status === 'replied' ? 'light' : 'filled'} data-testid="write-reply">
              {inquiry.status === 'replied' ? t('qualify.writeAgain') : t('qualify.writeReply')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onChange} data-testid="qualify-change">
            {t('qualify.change')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ArchivedCard({ inquiry }: { inquiry: InquiryRecord }) {
  const { t } = useTranslation('inquiries');
  return (
    <Alert color="gray" icon={<IconArchive size={18} />} title={t('archive.archivedTitle')} data-testid="inquiry-archived">
      <Stack gap="xs" align="flex-start">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="inquiry-archived-reason">
          {t('archive.reasonShown', { reason: inquiry.archivedReason ?? '' })}
        </Text>
        <RestoreButton inquiry={inquiry} />
      </Stack>
    </Alert>
  );
}

