import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TemplateInput } from '../../../../../src-shared/letters/types';
import { blankInput, inputProblems, MAX_INPUTS } from './templateDraft';

const INPUT_TYPES: readonly TemplateInput['type'][] = ['text', 'date', 'money', 'number'];

interface InputsEditorProps {
  inputs: TemplateInput[];
  onChange(inputs: TemplateInput[]): void;
}

/**
 * The fields the composer asks for once per batch (a quote number, the closure dates), read in
 * the template as {{extra.<key>}}.
 */
export function InputsEditor({ inputs, onChange }: InputsEditorProps) {
  const { t } = useTranslation('templates');
  const problems = inputProblems(inputs);
  const types = INPUT_TYPES.map((type) => ({ value: type, label: t(`inputs.type.${type}`) }));
  const update = (index: number, patch: Partial<TemplateInput>) => onChange(inputs.map((input, i) => (i === index ? { ...input, ...patch } : input)));

  return (
    <Stack gap="xs" data-testid="inputs-editor">
      <Text size="sm" c="dimmed">
        {t('inputs.description')}
      </Text>
      {inputs.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          {t('inputs.none')}
        </Text>
      )}
      {inputs.map((input, index) => {
        const problem = problems[index];
        return (
          <Paper key={index} withBorder p="xs" radius="sm" data-testid={`input-row-${index}`}>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <TextInput
                label={t('inputs.key')}
                leftSection={<Text size="xs" c="dimmed">extra.</Text>}
                leftSectionWidth={44}
                w={230}
                maxLength={80}
                value={input.key}
                error={problem && problem !== 'labelRequired' ? t(`inputs.problem.${problem}`) : undefined}
                onChange={(e) => update(index, { key: e.currentTarget.value })}
                data-testid={`input-key-${index}`}
              />
              <Select
                label={t('inputs.typeLabel')}
                w={130}
                data={types}
                value={input.type}
                allowDeselect={false}
                onChange={(v) => v && update(index, { type: v as TemplateInput['type'] })}
                data-testid={`input-type-${index}`}
              />
              <TextInput
                label={t('inputs.labelEn')}
                style={{ flex: 1, minWidth: 140 }}
                maxLength={120}
                value={input.label.en}
                error={problem === 'labelRequired' ? t('inputs.problem.labelRequired') : undefined}
                onChange={(e) => update(index, { label: { ...input.label, en: e.currentTarget.value } })}
                data-testid={`input-label-en-${index}`}
              />
              <TextInput
                label={t('inputs.labelZh')}
                style={{ flex: 1, minWidth: 140 }}
                maxLength={120}
                value={input.label['zh-CN']}
                onChange={(e) => update(index, { label: { ...input.label, 'zh-CN': e.currentTarget.value } })}
                data-testid={`input-label-zh-${index}`}
              />
              <Checkbox
                mt={30}
                label={t('inputs.required')}
                checked={input.required}
                onChange={(e) => update(index, { required: e.currentTarget.checked })}
                data-testid={`input-required-${index}`}
              />
              <ActionIcon
                mt={28}
                variant="subtle"
                color="red"
                aria-label={t('inputs.remove', { key: input.key || '…' })}
                onClick={() => onChange(inputs.filter((_, i) => i !== index))}
                data-testid={`input-remove-${index}`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={inputs.length >= MAX_INPUTS}
          onClick={() => onChange([...inputs, blankInput()])}
          data-testid="input-add"
        >
          {t('inputs.add')}
        </Button>
      </Group>
    </Stack>
  );
}
