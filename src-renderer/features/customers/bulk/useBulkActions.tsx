import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { bulkUpdateCustomers, deleteCustomers } from '../../../data';
import { describeError } from '../../../app/describeError';
import { navigate } from '../../../app/router';
import { handOverSelection } from '../../letters/compose/selectionHandoff';
import { useFormatters } from '../list/useFormatters';

type Patch = Parameters<typeof bulkUpdateCustomers>[1];

export interface BulkActions {
  setLevel(level: string, levelName: string): Promise<void>;
  setStage(stage: string, stageName: string): Promise<void>;
  addTag(tag: string): Promise<void>;
  removeTag(tag: string): Promise<void>;
  confirmDelete(): void;
  /** Opens the composer with the selection as recipients (handed over in memory). */
  writeLetter(): void;
}

/**
 * The bulk edits on the selection, each ending in a notification that says what changed and for
 * how many. Deleting asks first and can be undone from the notification.
 */
export function useBulkActions(getIds: () => string[], onDeleted: () => void): BulkActions {
  const { t } = useTranslation(['list', 'common']);
  const fmt = useFormatters();

  const update = useCallback(
    async (patch: Patch, success: (count: number, formatted: string) => string) => {
      const ids = getIds();
      if (ids.length === 0) return;
      try {
        await bulkUpdateCustomers(ids, patch);
        notifications.show({ color: 'teal', message: success(ids.length, fmt.number(ids.length)) });
      } catch (error) {
        notifications.show({ color: 'red', title: t('list:bulk.failed'), message: describeError(error, t), autoClose: false });
      }
    },
    [getIds, fmt, t],
  );

  const remove = useCallback(
    async (ids: string[]) => {
      const id = notifications.show({
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t('list:bulk.deleting', { count: ids.length, formatted: fmt.number(ids.length) }),
      });
      try {
        const { undo, count } = await deleteCustomers(ids);
        onDeleted();
        notifications.update({
          id,
          loading: false,
          withCloseButton: true,
          color: 'teal',
          // Long enough to notice a mistake and take it back.
          autoClose: 12_000,
          message: (
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{t('list:bulk.deleted', { count, formatted: fmt.number(count) })}</Text>
              <Button
                size="compact-sm"
                variant="light"
                data-testid="bulk-delete-undo"
                onClick={() => {
                  notifications.hide(id);
                  undo().then(
                    () => notifications.show({ color: 'teal', message: t('list:bulk.restored', { count, formatted: fmt.number(count) }) }),
                    (error: unknown) =>
                      notifications.show({ color: 'red', title: t('list:bulk.undoFailed'), message: describeError(error, t), autoClose: false }),
                  );
                }}
              >
                {t('common:actions.undo')}
              </Button>
            </Group>
          ),
        });
      } catch (error) {
        notifications.update({
          id,
          loading: false,
          withCloseButton: true,
          color: 'red',
          title: t('list:bulk.failed'),
          message: describeError(error, t),
          autoClose: false,
        });
      }
    },
    [onDeleted, fmt, t],
  );

  const confirmDelete = useCallback(() => {
    const ids = getIds();
    if (ids.length === 0) return;
    const formatted = fmt.number(ids.length);
    modals.openConfirmModal({
      title: t('list:bulk.deleteTitle', { count: ids.length, formatted }),
      children: <Text size="sm">{t('list:bulk.deleteBody', { count: ids.length, formatted })}</Text>,
      labels: { confirm: t('list:bulk.deleteConfirm', { count: ids.length, formatted }), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'bulk-delete-confirm' },
      cancelProps: { 'data-testid': 'bulk-delete-cancel' },
      onConfirm: () => void remove(ids),
    });
  }, [getIds, fmt, t, remove]);

  return {
    setLevel: (level, levelName) =>
      update({ level }, (count, formatted) => t('list:bulk.levelSet', { count, formatted, level: levelName })),
    setStage: (stage, stageName) =>
      update({ stage }, (count, formatted) => t('list:bulk.stageSet', { count, formatted, stage: stageName })),
    addTag: (tag) => update({ addTags: [tag] }, (count, formatted) => t('list:bulk.tagAdded', { count, formatted, tag })),
    removeTag: (tag) => update({ removeTags: [tag] }, (count, formatted) => t('list:bulk.tagRemoved', { count, formatted, tag })),
    confirmDelete,
    writeLetter: () => {
      const ids = getIds();
      if (ids.length === 0) return;
      handOverSelection(ids);
      navigate('/letters/compose?selection=1');
    },
  };
}
