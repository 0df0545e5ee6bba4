import { Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import type { TFunction } from 'i18next';

/** Runs `proceed` at once when nothing is unsaved, else after the salesperson agrees to discard. */
export function confirmDiscard(dirty: boolean, t: TFunction, proceed: () => void): void {
  if (!dirty) {
    proceed();
    return;
  }
  openConfirmModal({
    title: t('customerPage:discard.title'),
    children: <Text size="sm">{t('customerPage:discard.body')}</Text>,
    labels: { confirm: t('customerPage:discard.confirm'), cancel: t('customerPage:discard.keepEditing') },
    confirmProps: { color: 'red', 'data-testid': 'discard-confirm' },
    cancelProps: { 'data-testid': 'discard-cancel' },
    onConfirm: proceed,
  });
}
