import { ActionIcon, Badge, Group, Menu, NavLink, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDots, IconMail, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { deleteSegment, renameSegment } from '../../../data';
import { describeError } from '../../../app/describeError';
import { forgetListState } from '../list/useListState';
import { useFormatters } from '../list/useFormatters';
import { SegmentNameModal } from './SegmentNameModal';

interface Props {
  segment: { id: string; name: string; count: number };
  active: boolean;
}

export function SegmentNavItem({ segment, active }: Props) {
  const { t } = useTranslation(['list', 'common', 'compose']);
  const fmt = useFormatters();
  const [renaming, setRenaming] = useState(false);
  const href = `/customers?segment=${encodeURIComponent(segment.id)}`;

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('list:segments.deleteTitle'),
      children: <Text size="sm">{t('list:segments.deleteBody', { name: segment.name })}</Text>,
      labels: { confirm: t('common:actions.delete'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'segment-delete-confirm' },
      onConfirm: async () => {
        try {
          await deleteSegment(segment.id);
          if (active) navigate('/customers');
          notifications.show({ color: 'teal', message: t('list:segments.deleted', { name: segment.name }) });
        } catch (error) {
          notifications.show({ color: 'red', title: t('common:errors.title'), message: describeError(error, t), autoClose: false });
        }
      },
    });

  return (
    <Group gap={0} wrap="nowrap">
      <NavLink
        href={`#${href}`}
        active={active}
        label={
          <Text size="sm" truncate="end" title={segment.name}>
            {segment.name}
          </Text>
        }
        rightSection={
          <Badge size="sm" variant={active ? 'filled' : 'light'} color="gray" data-testid={`segment-count-${segment.name}`}>
            {fmt.number(segment.count)}
          </Badge>
        }
        onClick={(e) => {
          e.preventDefault();
          // Opening a segment from here shows its saved filter, not the last edits to it.
          forgetListState(segment.id);
          navigate(href);
        }}
        style={{ flex: 1, minWidth: 0 }}
        styles={{ body: { minWidth: 0 } }}
        data-testid={`segment-link-${segment.name}`}
      />
      <Menu withinPortal position="bottom-end">
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('list:segments.menu', { name: segment.name })}
            data-testid={`segment-menu-${segment.name}`}
          >
            <IconDots size={14} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconMail size={14} />}
            onClick={() => navigate(`/letters/compose?segment=${encodeURIComponent(segment.id)}`)}
            data-testid="segment-write"
          >
            {t('compose:entry.writeSegment')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setRenaming(true)} data-testid="segment-rename">
            {t('list:segments.rename')}
          </Menu.Item>
          <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={confirmDelete} data-testid="segment-delete">
            {t('common:actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SegmentNameModal
        opened={renaming}
        title={t('list:segments.renameTitle')}
        initialName={segment.name}
        confirmLabel={t('list:segments.rename')}
        segmentId={segment.id}
        onClose={() => setRenaming(false)}
        onSubmit={async (name) => {
          await renameSegment(segment.id, name);
          notifications.show({ color: 'teal', message: t('list:segments.renamed', { name }) });
        }}
      />
    </Group>
  );
}
