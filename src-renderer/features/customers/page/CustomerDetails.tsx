import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { useDisplayNames } from '../../../i18n/displayNames';
import { ContactsView } from './ContactsView';
import { ExternalLink, websiteUrl } from './ExternalLink';
import { absoluteDate, absoluteTime } from './timeFormat';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div style={{ minWidth: 0 }} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof children === 'string' ? (
        <Text size="sm" truncate="end" title={children}>
          {children}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}

function Pills({ values, empty }: { values: readonly string[]; empty: string }) {
  if (values.length === 0) return <Text size="sm" c="dimmed">{empty}</Text>;
  return (
    <Group gap={6}>
      {values.map((v) => (
        <Badge key={v} variant="light" color="gray" tt="none" maw={260} title={v}>
          {v}
        </Badge>
      ))}
    </Group>
  );
}

/** The stored record, read-only: what a salesperson checks before writing or calling. */
export function CustomerDetails({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation(['customerPage', 'customer']);
  const names = useDisplayNames();
  const lang = i18n.language;
  const dash = t('details.none');
  const site = websiteUrl(customer.website);
  return (
    <Stack gap="md" data-testid="customer-details">
      <Card withBorder padding="md">
        <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
          <Field label={t('customer:field.website')} testId="detail-website">
            {site ? <ExternalLink url={site}>{customer.website}</ExternalLink> : customer.website || dash}
          </Field>
          <Field label={t('customer:field.country')}>{customer.country ? names.country(customer.country) : dash}</Field>
          <Field label={t('customer:field.city')}>{customer.city || dash}</Field>
          <Field label={t('customer:field.language')}>{customer.language ? names.language(customer.language) : dash}</Field>
          <Field label={t('customer:field.timeZone')}>{customer.timeZone || dash}</Field>
          <Field label={t('customer:field.background')}>
            {t(`customer:background.${customer.background}`, { defaultValue: customer.background })}
          </Field>
          <Field label={t('customer:field.source')}>{t(`customer:source.${customer.source}`, { defaultValue: customer.source })}</Field>
          <Field label={t('customer:field.nextFollowUpAt')} testId="detail-next-follow-up">
            {customer.nextFollowUpAt ? absoluteTime(customer.nextFollowUpAt, lang) : t('details.noFollowUp')}
          </Field>
          <Field label={t('customer:field.lastContactAt')}>
            {customer.lastContactAt ? absoluteDate(customer.lastContactAt, lang) : t('customer:never')}
          </Field>
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md" mt="md">
          <Field label={t('customer:field.tags')}>
            <Pills values={customer.tags} empty={dash} />
          </Field>
          <Field label={t('customer:field.products')}>
            <Pills values={customer.products} empty={dash} />
          </Field>
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="md">
          {t('details.createdUpdated', { created: absoluteDate(customer.createdAt, lang), updated: absoluteTime(customer.updatedAt, lang) })}
        </Text>
      </Card>
      <Card withBorder padding="md">
        <Title order={5} mb="xs">
          {t('customer:field.notes')}
        </Title>
        {customer.notes.trim() ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="detail-notes">
            {customer.notes}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('details.noNotes')}
          </Text>
        )}
      </Card>
      <Card withBorder padding="md">
        <Title order={5} mb="xs">
          {t('customer:field.contacts')}
        </Title>
        <ContactsView contacts={customer.contacts} />
      </Card>
    </Stack>
  );
}
