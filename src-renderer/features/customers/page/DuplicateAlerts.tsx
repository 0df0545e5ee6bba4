import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from './useDuplicates';

const MAX_SHOWN = 3;

/**
 * "Possible duplicate: Acme Ltd (same email)", with Open and Merge… . The salesperson can dismiss
 * a hint that is wrong; it stays dismissed while this page is open.
 */
export function DuplicateAlerts({
  matches,
  onOpen,
  onMerge,
  mergeLabel,
}: {
  matches: readonly DuplicateMatch[];
  onOpen: (id: string) => void;
  onMerge: (id: string) => void;
  /** "Merge…" on a stored customer, "Save and merge…" on a new one. */
  mergeLabel?: string;
}) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = matches.filter((m) => !dismissed.has(m.customer.id)).slice(0, MAX_SHOWN);
  if (shown.length === 0) return null;
  return (
    <Stack gap="xs">
      {shown.map(({ customer, reasons }) => {
        const name = customer.company.trim() || t('customer:unnamed');
        const why = reasons.map((r) => t(`duplicates.reason.${r}`)).join(t('duplicates.reasonSeparator'));
        return (
          <Alert
            key={customer.id}
            color="orange"
            variant="light"
            icon={<IconCopy size={18} />}
            withCloseButton
            closeButtonLabel={t('duplicates.dismiss')}
            onClose={() => setDismissed((s) => new Set(s).add(customer.id))}
            data-testid="duplicate-alert"
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" miw={0} lineClamp={2} style={{ overflowWrap: 'anywhere' }} title={name}>
                {t('duplicates.text', { company: name, reasons: why })}
              </Text>
              <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                <Button size="xs" variant="default" onClick={() => onOpen(customer.id)} data-testid="duplicate-open">
                  {t('duplicates.open')}
                </Button>
                <Button size="xs" color="orange" onClick={() => onMerge(customer.id)} data-testid="merge-open">
                  {mergeLabel ?? t('duplicates.merge')}
                </Button>
              </Group>
            </Group>
          </Alert>
        );
      })}
    </Stack>
  );
}
