import { ActionIcon, Button, CloseButton, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconMail, IconTag, IconTagOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES } from '../../../../src-shared/customer/vocabulary';
import { levelLabel, useLevelScale } from '../../settings/levelScale';
import { useFormatters } from '../list/useFormatters';
import { TagModal } from './TagModal';
import type { BulkActions } from './useBulkActions';

interface Props {
  count: number;
  actions: BulkActions;
  knownTags: readonly string[];
  exporting: boolean;
  onExport(): void;
  onClear(): void;
}

const MenuChevron = <IconChevronDown size={12} />;

/** Shown while customers are selected: what can be done to all of them at once, on one line at 1280px. */
export function BulkActionBar({ count, actions, knownTags, exporting, onExport, onClear }: Props) {
  const { t } = useTranslation(['list', 'customer', 'compose']);
  const fmt = useFormatters();
  const levels = useLevelScale();
  const [tagMode, setTagMode] = useState<'add' | 'remove' | null>(null);

  return (
    <Paper withBorder px="sm" py={6} bg="var(--mantine-primary-color-light)" data-testid="bulk-bar" role="toolbar" aria-label={t('list:bulk.label')}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} data-testid="selection-count" mr="xs" style={{ whiteSpace: 'nowrap' }}>
          {t('list:selection.count', { count, formatted: fmt.number(count) })}
        </Text>
        <Menu withinPortal position="bottom-start">
          <Menu.Target>
            <Button size="compact-sm" variant="default" rightSection={MenuChevron} data-testid="bulk-set-level">
              {t('list:bulk.setLevel')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {levels.map((l) => (
              <Menu.Item key={l.code} onClick={() => void actions.setLevel(l.code, levelLabel(l, t))} data-testid={`bulk-level-${l.code}`}>
                {levelLabel(l, t)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Menu withinPortal position="bottom-start">
          <Menu.Target>
            <Button size="compact-sm" variant="default" rightSection={MenuChevron} data-testid="bulk-set-stage">
              {t('list:bulk.setStage')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {STAGES.map((s) => (
              <Menu.Item key={s} onClick={() => void actions.setStage(s, t(`customer:stage.${s}`))} data-testid={`bulk-stage-${s}`}>
                {t(`customer:stage.${s}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Menu withinPortal position="bottom-start">
          <Menu.Target>
            <Button size="compact-sm" variant="default" rightSection={MenuChevron} data-testid="bulk-tags">
              {t('list:bulk.tags')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconTag size={14} />} onClick={() => setTagMode('add')} data-testid="bulk-add-tag">
              {t('list:bulk.addTag')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconTagOff size={14} />}
              onClick={() => setTagMode('remove')}
              disabled={knownTags.length === 0}
              data-testid="bulk-remove-tag"
            >
              {t('list:bulk.removeTag')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {/* An icon keeps the bar on one line at 1280px; the tooltip and label say what it does. */}
        <Tooltip label={t('compose:entry.writeSelection', { formatted: fmt.number(count) })} withinPortal>
          <ActionIcon
            variant="default"
            size={26}
            onClick={actions.writeLetter}
            aria-label={t('compose:entry.writeSelection', { formatted: fmt.number(count) })}
            style={{ flex: 'none' }}
            data-testid="bulk-write-letter"
          >
            <IconMail size={15} />
          </ActionIcon>
        </Tooltip>
        <Button size="compact-sm" variant="default" onClick={onExport} loading={exporting} data-testid="bulk-export">
          {t('list:bulk.exportSelection')}
        </Button>
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={actions.confirmDelete}
          data-testid="bulk-delete"
        >
          {t('list:bulk.delete')}
        </Button>
        <CloseButton
          ml="auto"
          size="sm"
          onClick={onClear}
          aria-label={t('list:selection.clear')}
          title={t('list:selection.clear')}
          data-testid="selection-clear"
        />
      </Group>
      <TagModal
        mode={tagMode}
        count={count}
        knownTags={knownTags}
        onClose={() => setTagMode(null)}
        onSubmit={(mode, tag) => (mode === 'add' ? actions.addTag(tag) : actions.removeTag(tag))}
      />
    </Paper>
  );
}
