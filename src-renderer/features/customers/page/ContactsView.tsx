import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBrandWhatsapp, IconMail, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../src-shared/customer/customer';
import { ExternalLink } from './ExternalLink';

function Line({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <span style={{ flexShrink: 0, display: 'flex', paddingTop: 2 }}>{icon}</span>
      <div style={{ minWidth: 0 }}>{children}</div>
    </Group>
  );
}

/** The customer's people, read-only; addresses open the mail client. */
export function ContactsView({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation(['customerPage', 'customer']);
  if (contacts.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="contacts-empty">
        {t('contacts.noneYet')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={2} spacing="sm">
      {contacts.map((c, i) => (
        <Card key={c.id || i} withBorder padding="sm" data-testid={`contact-view-${i}`}>
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={600} size="sm" truncate="end" title={c.name} miw={0}>
                {c.name.trim() || t('contacts.numbered', { n: i + 1 })}
              </Text>
              {c.unsubscribed && (
                <Badge size="xs" color="red" variant="light" style={{ flexShrink: 0 }}>
                  {t('contacts.unsubscribedBadge')}
                </Badge>
              )}
            </Group>
            {c.title && (
              <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                {c.title}
              </Text>
            )}
            {c.emails.map((email) => (
              <Line key={email} icon={<IconMail size={14} />}>
                <ExternalLink url={`mailto:${email}`}>{email}</ExternalLink>
              </Line>
            ))}
            {c.phones.map((phone) => (
              <Line key={phone} icon={<IconPhone size={14} />}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {phone}
                </Text>
              </Line>
            ))}
            {c.whatsapp && (
              <Line icon={<IconBrandWhatsapp size={14} />}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {c.whatsapp}
                </Text>
              </Line>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
