import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { useFormatters } from '../../customers/list/useFormatters';

const SHOWN = 8;

/** Step 1: who gets a letter, and how many. */
export function RecipientsStep({ customers, onNext }: { customers: readonly Customer[]; onNext: () => void }) {
  const { t } = useTranslation(['compose', 'common']);
  const fmt = useFormatters();
  const rest = customers.length - SHOWN;
  return (
    <Stack gap="sm" mt="md" maw={860}>
      <Group gap="sm">
        <Badge size="lg" variant="light" tt="none" data-testid="compose-recipient-count">
          {t('compose:recipients.count', { count: customers.length, formatted: fmt.number(customers.length) })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('compose:recipients.onePerRecipient')}
        </Text>
      </Group>
      <Paper withBorder>
        <Table verticalSpacing={6} data-testid="compose-recipients">
          <Table.Tbody>
            {customers.slice(0, SHOWN).map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Text size="sm" fw={500} lineClamp={1}>
                    {c.company}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {c.contacts[0]?.name || '—'}
                  </Text>
                </Table.Td>
                <Table.Td w={90}>
                  <Badge variant="default" size="sm" tt="none">
                    {c.language}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {rest > 0 && (
        <Text size="sm" c="dimmed">
          {t('compose:recipients.more', { formatted: fmt.number(rest) })}
        </Text>
      )}
      <Group>
        <Button rightSection={<IconArrowRight size={16} />} onClick={onNext} data-testid="compose-next">
          {t('compose:next')}
        </Button>
      </Group>
    </Stack>
  );
}
