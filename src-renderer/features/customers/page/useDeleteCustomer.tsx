import { Button, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { navigate } from '../../../app/router';
import { deleteCustomers } from '../../../data';
import { ClampedText } from './ClampedText';
import { describeError } from '../../../app/describeError';

/**
 * Delete with a confirmation, then an Undo in the notification: a slip of the mouse costs one
 * click, not a customer's history.
 */
export function useDeleteCustomer(): (customer: Customer) => void {
  const { t } = useTranslation(['customerPage', 'common', 'customer']);
  return (customer) => {
    const name = customer.company.trim() || t('customer:unnamed');
    const run = async () => {
      try {
        const { undo } = await deleteCustomers([customer.id]);
        const id = `deleted-${customer.id}`;
        navigate('/customers');
        notifications.show({
          id,
          color: 'teal',
          autoClose: 10_000,
          title: t('delete.done'),
          message: (
            <>
              <ClampedText>{name}</ClampedText>
              <Button
                size="xs"
                variant="light"
                mt={6}
                data-testid="undo-delete"
                onClick={() => {
                  notifications.hide(id);
                  Promise.resolve().then(() => undo()).then(
                    () => {
                      notifications.show({ color: 'teal', message: t('delete.restored') });
                      navigate(`/customers/${customer.id}`);
                    },
                    (err: unknown) => notifications.show({ color: 'red', title: t('delete.undoFailed'), message: describeError(err, t) }),
                  );
                }}
              >
                {t('common:actions.undo')}
              </Button>
            </>
          ),
        });
      } catch (err) {
        notifications.show({ color: 'red', title: t('delete.failed'), message: describeError(err, t) });
      }
    };
    openConfirmModal({
      title: t('delete.title'),
      children: (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('delete.body', { company: name })}
        </Text>
      ),
      labels: { confirm: t('common:actions.delete'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'delete-confirm' },
      onConfirm: () => void run(),
    });
  };
}
