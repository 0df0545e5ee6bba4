import { ActionIcon, Badge, Button, Card, Grid, Group, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate, TemplateProblem } from '../../../../../src-shared/letters/types';
import { describeError } from '../../../../app/describeError';
import { saveTemplate } from '../../../../data';
import { PreviewPanel } from '../preview/PreviewPanel';
import { uiText } from '../templateText';
import { InputsEditor } from './InputsEditor';
import { MetaFields } from './MetaFields';
import { ProblemList } from './ProblemList';
import { addVariant, draftProblems, insertAt, removeVariant, setVariant, tidyForSave, variantLanguages } from './templateDraft';
import { useLeaveGuard } from './useLeaveGuard';
import { useTemplateChecks } from './useTemplateChecks';
import { VariablesPanel } from './VariablesPanel';
import type { VariantPart } from './VariantFields';
import { VariantFields } from './VariantFields';
import { VariantTabs } from './VariantTabs';

interface TemplateEditorProps {
  initial: LetterTemplate;
  isNew: boolean;
}

/**
 * One template: names and kind, a tab per language with subject and HTML body, the variables
 * panel, the inputs the composer asks for, and a live preview for a chosen customer. Problems
 * found by main's check show with line and column, and keep Save disabled.
 */
export function TemplateEditor({ initial, isNew }: TemplateEditorProps) {
  const { t, i18n } = useTranslation(['templates', 'common', 'customerPage']);
  const [draft, setDraft] = useState(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const [active, setActive] = useState(() => variantLanguages(initial)[0] ?? initial.fallbackLanguage);
  const [saving, setSaving] = useState(false);
  const [sideTab, setSideTab] = useState<string>('preview');
  const subjectRef = useRef<HTMLInputElement | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const lastPart = useRef<VariantPart>('html');

  const dirty = useMemo(() => JSON.stringify(draft) !== baseline, [draft, baseline]);
  const guard = useLeaveGuard(dirty, t);
  const checks = useTemplateChecks(draft.variants);
  const variant = draft.variants[active] ?? { subject: '', html: '' };
  const activeProblems = checks.problems[active] ?? [];
  const otherProblems = Object.entries(checks.problems).filter(([lang, list]) => lang !== active && list.length > 0 && draft.variants[lang]);
  const syntaxProblems = Object.values(checks.problems).reduce((n, list) => n + list.length, 0);
  const formProblems = draftProblems(draft);

  const saveBlockedBy = saving
    ? null
    : formProblems.includes('nameRequired')
      ? t('editor.blocked.name')
      : formProblems.includes('inputs')
        ? t('editor.blocked.inputs')
        : checks.pending
          ? t('editor.blocked.checking')
          : checks.error
            ? describeError(checks.error, t)
            : syntaxProblems > 0
              ? t('editor.blocked.problems', { count: syntaxProblems })
              : null;

  const edit = (next: LetterTemplate) => setDraft(next);

  /** Puts text at the caret of the subject or body (whichever was used last), and the caret after it. */
  const insert = useCallback(
    (text: string) => {
      const part = lastPart.current;
      const el = part === 'subject' ? subjectRef.current : bodyRef.current;
      const current = draft.variants[active]?.[part] ?? '';
      const start = el?.selectionStart ?? current.length;
      const end = el?.selectionEnd ?? start;
      const { value, caret } = insertAt(current, start, end, text);
      setDraft(setVariant(draft, active, { [part]: value }));
      requestAnimationFrame(() => {
        el?.focus();
        el?.setSelectionRange(caret, caret);
      });
    },
    [draft, active],
  );

  /** Selects the place a problem points at. */
  const showProblem = (problem: TemplateProblem) => {
    const el = problem.part === 'subject' ? subjectRef.current : bodyRef.current;
    if (!el) return;
    const lines = el.value.split('\n');
    const line = Math.max(1, Math.min(problem.line || 1, lines.length));
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, (problem.column || 1) - 1);
    el.focus();
    el.setSelectionRange(offset, Math.min(offset + 1, el.value.length));
  };

  const save = async () => {
    if (saveBlockedBy) return;
    setSaving(true);
    try {
      const tidy = tidyForSave(draft);
      await saveTemplate(tidy);
      setDraft(tidy);
      setBaseline(JSON.stringify(tidy));
      notifications.show({ color: 'teal', message: t('editor.saved') });
      if (isNew) guard.leaveNow(`/letters/templates/${encodeURIComponent(tidy.id)}`);
    } catch (err) {
      notifications.show({ color: 'red', title: t('editor.saveFailed'), message: describeError(err, t) });
    } finally {
      setSaving(false);
    }
  };

  const title = uiText(draft.name, i18n.language) || (isNew ? t('editor.newTitle') : t('list.unnamed'));

  return (
    <Stack
      gap="md"
      maw={1400}
      data-testid="template-editor"
      data-dirty={dirty ? 'true' : 'false'}
      data-checks={checks.pending ? 'pending' : 'done'}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <ActionIcon variant="subtle" size="lg" aria-label={t('editor.back')} onClick={() => guard.leave('/letters')} data-testid="template-back">
            <IconArrowLeft size={18} />
          </ActionIcon>
          <Title order={2} lineClamp={1} style={{ overflowWrap: 'anywhere' }} data-testid="template-title">
            {title}
          </Title>
          <Badge variant="light" color={draft.builtIn ? 'blue' : 'teal'} tt="none" style={{ flexShrink: 0 }}>
            {draft.builtIn ? t('list.builtIn') : t('list.own')}
          </Badge>
          {dirty && (
            <Badge variant="light" color="orange" tt="none" style={{ flexShrink: 0 }} data-testid="template-unsaved">
              {t('editor.unsaved')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {saveBlockedBy && dirty && (
            <Text size="sm" c="dimmed" maw={320} ta="right" lineClamp={2} data-testid="save-blocked-reason">
              {saveBlockedBy}
            </Text>
          )}
          <Tooltip label={saveBlockedBy ?? ''} disabled={!saveBlockedBy} multiline maw={300}>
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={Boolean(saveBlockedBy) || (!dirty && !isNew)}
              loading={saving}
              onClick={() => void save()}
              data-testid="template-save"
            >
              {t('common:actions.save')}
            </Button>
          </Tooltip>
        </Group>
      </Group>

      <Card withBorder>
        <MetaFields template={draft} nameMissing={formProblems.includes('nameRequired') && dirty} onChange={(patch) => edit({ ...draft, ...patch })} />
      </Card>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder>
            <Stack gap="sm">
              <VariantTabs
                template={draft}
                active={active}
                problems={checks.problems}
                onSelect={setActive}
                onAdd={(lang) => {
                  edit(addVariant(draft, lang));
                  setActive(lang);
                }}
                onRemove={(lang) => {
                  const next = removeVariant(draft, lang);
                  edit(next);
                  setActive(next.fallbackLanguage);
                }}
                onMakeFallback={(lang) => edit({ ...draft, fallbackLanguage: lang })}
              />
              <VariantFields
                key={active}
                variant={variant}
                language={active}
                subjectRef={subjectRef}
                bodyRef={bodyRef}
                onChange={(part, value) => edit(setVariant(draft, active, { [part]: value }))}
                onFocusPart={(part) => (lastPart.current = part)}
              />
              <ProblemList problems={activeProblems} onShow={showProblem} />
              {otherProblems.length > 0 && <OtherLanguageProblems entries={otherProblems} onOpen={setActive} />}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder>
            <Tabs value={sideTab} onChange={(v) => v && setSideTab(v)}>
              <Tabs.List mb="sm">
                <Tabs.Tab value="preview" data-testid="side-tab-preview">
                  {t('preview.title')}
                </Tabs.Tab>
                <Tabs.Tab value="variables" data-testid="side-tab-variables">
                  {t('variables.title')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="preview">
                <PreviewPanel variant={variant} language={active} inputs={draft.inputs} />
              </Tabs.Panel>
              <Tabs.Panel value="variables">
                <VariablesPanel inputs={draft.inputs} onInsert={insert} />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </Grid.Col>
      </Grid>

      <Card withBorder>
        <Title order={4} mb={4}>
          {t('inputs.title')}
        </Title>
        <InputsEditor inputs={draft.inputs} onChange={(inputs) => edit({ ...draft, inputs })} />
      </Card>
    </Stack>
  );
}

function OtherLanguageProblems({ entries, onOpen }: { entries: [string, TemplateProblem[]][]; onOpen(lang: string): void }) {
  const { t } = useTranslation('templates');
  return (
    <Group gap="xs" data-testid="other-language-problems">
      <Text size="sm" c="red">
        {t('problem.otherLanguages')}
      </Text>
      {entries.map(([lang, list]) => (
        <Button key={lang} size="compact-xs" variant="light" color="red" onClick={() => onOpen(lang)}>
          {lang} ({list.length})
        </Button>
      ))}
    </Group>
  );
}
