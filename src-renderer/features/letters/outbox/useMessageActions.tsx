import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../app/describeError';
import { cancelMessage, markMessageSent, type OutboxMessage, retryMessage } from '../../../data';

export type MessageAction = 'retry' | 'cancel' | 'markSent';

/** Which actions a letter in this status offers. */
export function actionsFor(status: OutboxMessage['status']): MessageAction[] {
  switch (status) {
    case 'failed':
    case 'uncertain':
      return ['retry', 'markSent', 'cancel'];
    case 'queued':
    case 'scheduled':
      return ['cancel'];
    default:
      return [];
  }
}

const RUN: Record<MessageAction, (id: string) => Promise<void>> = {
  retry: (id) => retryMessage(id),
  cancel: (id) => cancelMessage(id),
  markSent: (id) => markMessageSent(id),
};

const DONE: Record<MessageAction, string> = { retry: 'outbox:done.retried', cancel: 'outbox:done.cancelled', markSent: 'outbox:done.markedSent' };

/**
 * Retry, cancel, mark as sent: each asks first. For an uncertain letter the question says plainly
 * that it may already have been delivered, so nobody resends it without meaning to.
 */
export function useMessageActions(): (action: MessageAction, message: OutboxMessage) => void {
  const { t } = useTranslation(['outbox', 'common']);
  return (action, message) => {
    const address = message.message.to.address;
    const uncertain = message.status === 'uncertain';
    const body =
      action === 'retry'
        ? uncertain
          ? t('outbox:confirm.retryUncertain', { address })
          : t('outbox:confirm.retryBody', { address })
        : action === 'cancel'
          ? uncertain
            ? t('outbox:confirm.cancelUncertain', { address })
            : t('outbox:confirm.cancelBody', { address })
          : t('outbox:confirm.markSentBody', { address });
    modals.openConfirmModal({
      title: t(`outbox:confirm.${action}Title`),
      children: (
        <Text size="sm" data-testid="outbox-confirm-body">
          {body}
        </Text>
      ),
      labels: { confirm: t(`outbox:confirm.${action}Confirm`), cancel: t('outbox:confirm.keep') },
      confirmProps: { color: action === 'cancel' || (action === 'retry' && uncertain) ? 'orange' : undefined, 'data-testid': 'outbox-confirm' },
      cancelProps: { 'data-testid': 'outbox-confirm-cancel' },
      onConfirm: () => {
        RUN[action](message.id).then(
          () => notifications.show({ color: 'teal', message: t(DONE[action]) }),
          (error: unknown) => notifications.show({ color: 'red', title: t('outbox:done.failed'), message: describeError(error, t), autoClose: false }),
        );
      },
    });
  };
}
