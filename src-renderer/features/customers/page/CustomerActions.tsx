import { ActionIcon, Button, Menu } from '@mantine/core';
import { IconDots, IconGitMerge, IconMail, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../../../app/router';

/** View mode's actions: Edit up front, the rarer and riskier ones in a menu. */
export function CustomerActions({
  onEdit,
  onMergeWith,
  onDelete,
}: {
  onEdit: () => void;
  onMergeWith: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation(['customerPage', 'common', 'compose']);
  // The page's own address names the customer (#/customers/<id>).
  const [customerId] = useRoute().params;
  return (
    <>
      {customerId && (
        <Button
          variant="default"
          leftSection={<IconMail size={16} />}
          onClick={() => navigate(`/letters/compose?customer=${encodeURIComponent(customerId)}`)}
          data-testid="write-letter"
        >
          {t('compose:entry.writeLetter')}
        </Button>
      )}
      <Button leftSection={<IconPencil size={16} />} onClick={onEdit} data-testid="edit-customer">
        {t('common:actions.edit')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('actions.more')} title={t('actions.more')} data-testid="customer-actions">
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconGitMerge size={16} />} onClick={onMergeWith} data-testid="merge-with">
            {t('actions.mergeWith')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete} data-testid="delete-customer">
            {t('actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
