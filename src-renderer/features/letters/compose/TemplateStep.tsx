import { Alert, Badge, Button, Group, Loader, Radio, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconSearch, IconSparkles } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { suggestTemplates } from '../../../../src-shared/letters/suggestTemplates';
import type { LetterTemplate } from '../../../../src-shared/letters/types';
import { navigate } from '../../../app/router';
import { useTemplates } from '../../../data';
import { suggestedForBatch } from './reviewModel';
import { TemplateInputsForm } from './TemplateInputsForm';
import { buildExtra, type InputValues } from './templateInputs';

interface Props {
  customers: readonly Customer[];
  templateId: string | null;
  onTemplate(id: string): void;
  values: InputValues;
  onValues(values: InputValues): void;
  onBack(): void;
  onNext(): void;
  /** The template the link asked for (an inquiry's reply plan): shown first, as the suggestion. */
  preferred?: string | null;
}

type UiLang = 'en' | 'zh-CN';

/** Step 2: the template (one suggested) and the batch's inputs (quote number, closure dates…). */
export function TemplateStep({ customers, templateId, onTemplate, values, onValues, onBack, onNext, preferred }: Props) {
  const { t, i18n } = useTranslation(['compose', 'common']);
  const lang: UiLang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const templates = useTemplates();
  const [search, setSearch] = useState('');
  const [touched, setTouched] = useState(false);

  const suggested = useMemo(() => {
    if (!templates || templates.length === 0) return null;
    if (preferred && templates.some((tpl) => tpl.id === preferred)) return preferred;
    return suggestedForBatch(templates, customers, suggestTemplates);
  }, [templates, customers, preferred]);
  // Suggested first, then by name in the UI language.
  const ordered = useMemo(() => {
    const list = [...(templates ?? [])].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
    const index = list.findIndex((tpl) => tpl.id === suggested);
    if (index > 0) list.unshift(...list.splice(index, 1));
    return list;
  }, [templates, suggested, lang]);
  const needle = search.trim().toLocaleLowerCase();
  const shown = needle
    ? ordered.filter((tpl) => `${tpl.name.en} ${tpl.name['zh-CN']} ${tpl.description[lang]}`.toLocaleLowerCase().includes(needle))
    : ordered;

  const chosenId = templateId ?? suggested;
  const chosen = ordered.find((tpl) => tpl.id === chosenId) ?? null;
  const problems = chosen ? buildExtra(chosen.inputs, values).problems : {};
  const canGoOn = chosen !== null && Object.keys(problems).length === 0;

  if (templates === undefined) {
    return (
      <Group mt="md" gap="sm">
        <Loader size="sm" />
        <Text size="sm">{t('compose:template.loading')}</Text>
      </Group>
    );
  }
  if (templates.length === 0) {
    return (
      <Alert mt="md" color="gray" title={t('compose:template.none')}>
        <Button variant="light" onClick={() => navigate('/letters')}>
          {t('compose:template.manage')}
        </Button>
      </Alert>
    );
  }

  return (
    <Stack gap="md" mt="md">
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Stack gap="xs" style={{ flex: 3, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap">
            <Title order={3} size="h5">
              {t('compose:template.choose')}
            </Title>
            <TextInput
              size="xs"
              w={240}
              leftSection={<IconSearch size={14} />}
              placeholder={t('compose:template.search')}
              aria-label={t('compose:template.search')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              data-testid="compose-template-search"
            />
          </Group>
          <ScrollArea.Autosize mah="calc(100dvh - 330px)" offsetScrollbars>
            <Radio.Group value={chosenId} onChange={onTemplate}>
              <Stack gap={6} data-testid="compose-templates">
                {shown.map((tpl) => (
                  <TemplateCard key={tpl.id} template={tpl} lang={lang} suggested={tpl.id === suggested} batch={customers.length > 1} />
                ))}
                {shown.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('compose:template.noMatch', { text: search.trim() })}
                  </Text>
                )}
              </Stack>
            </Radio.Group>
          </ScrollArea.Autosize>
        </Stack>
        <Stack gap="xs" style={{ flex: 2, minWidth: 280 }}>
          <Title order={3} size="h5">
            {t('compose:template.inputs')}
          </Title>
          {chosen ? (
            <TemplateInputsForm template={chosen} lang={lang} values={values} onChange={onValues} problems={problems} showProblems={touched} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('compose:template.pickFirst')}
            </Text>
          )}
        </Stack>
      </Group>
      <Group>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t('compose:back')}
        </Button>
        <Button
          rightSection={<IconArrowRight size={16} />}
          onClick={() => {
            setTouched(true);
            if (!canGoOn || !chosen) return;
            if (templateId !== chosen.id) onTemplate(chosen.id);
            onNext();
          }}
          data-testid="compose-next"
        >
          {t('compose:next')}
        </Button>
      </Group>
    </Stack>
  );
}

function TemplateCard({ template, lang, suggested, batch }: { template: LetterTemplate; lang: UiLang; suggested: boolean; batch: boolean }) {
  const { t } = useTranslation('compose');
  return (
    <Radio.Card value={template.id} radius="md" p="sm" data-testid={`compose-template-${template.id}`}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} lineClamp={1}>
              {template.name[lang]}
            </Text>
            {suggested && (
              <Badge
                size="sm"
                color="grape"
                variant="light"
                leftSection={<IconSparkles size={12} />}
                title={batch ? t('template.suggestedBatch') : t('template.suggestedOne')}
                style={{ flex: 'none' }}
                data-testid="compose-suggested"
              >
                {t('template.suggested')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {template.description[lang]}
          </Text>
          <Text size="xs" c="dimmed">
            {t('template.languages', { list: Object.keys(template.variants).join(' · ') })}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}
