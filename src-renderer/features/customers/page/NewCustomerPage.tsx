import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { confirmDiscard } from './confirmDiscard';
import { CustomerForm } from './CustomerForm';
import { CustomerHeader } from './CustomerHeader';
import { DuplicateAlerts } from './DuplicateAlerts';
import { useCustomerEditor } from './useCustomerEditor';
import { useDuplicates } from './useDuplicates';
import { ClampedText } from './ClampedText';

/** #/customers/new: the form, with a live duplicate check while the salesperson types. */
export function NewCustomerPage() {
  const { t } = useTranslation(['customerPage', 'common']);
  const editor = useCustomerEditor(null);
  const { draft } = editor;
  const probe = useMemo(
    () => ({ company: draft.company, website: draft.website, contacts: draft.contacts }),
    [draft.company, draft.website, draft.contacts],
  );
  const duplicates = useDuplicates(probe, 400);

  const leave = (path: string) => confirmDiscard(editor.dirty, t, () => navigate(path));

  /** Saves, then opens the new record (optionally with the merge dialog for a duplicate). */
  const saveThen = async (mergeWith?: string) => {
    const id = await editor.save();
    if (!id) return;
    notifications.show({ color: 'teal', title: t('saved.created'), message: <ClampedText>{draft.company.trim()}</ClampedText> });
    navigate(mergeWith ? `/customers/${id}?merge=${encodeURIComponent(mergeWith)}` : `/customers/${id}`);
  };

  return (
    <Stack gap="md" maw={980} data-testid="customer-page-new">
      <CustomerHeader summary={draft} isNew onBack={() => leave('/customers')} />
      <DuplicateAlerts
        matches={duplicates}
        onOpen={(id) => leave(`/customers/${id}`)}
        onMerge={(id) => void saveThen(id)}
        mergeLabel={t('duplicates.saveAndMerge')}
      />
      <CustomerForm editor={editor} isNew onSave={() => void saveThen()} onCancel={() => leave('/customers')} />
    </Stack>
  );
}
