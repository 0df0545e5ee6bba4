import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen, IconFolderSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../app/describeError';
import { callMain } from '../../../app/mainApi';

interface EmlFolderFieldProps {
  /** The folder in the form ('' = the default one). */
  folder: string;
  defaultFolder: string;
  onChoose(folder: string): void;
}

/** Where .eml files go: the path, "Open folder" and "Choose folder…". */
export function EmlFolderField({ folder, defaultFolder, onChoose }: EmlFolderFieldProps) {
  const { t } = useTranslation(['mailSettings', 'common']);
  const fail = (err: unknown) => notifications.show({ color: 'red', title: t('common:errors.title'), message: describeError(err, t) });

  const open = () =>
    callMain('mail:openOutboxFolder', undefined).then((r) => {
      if (!r.opened) notifications.show({ color: 'orange', message: t('eml.notOpened', { path: r.path }) });
    }, fail);
  const choose = () =>
    callMain('mail:chooseOutboxFolder', undefined).then((r) => {
      if (r.folder) onChoose(r.folder);
    }, fail);

  return (
    <Stack gap={6}>
      <Text size="sm">{t('eml.explain')}</Text>
      <Text size="sm" c="dimmed">
        {t('eml.folder')}
      </Text>
      <Code block data-testid="eml-folder" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {folder || defaultFolder}
      </Code>
      <Group gap="xs">
        <Button variant="light" size="xs" leftSection={<IconFolderOpen size={16} />} onClick={() => void open()} data-testid="eml-open">
          {t('eml.open')}
        </Button>
        <Button variant="default" size="xs" leftSection={<IconFolderSearch size={16} />} onClick={() => void choose()} data-testid="eml-choose">
          {t('eml.choose')}
        </Button>
      </Group>
    </Stack>
  );
}
