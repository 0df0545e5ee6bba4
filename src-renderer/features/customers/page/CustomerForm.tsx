import { Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { modKeyLabel } from '../../../app/shortcuts';
import { ClassificationFields } from './ClassificationFields';
import { CompanyFields } from './CompanyFields';
import { ContactsEditor } from './ContactsEditor';
import type { CustomerEditor } from './useCustomerEditor';
import { ValidationSummary } from './ValidationSummary';

/**
 * The whole form, with a save bar that stays in view while the salesperson scrolls through
 * contacts. Ctrl/Cmd+S saves from any field.
 */
export function CustomerForm({
  editor,
  isNew,
  onSave,
  onCancel,
}: {
  editor: CustomerEditor;
  isNew: boolean;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['customerPage', 'common', 'customer']);
  const { draft, dispatch, issues, storeError, saving } = editor;
  const summaryRef = useRef<HTMLDivElement>(null);

  // The shortcut may fire while a tags field still holds typed text: blur it first so the text
  // becomes a tag, then save on the next frame with the committed draft.
  const saveRef = useRef(onSave);
  useEffect(() => {
    saveRef.current = onSave;
  }, [onSave]);
  useHotkeys(
    [
      [
        'mod+S',
        () => {
          (document.activeElement as HTMLElement | null)?.blur?.();
          window.requestAnimationFrame(() => saveRef.current());
        },
        { preventDefault: true },
      ],
    ],
    [],
  );

  const hasProblems = issues.length > 0 || Boolean(storeError);
  useEffect(() => {
    if (hasProblems) summaryRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [hasProblems]);

  const section = { draft, dispatch, issues };
  return (
    <Stack gap="md" data-testid="customer-form">
      {/* The app header is fixed and 52 px high: keep the summary clear of it when scrolled to. */}
      <div ref={summaryRef} style={{ scrollMarginTop: 72 }}>
        <ValidationSummary issues={issues} storeError={storeError} />
      </div>
      <Card withBorder padding="md">
        <Title order={5} mb="sm">
          {t('form.sectionCompany')}
        </Title>
        <CompanyFields {...section} autoFocus={isNew} />
      </Card>
      <Card withBorder padding="md">
        <Title order={5} mb="sm">
          {t('customer:field.contacts')}
        </Title>
        <ContactsEditor {...section} />
      </Card>
      <Card withBorder padding="md">
        <Title order={5} mb="sm">
          {t('form.sectionSales')}
        </Title>
        <ClassificationFields {...section} />
      </Card>
      <Paper
        withBorder
        shadow="sm"
        p="sm"
        style={{ position: 'sticky', bottom: 'var(--mantine-spacing-sm)', zIndex: 5 }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {editor.dirty ? t('form.unsavedHint', { key: modKeyLabel() }) : t('form.saveHint', { key: modKeyLabel() })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={onCancel} disabled={saving} data-testid="cancel-edit">
              {t('common:actions.cancel')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} data-testid="save-customer">
              {isNew ? t('form.create') : t('common:actions.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}
