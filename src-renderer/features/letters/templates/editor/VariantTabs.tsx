import { ActionIcon, Badge, Group, Select, Stack, Tabs, Text, Tooltip } from '@mantine/core';
import { IconStar, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate, TemplateProblem } from '../../../../../src-shared/letters/types';
import { useDisplayNames } from '../../../../i18n/displayNames';
import { VARIANT_LANGUAGES } from './languageChoices';
import { variantLanguages } from './templateDraft';

interface VariantTabsProps {
  template: LetterTemplate;
  active: string;
  problems: Record<string, TemplateProblem[]>;
  onSelect(language: string): void;
  onAdd(language: string): void;
  onRemove(language: string): void;
  onMakeFallback(language: string): void;
}

/** One tab per language variant, the fallback marked; add, remove, and choose the fallback. */
export function VariantTabs({ template, active, problems, onSelect, onAdd, onRemove, onMakeFallback }: VariantTabsProps) {
  const { t } = useTranslation('templates');
  const names = useDisplayNames();
  const languages = variantLanguages(template);
  const addable = useMemo(
    () =>
      VARIANT_LANGUAGES.filter((l) => !template.variants[l])
        .map((l) => ({ value: l, label: `${names.language(l)} (${l})` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [template.variants, names],
  );
  const isFallback = active === template.fallbackLanguage;

  return (
    <Stack gap={6}>
      <Tabs value={active} onChange={(v) => v && onSelect(v)}>
        <Tabs.List>
          {languages.map((lang) => {
            const count = problems[lang]?.length ?? 0;
            return (
              <Tabs.Tab
                key={lang}
                value={lang}
                data-testid={`variant-tab-${lang}`}
                rightSection={
                  count > 0 ? (
                    <Badge size="xs" color="red" circle>
                      {count}
                    </Badge>
                  ) : lang === template.fallbackLanguage ? (
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      {t('editor.fallback')}
                    </Badge>
                  ) : undefined
                }
              >
                {names.language(lang)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <FallbackHint template={template} />
        <Group gap={6} wrap="nowrap">
          <Select
            size="xs"
            w={190}
            searchable
            placeholder={t('editor.addLanguage')}
            aria-label={t('editor.addLanguage')}
            data={addable}
            value={null}
            onChange={(v) => v && onAdd(v)}
            nothingFoundMessage={t('editor.noLanguage')}
            data-testid="variant-add"
          />
          <Tooltip label={isFallback ? t('editor.isFallback') : t('editor.makeFallback')} multiline maw={260}>
            <ActionIcon
              variant={isFallback ? 'light' : 'subtle'}
              aria-label={t('editor.makeFallback')}
              disabled={isFallback}
              onClick={() => onMakeFallback(active)}
              data-testid="variant-make-fallback"
            >
              <IconStar size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={isFallback ? t('editor.cannotRemoveFallback') : t('editor.removeLanguage', { language: names.language(active) })} multiline maw={260}>
            <span>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('editor.removeLanguage', { language: names.language(active) })}
                disabled={isFallback || languages.length <= 1}
                onClick={() => onRemove(active)}
                data-testid="variant-remove"
              >
                <IconTrash size={16} />
              </ActionIcon>
            </span>
          </Tooltip>
        </Group>
      </Group>
    </Stack>
  );
}

/** A hint under the tabs saying which language stands in when a customer's is missing. */
function FallbackHint({ template }: { template: LetterTemplate }) {
  const { t } = useTranslation('templates');
  const names = useDisplayNames();
  return (
    <Text size="xs" c="dimmed">
      {t('editor.fallbackHint', { language: names.language(template.fallbackLanguage) })}
    </Text>
  );
}
