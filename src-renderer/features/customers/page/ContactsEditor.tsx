import { Button, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ContactCard } from './ContactCard';
import { fieldError } from './FieldErrors';
import type { FormSectionProps } from './formTypes';

/** One card per contact; blank cards are simply not stored. */
export function ContactsEditor({ draft, dispatch, issues }: FormSectionProps) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const listError = fieldError(issues, 'contacts');
  return (
    <Stack gap="sm">
      {draft.contacts.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="contacts-empty">
          {t('contacts.empty')}
        </Text>
      )}
      {draft.contacts.map((contact, index) => (
        <ContactCard key={contact.key} contact={contact} index={index} dispatch={dispatch} issues={issues} />
      ))}
      {listError && (
        <Text c="red" size="sm">
          {listError}
        </Text>
      )}
      <Button
        variant="light"
        leftSection={<IconUserPlus size={16} />}
        w="fit-content"
        onClick={() => dispatch({ type: 'addContact' })}
        data-testid="contact-add"
      >
        {t('contacts.add')}
      </Button>
    </Stack>
  );
}
