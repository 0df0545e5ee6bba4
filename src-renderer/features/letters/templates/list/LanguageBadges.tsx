import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate } from '../../../../../src-shared/letters/types';
import { useDisplayNames } from '../../../../i18n/displayNames';
import { variantLanguages } from '../editor/templateDraft';

/** The languages a template is written in, as small code badges; the fallback one filled. */
export function LanguageBadges({ template }: { template: Pick<LetterTemplate, 'variants' | 'fallbackLanguage'> }) {
  const { t } = useTranslation('templates');
  const names = useDisplayNames();
  return (
    <Group gap={4} wrap="wrap">
      {variantLanguages(template).map((lang) => {
        const fallback = lang === template.fallbackLanguage;
        return (
          <Tooltip key={lang} label={fallback ? t('editor.fallbackNamed', { language: names.language(lang) }) : names.language(lang)}>
            <Badge size="xs" radius="sm" variant={fallback ? 'filled' : 'light'} color="gray" tt="none" data-testid={`template-lang-${lang}`}>
              {lang}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
