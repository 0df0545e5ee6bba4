import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconCopy, IconDots, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate } from '../../../../../src-shared/letters/types';
import { navigate } from '../../../../app/router';
import { uiText } from '../templateText';
import { LanguageBadges } from './LanguageBadges';
import { useTemplateActions } from './useTemplateActions';

/** One template in the list: name, description, languages, built-in or own, and its actions. */
export function TemplateRow({ template }: { template: LetterTemplate }) {
  const { t, i18n } = useTranslation(['templates', 'common']);
  const actions = useTemplateActions();
  const name = uiText(template.name, i18n.language) || t('list.unnamed');
  const description = uiText(template.description, i18n.language);
  const open = () => navigate(`/letters/templates/${encodeURIComponent(template.id)}`);
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`template-row-${template.id}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <UnstyledButton onClick={open} style={{ flex: 1, minWidth: 0 }} data-testid="template-open-name">
          <Stack gap={4}>
            <Group gap={8} wrap="nowrap">
              <Text fw={600} lineClamp={1} style={{ overflowWrap: 'anywhere' }} title={name} data-testid="template-name">
                {name}
              </Text>
              <Badge size="xs" variant="light" color={template.builtIn ? 'blue' : 'teal'} tt="none" style={{ flexShrink: 0 }}>
                {template.builtIn ? t('list.builtIn') : t('list.own')}
              </Badge>
            </Group>
            {description && (
              <Text size="sm" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                {description}
              </Text>
            )}
            <LanguageBadges template={template} />
          </Stack>
        </UnstyledButton>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button size="xs" variant="light" onClick={open} data-testid={`template-open-${template.id}`}>
            {t('list.open')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" aria-label={t('list.more', { name })} data-testid={`template-menu-${template.id}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => actions.duplicate(template)} data-testid="template-duplicate">
                {t('list.duplicate')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => actions.remove(template)} data-testid="template-delete">
                {t('common:actions.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
    </Paper>
  );
}
