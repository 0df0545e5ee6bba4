import { Button, Center, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMail, IconPlus, IconSettings } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate, TemplateKind } from '../../../../../src-shared/letters/types';
import { TEMPLATE_KINDS } from '../../../../../src-shared/letters/types';
import { navigate } from '../../../../app/router';
import { useTemplates } from '../../../../data';
import { uiText } from '../templateText';
import { TemplateRow } from './TemplateRow';

/** #/letters: every template, grouped by what it is for, in the order of a sales cycle. */
export function TemplateList() {
  const { t, i18n } = useTranslation(['templates', 'common']);
  const templates = useTemplates();
  const groups = useMemo(() => groupByKind(templates ?? [], i18n.language), [templates, i18n.language]);

  return (
    <Stack maw={980} gap="md" data-testid="template-list">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={2}>{t('list.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('list.description')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/letters/templates/new')} data-testid="template-new">
          {t('list.new')}
        </Button>
      </Group>
      {templates === undefined ? (
        <Center h={200}>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : templates.length === 0 ? (
        <EmptyTemplates />
      ) : (
        groups.map(([kind, list]) => (
          <Stack key={kind} gap="xs" data-testid={`template-group-${kind}`}>
            <Title order={4}>
              {t(`kind.${kind}`)}{' '}
              <Text span c="dimmed" size="sm" fw={400}>
                {t('list.groupCount', { count: list.length })}
              </Text>
            </Title>
            {list.map((template) => (
              <TemplateRow key={template.id} template={template} />
            ))}
          </Stack>
        ))
      )}
    </Stack>
  );
}

function EmptyTemplates() {
  const { t } = useTranslation('templates');
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" maw={480} data-testid="templates-empty">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconMail size={30} />
        </ThemeIcon>
        <Title order={3} ta="center">
          {t('list.emptyTitle')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('list.emptyBody')}
        </Text>
        <Group gap="xs" justify="center">
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/letters/templates/new')}>
            {t('list.new')}
          </Button>
          <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => navigate('/settings')}>
            {t('list.restoreInSettings')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}

/**
 * Kinds in TEMPLATE_KINDS order; within a kind, built-ins first in the pack's own order (its ids
 * run A to D and 1 to 3 in every language), then the salesperson's own by name.
 */
function groupByKind(templates: readonly LetterTemplate[], language: string): [TemplateKind, LetterTemplate[]][] {
  const collator = new Intl.Collator(language);
  return TEMPLATE_KINDS.map((kind): [TemplateKind, LetterTemplate[]] => [
    kind,
    templates
      .filter((tpl) => tpl.kind === kind)
      .sort(
        (a, b) =>
          Number(b.builtIn) - Number(a.builtIn) ||
          (a.builtIn ? a.id.localeCompare(b.id) : collator.compare(uiText(a.name, language), uiText(b.name, language))),
      ),
  ]).filter(([, list]) => list.length > 0);
}
