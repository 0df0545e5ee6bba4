import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate, TemplateKind } from '../../../../../src-shared/letters/types';
import { TEMPLATE_KINDS } from '../../../../../src-shared/letters/types';

interface MetaFieldsProps {
  template: LetterTemplate;
  nameMissing: boolean;
  onChange(patch: Partial<Pick<LetterTemplate, 'name' | 'description' | 'kind'>>): void;
}

/** Name and description in both UI languages, and what the template is for. */
export function MetaFields({ template, nameMissing, onChange }: MetaFieldsProps) {
  const { t } = useTranslation('templates');
  const kinds = TEMPLATE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }));
  const nameError = nameMissing ? t('editor.nameRequired') : undefined;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" verticalSpacing="xs">
      <TextInput
        label={t('editor.nameEn')}
        maxLength={120}
        value={template.name.en}
        error={nameError}
        onChange={(e) => onChange({ name: { ...template.name, en: e.currentTarget.value } })}
        data-testid="template-name-en"
      />
      <TextInput
        label={t('editor.nameZh')}
        maxLength={120}
        value={template.name['zh-CN']}
        error={nameError ? ' ' : undefined}
        onChange={(e) => onChange({ name: { ...template.name, 'zh-CN': e.currentTarget.value } })}
        data-testid="template-name-zh"
      />
      <Select
        label={t('editor.kind')}
        data={kinds}
        value={template.kind}
        allowDeselect={false}
        onChange={(v) => v && onChange({ kind: v as TemplateKind })}
        data-testid="template-kind"
      />
      <TextInput
        label={t('editor.descriptionEn')}
        maxLength={300}
        value={template.description.en}
        onChange={(e) => onChange({ description: { ...template.description, en: e.currentTarget.value } })}
        data-testid="template-description-en"
        style={{ gridColumn: 'span 1' }}
      />
      <TextInput
        label={t('editor.descriptionZh')}
        maxLength={300}
        value={template.description['zh-CN']}
        onChange={(e) => onChange({ description: { ...template.description, 'zh-CN': e.currentTarget.value } })}
        data-testid="template-description-zh"
      />
    </SimpleGrid>
  );
}
