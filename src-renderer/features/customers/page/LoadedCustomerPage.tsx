import { Grid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { navigate, useRoute } from '../../../app/router';
import { MergeDialog } from '../merge/MergeDialog';
import { MergeSearchModal } from '../merge/MergeSearchModal';
import { confirmDiscard } from './confirmDiscard';
import { CustomerActions } from './CustomerActions';
import { CustomerDetails } from './CustomerDetails';
import { CustomerForm } from './CustomerForm';
import { CustomerHeader } from './CustomerHeader';
import { CustomerTimeline } from './CustomerTimeline';
import { DuplicateAlerts } from './DuplicateAlerts';
import { useCustomerEditor } from './useCustomerEditor';
import { useDeleteCustomer } from './useDeleteCustomer';
import { useDuplicates } from './useDuplicates';
import { ClampedText } from './ClampedText';

/**
 * A stored customer: read-only by default, Edit turns the details into the form. The timeline
 * stays on the right in both modes, so a call can be logged while the record is being fixed.
 */
export function LoadedCustomerPage({ customer }: { customer: Customer }) {
  const { t } = useTranslation(['customerPage', 'common']);
  const route = useRoute();
  const editor = useCustomerEditor(customer);
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  // "?merge=<id>" arrives from "Save and merge…" on the new-customer page.
  const [mergeWith, setMergeWith] = useState<string | null>(() => route.query.get('merge'));
  const [searchOpen, setSearchOpen] = useState(false);
  const deleteCustomer = useDeleteCustomer();
  const editing = mode === 'edit';
  const { draft } = editor;

  const probe = useMemo(
    () =>
      editing
        ? { id: customer.id, company: draft.company, website: draft.website, contacts: draft.contacts }
        : { id: customer.id, company: customer.company, website: customer.website, contacts: customer.contacts },
    [editing, customer, draft.company, draft.website, draft.contacts],
  );
  const duplicates = useDuplicates(probe, editing ? 400 : 0);

  /** Runs `then` now in view mode, or after the salesperson agrees to drop unsaved edits. */
  const leaveEdit = (then: () => void) =>
    confirmDiscard(editing && editor.dirty, t, () => {
      setMode('view');
      then();
    });

  const startEdit = () => {
    editor.reset(customer);
    setMode('edit');
  };

  const save = async () => {
    const id = await editor.save();
    if (!id) return;
    notifications.show({ color: 'teal', title: t('saved.updated'), message: <ClampedText>{editor.draft.company.trim()}</ClampedText> });
    setMode('view');
  };

  const closeMerge = () => {
    setMergeWith(null);
    if (route.query.has('merge')) navigate(`/customers/${customer.id}`);
  };

  return (
    <Stack gap="md" data-testid="customer-page" data-mode={mode}>
      <CustomerHeader
        summary={editing ? draft : customer}
        isNew={false}
        onBack={() => leaveEdit(() => navigate('/customers'))}
        actions={
          editing ? undefined : (
            <CustomerActions onEdit={startEdit} onMergeWith={() => setSearchOpen(true)} onDelete={() => deleteCustomer(customer)} />
          )
        }
      />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <DuplicateAlerts
              matches={duplicates}
              onOpen={(id) => leaveEdit(() => navigate(`/customers/${id}`))}
              onMerge={(id) => leaveEdit(() => setMergeWith(id))}
            />
            {editing ? (
              <CustomerForm editor={editor} isNew={false} onSave={() => void save()} onCancel={() => leaveEdit(() => undefined)} />
            ) : (
              <CustomerDetails customer={customer} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CustomerTimeline customerId={customer.id} />
        </Grid.Col>
      </Grid>
      <MergeSearchModal
        opened={searchOpen}
        onClose={() => setSearchOpen(false)}
        customerId={customer.id}
        onPick={(otherId) => {
          setSearchOpen(false);
          setMergeWith(otherId);
        }}
      />
      <MergeDialog opened={mergeWith !== null} onClose={closeMerge} firstId={customer.id} secondId={mergeWith} />
    </Stack>
  );
}
