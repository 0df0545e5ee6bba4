import { ActionIcon, Button, Menu } from '@mantine/core';
import { IconDots, IconGitMerge, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation(['customerPage', 'common']);
  return (
    <>
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
