import { Alert, Anchor, Code, Group, Loader, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateInput, TemplateVariant } from '../../../../../src-shared/letters/types';
import { describeError } from '../../../../app/describeError';
import { navigate } from '../../../../app/router';
import { useCustomer } from '../../../../data';
import { useSenderProfile } from '../../../settings/profile/senderProfile';
import { CustomerPicker } from './CustomerPicker';
import { LetterFrame } from './LetterFrame';
import { useFirstCustomerId } from './useFirstCustomer';
import { usePreview } from './usePreview';

interface PreviewPanelProps {
  variant: TemplateVariant;
  language: string;
  inputs: readonly TemplateInput[];
}

/** The letter for a chosen customer, as HTML and as the plain text sent beside it. */
export function PreviewPanel({ variant, language, inputs }: PreviewPanelProps) {
  const { t, i18n } = useTranslation(['templates', 'common']);
  const firstId = useFirstCustomerId();
  const [picked, setPicked] = useState<string | null>(null);
  const customerId = picked ?? firstId ?? null;
  const { data: customer } = useCustomer(customerId);
  const [profile] = useSenderProfile();
  const [view, setView] = useState<string>('html');
  const labelOf = useCallback(
    (input: TemplateInput) => (i18n.language === 'zh-CN' ? input.label['zh-CN'] || input.label.en : input.label.en || input.label['zh-CN']) || input.key,
    [i18n.language],
  );
  const preview = usePreview({ variant, language, customer, profile, inputs, labelOf });

  return (
    <Stack gap="sm" data-testid="template-preview" data-status={preview.status} data-stale={preview.status === 'rendered' && preview.stale ? 'true' : 'false'}>
      {firstId === null ? (
        <Alert variant="light" icon={<IconInfoCircle size={18} />} data-testid="preview-no-customers">
          {t('preview.noCustomers')}
        </Alert>
      ) : (
        <CustomerPicker customer={customer} onPick={setPicked} />
      )}
      {inputs.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('preview.exampleInputs')}
        </Text>
      )}
      {preview.status === 'rendering' && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('preview.rendering')}
          </Text>
        </Group>
      )}
      {preview.status === 'broken' && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="preview-broken">
          {t('preview.broken')}
        </Alert>
      )}
      {preview.status === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
          {describeError(preview.error, t)}
        </Alert>
      )}
      {preview.status === 'rendered' && (
        <>
          <div>
            <Text size="xs" c="dimmed">
              {t('preview.subject')}
            </Text>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="preview-subject">
              {preview.letter.subject}
            </Text>
          </div>
          {preview.letter.missing.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} />} title={t('preview.missingTitle', { count: preview.letter.missing.length })} data-testid="preview-missing">
              <Text size="sm">{t('preview.missingBody')}</Text>
              <Group gap={4} mt={4}>
                {preview.letter.missing.map((field) => (
                  <Code key={field}>{field}</Code>
                ))}
              </Group>
              {preview.letter.missing.some((field) => /^(salesperson|company)\./.test(field)) && (
                <Anchor component="button" type="button" size="sm" mt={6} ta="start" onClick={() => navigate('/settings')} data-testid="preview-fill-profile">
                  {t('preview.fillProfile')}
                </Anchor>
              )}
            </Alert>
          )}
          <Tabs value={view} onChange={(v) => v && setView(v)}>
            <Tabs.List>
              <Tabs.Tab value="html" data-testid="preview-tab-html">
                {t('preview.html')}
              </Tabs.Tab>
              <Tabs.Tab value="text" data-testid="preview-tab-text">
                {t('preview.text')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="html" pt="xs">
              <LetterFrame html={preview.letter.html} title={t('preview.frameTitle')} />
            </Tabs.Panel>
            <Tabs.Panel value="text" pt="xs">
              <ScrollArea.Autosize mah={420} type="auto">
                <Code block data-testid="preview-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {preview.letter.text}
                </Code>
              </ScrollArea.Autosize>
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
