import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../app/describeError';
import { useFormatters } from '../list/useFormatters';
import { exportCustomersToFile } from './exportCustomers';

/**
 * Export with feedback: a progress notification while records are read, then "Exported N
 * customers to <path>". A cancelled save dialog says nothing; the salesperson chose that.
 */
export function useExportCustomers(): { exporting: boolean; exportIds(ids: readonly string[]): Promise<void> } {
  const { t } = useTranslation(['list', 'common']);
  const fmt = useFormatters();
  const [exporting, setExporting] = useState(false);

  const exportIds = useCallback(
    async (ids: readonly string[]) => {
      if (ids.length === 0) return;
      setExporting(true);
      const id = notifications.show({
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t('list:export.preparing', { count: ids.length, formatted: fmt.number(ids.length) }),
      });
      try {
        const result = await exportCustomersToFile(ids);
        if (result.saved) {
          notifications.update({
            id,
            loading: false,
            autoClose: 6000,
            withCloseButton: true,
            color: 'teal',
            title: t('list:export.doneTitle'),
            message: t('list:export.done', { count: result.count, formatted: fmt.number(result.count), path: result.path }),
          });
        } else {
          notifications.hide(id);
        }
      } catch (error) {
        notifications.update({
          id,
          loading: false,
          autoClose: false,
          withCloseButton: true,
          color: 'red',
          title: t('list:export.failed'),
          message: describeError(error, t),
        });
      } finally {
        setExporting(false);
      }
    },
    [t, fmt],
  );
  return { exporting, exportIds };
}
