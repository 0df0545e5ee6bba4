import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../../app/router';
import { useTemplate } from '../../../../data';
import { newTemplate } from './templateDraft';
import { TemplateEditor } from './TemplateEditor';

/** #/letters/templates/new and #/letters/templates/<id>. */
export function TemplateEditorPage({ id }: { id: string }) {
  if (id === 'new') return <NewTemplatePage />;
  return <StoredTemplatePage id={id} />;
}

function NewTemplatePage() {
  const [initial] = useState(() => newTemplate());
  return <TemplateEditor initial={initial} isNew />;
}

function StoredTemplatePage({ id }: { id: string }) {
  const { t } = useTranslation(['templates', 'common']);
  const { data, isLoading } = useTemplate(id);
  if (isLoading) {
    return (
      <Center h={240}>
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!data) {
    return (
      <Center h="50vh">
        <Stack align="center" gap="sm" data-testid="template-not-found">
          <Title order={3}>{t('editor.notFoundTitle')}</Title>
          <Text c="dimmed" ta="center" maw={420}>
            {t('editor.notFoundBody')}
          </Text>
          <Button variant="light" onClick={() => navigate('/letters')}>
            {t('editor.backToList')}
          </Button>
        </Stack>
      </Center>
    );
  }
  // Opened once: later writes (another window) do not pull the text from under the cursor.
  return <TemplateEditor initial={data} isNew={false} />;
}
