import { ActionIcon, Card, Group, SimpleGrid, Switch, TagsInput, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftAction, DraftContact } from './customerDraft';
import type { FieldIssue } from './FieldErrors';
import { fieldError } from './FieldErrors';

// People paste address lists separated by commas, semicolons, spaces or Chinese commas.
const LIST_SPLIT = [',', ';', ' ', '，', '；'];
// Phone numbers contain spaces, so only the list punctuation separates them.
const PHONE_SPLIT = [',', ';', '，', '；'];

/** Splits values that arrived whole (typed then Enter, or set by a script) and drops repeats. */
function splitList(values: string[], separators: string[]): string[] {
  const pattern = new RegExp(`[${separators.join('').replace(/\s/g, '\\s')}]+`);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of values.flatMap((v) => v.split(pattern))) {
    const value = part.trim();
    if (value && !seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      out.push(value);
    }
  }
  return out;
}

/** One person at the customer: name, title, emails, phones, WhatsApp and the unsubscribe flag. */
export function ContactCard({
  contact,
  index,
  dispatch,
  issues,
}: {
  contact: DraftContact;
  index: number;
  dispatch: Dispatch<DraftAction>;
  issues: readonly FieldIssue[];
}) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const path = `contacts.${index}`;
  const patch = (p: Partial<Omit<DraftContact, 'key' | 'id'>>) => dispatch({ type: 'contact', index, patch: p });
  const cardError = fieldError(issues, path);
  return (
    <Card withBorder padding="sm" data-testid={`contact-card-${index}`}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600} size="sm" truncate="end" miw={0}>
          {contact.name.trim() || t('contacts.numbered', { n: index + 1 })}
        </Text>
        <Tooltip label={t('contacts.remove')}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('contacts.remove')}
            onClick={() => dispatch({ type: 'removeContact', index })}
            data-testid={`contact-remove-${index}`}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {cardError && (
        <Text c="red" size="xs" mb="xs">
          {cardError}
        </Text>
      )}
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <TextInput
          label={t('customer:field.contactName')}
          value={contact.name}
          onChange={(e) => patch({ name: e.currentTarget.value })}
          error={fieldError(issues, `${path}.name`)}
          data-testid={`field-${path}.name`}
        />
        <TextInput
          label={t('customer:field.title')}
          value={contact.title}
          onChange={(e) => patch({ title: e.currentTarget.value })}
          error={fieldError(issues, `${path}.title`)}
          data-testid={`field-${path}.title`}
        />
        <TagsInput
          label={t('customer:field.emails')}
          description={t('contacts.listHint')}
          placeholder="name@company.com"
          value={contact.emails}
          onChange={(emails) => patch({ emails: splitList(emails, LIST_SPLIT) })}
          splitChars={LIST_SPLIT}
          error={fieldError(issues, `${path}.emails`, true)}
          data-testid={`field-${path}.emails`}
          style={{ gridColumn: '1 / -1' }}
        />
        <TagsInput
          label={t('customer:field.phones')}
          description={t('contacts.phoneHint')}
          placeholder="+55 11 91234 5678"
          value={contact.phones}
          onChange={(phones) => patch({ phones: splitList(phones, PHONE_SPLIT) })}
          splitChars={PHONE_SPLIT}
          error={fieldError(issues, `${path}.phones`, true)}
          data-testid={`field-${path}.phones`}
        />
        <TextInput
          label={t('customer:field.whatsapp')}
          placeholder="+55 11 91234 5678"
          value={contact.whatsapp}
          onChange={(e) => patch({ whatsapp: e.currentTarget.value })}
          error={fieldError(issues, `${path}.whatsapp`)}
          data-testid={`field-${path}.whatsapp`}
        />
      </SimpleGrid>
      <Switch
        mt="sm"
        label={t('contacts.unsubscribed')}
        description={t('contacts.unsubscribedHint')}
        checked={contact.unsubscribed}
        onChange={(e) => patch({ unsubscribed: e.currentTarget.checked })}
        data-testid={`field-${path}.unsubscribed`}
      />
    </Card>
  );
}
