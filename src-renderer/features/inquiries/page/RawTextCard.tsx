import { Button, Card, Group, ScrollArea, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryRecord } from '../../../data';

const PREVIEW_CHARS = 20_000;

/**
 * The inquiry exactly as received, as text: React escapes it, so HTML or a script shows as typed
 * and never runs. A very long one shows its start until asked for the rest.
 */
export function RawTextCard({ inquiry }: { inquiry: InquiryRecord }) {
  const { t } = useTranslation('inquiries');
  const [all, setAll] = useState(false);
  const long = inquiry.rawText.length > PREVIEW_CHARS;
  const text = all || !long ? inquiry.rawText : inquiry.rawText.slice(0, PREVIEW_CHARS);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('raw.title')}</Title>
        {long && (
          <Button size="compact-xs" variant="subtle" onClick={() => setAll((v) => !v)}>
            {all ? t('raw.showLess') : t('raw.showAll', { count: inquiry.rawText.length })}
          </Button>
        )}
      </Group>
      <ScrollArea.Autosize mah={420} type="auto">
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="inquiry-raw-text">
          {text}
        </Text>
      </ScrollArea.Autosize>
    </Card>
  );
}
