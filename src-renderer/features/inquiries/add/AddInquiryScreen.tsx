import { Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconClipboardText, IconMail, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { EmlImport } from './EmlImport';
import { PasteForm } from './PasteForm';
import { TableImport } from './TableImport';

/** #/inquiries/new: paste one inquiry, import .eml files, or a CSV/XLSX of inquiries. */
export function AddInquiryScreen() {
  const { t } = useTranslation('inquiries');
  return (
    <Stack gap="sm" maw={980} data-testid="add-inquiry-screen">
      <Anchor
        href="#/inquiries"
        size="sm"
        w="fit-content"
        onClick={(e) => {
          e.preventDefault();
          navigate('/inquiries');
        }}
      >
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} aria-hidden />
          {t('page.back')}
        </Group>
      </Anchor>
      <Stack gap={0}>
        <Title order={2} size="h3">
          {t('add.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('add.subtitle')}
        </Text>
      </Stack>
      <Tabs defaultValue="paste" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="paste" leftSection={<IconClipboardText size={16} />} data-testid="add-tab-paste">
            {t('add.tab.paste')}
          </Tabs.Tab>
          <Tabs.Tab value="eml" leftSection={<IconMail size={16} />} data-testid="add-tab-eml">
            {t('add.tab.eml')}
          </Tabs.Tab>
          <Tabs.Tab value="table" leftSection={<IconTable size={16} />} data-testid="add-tab-table">
            {t('add.tab.table')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="paste" pt="md">
          <PasteForm />
        </Tabs.Panel>
        <Tabs.Panel value="eml" pt="md">
          <EmlImport />
        </Tabs.Panel>
        <Tabs.Panel value="table" pt="md">
          <TableImport />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
