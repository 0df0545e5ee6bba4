import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { useDisplayNames } from '../../../i18n/displayNames';

/** One side of the merge: enough to recognise the record and judge how much it holds. */
export function MergeCandidateCard({
  customer,
  interactions,
  isOlder,
  checked,
}: {
  customer: Customer;
  interactions: number;
  isOlder: boolean;
  checked: boolean;
}) {
  const { t, i18n } = useTranslation(['customerPage', 'customer']);
  const names = useDisplayNames();
  const name = customer.company.trim() || t('customer:unnamed');
  const created = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(customer.createdAt);
  const row = (label: string, value: string) => (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" truncate="end" title={value} miw={0}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Radio.Card value={customer.id} checked={checked} p="md" radius="md" data-testid={`merge-keep-${customer.id}`}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator />
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Text fw={600} lineClamp={2} style={{ overflowWrap: 'anywhere' }} title={name}>
            {name}
          </Text>
          <Group gap={6}>
            {checked && (
              <Badge size="xs" color="teal">
                {t('merge.keeps')}
              </Badge>
            )}
            {isOlder && (
              <Badge size="xs" variant="light" color="gray">
                {t('merge.older')}
              </Badge>
            )}
          </Group>
          {row(t('customer:field.country'), customer.country ? names.country(customer.country) : '—')}
          {row(t('customer:field.contacts'), String(customer.contacts.length))}
          {row(t('merge.interactions'), String(interactions))}
          {row(t('customer:field.createdAt'), created)}
        </Stack>
      </Group>
    </Radio.Card>
  );
}
