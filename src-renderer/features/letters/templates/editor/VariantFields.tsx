import { Stack, Textarea, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEMPLATE_CHARS } from '../../../../../src-shared/ipc/contract';
import type { TemplateVariant } from '../../../../../src-shared/letters/types';

export type VariantPart = 'subject' | 'html';

interface VariantFieldsProps {
  variant: TemplateVariant;
  language: string;
  subjectRef: RefObject<HTMLInputElement | null>;
  bodyRef: RefObject<HTMLTextAreaElement | null>;
  onChange(part: VariantPart, value: string): void;
  onFocusPart(part: VariantPart): void;
}

/** The subject line and the HTML body of one language, as source. */
export function VariantFields({ variant, language, subjectRef, bodyRef, onChange, onFocusPart }: VariantFieldsProps) {
  const { t } = useTranslation('templates');
  return (
    <Stack gap="xs">
      <TextInput
        ref={subjectRef}
        label={t('editor.subject')}
        // Arabic and Hebrew read right to left; the source follows its own first strong letter.
        dir="auto"
        lang={language}
        maxLength={MAX_TEMPLATE_CHARS + 1}
        value={variant.subject}
        onChange={(e) => onChange('subject', e.currentTarget.value)}
        onFocus={() => onFocusPart('subject')}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        data-testid="template-subject"
      />
      <Textarea
        ref={bodyRef}
        label={t('editor.body')}
        description={t('editor.bodyHint')}
        dir="auto"
        lang={language}
        rows={18}
        resize="vertical"
        spellCheck={false}
        value={variant.html}
        onChange={(e) => onChange('html', e.currentTarget.value)}
        onFocus={() => onFocusPart('html')}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, lineHeight: 1.5 } }}
        data-testid="template-body"
      />
    </Stack>
  );
}
