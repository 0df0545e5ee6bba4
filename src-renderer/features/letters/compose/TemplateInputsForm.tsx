import { Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate, TemplateInput } from '../../../../src-shared/letters/types';
import type { InputProblem, InputValue, InputValues } from './templateInputs';
import { COMMON_CURRENCIES, emptyValue } from './templateInputs';

interface Props {
  template: LetterTemplate;
  lang: 'en' | 'zh-CN';
  values: InputValues;
  onChange(values: InputValues): void;
  problems: Record<string, InputProblem>;
  /** After the first "Next": problems show under their fields. */
  showProblems: boolean;
}

/** The template's batch-wide inputs: text, number, a date, or money as amount + currency. */
export function TemplateInputsForm({ template, lang, values, onChange, problems, showProblems }: Props) {
  const { t } = useTranslation('compose');
  if (template.inputs.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="compose-no-inputs">
        {t('template.inputsHint')}
      </Text>
    );
  }
  const set = (key: string, value: InputValue) => onChange({ ...values, [key]: value });
  return (
    <DatesProvider settings={{ locale: lang === 'zh-CN' ? 'zh-cn' : 'en' }}>
      <Stack gap="sm" data-testid="compose-inputs">
        <Text size="xs" c="dimmed">
          {t('template.inputsHint')}
        </Text>
        {template.inputs.map((input) => {
          const problem = problems[input.key];
          const error = showProblems && problem ? t(`inputs.problems.${problem}`) : null;
          return (
            <InputField
              key={input.key}
              input={input}
              label={input.label[lang]}
              value={values[input.key] ?? emptyValue(input)}
              error={error}
              onChange={(v) => set(input.key, v)}
            />
          );
        })}
      </Stack>
    </DatesProvider>
  );
}

function InputField({
  input,
  label,
  value,
  error,
  onChange,
}: {
  input: TemplateInput;
  label: string;
  value: InputValue;
  error: string | null;
  onChange(value: InputValue): void;
}) {
  const { t } = useTranslation('compose');
  const testId = `compose-input-${input.key}`;
  const text = typeof value === 'string' ? value : '';
  switch (input.type) {
    case 'date':
      return (
        <DateInput
          label={label}
          withAsterisk={input.required}
          placeholder={t('inputs.pickDate')}
          valueFormat="YYYY-MM-DD"
          clearable
          value={text || null}
          onChange={(v) => onChange(v ? v.slice(0, 10) : '')}
          error={error}
          data-testid={testId}
        />
      );
    case 'money': {
      const money = typeof value === 'object' ? value : { amount: '', currency: 'USD' };
      return (
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              label={label}
              withAsterisk={input.required}
              placeholder="1,250.00"
              inputMode="decimal"
              value={money.amount}
              onChange={(e) => onChange({ ...money, amount: e.currentTarget.value })}
              error={error}
              style={{ flex: 1 }}
              data-testid={testId}
            />
            <Select
              label={t('inputs.currency')}
              w={110}
              data={[...new Set([money.currency, ...COMMON_CURRENCIES])]}
              value={money.currency}
              onChange={(v) => v && onChange({ ...money, currency: v })}
              allowDeselect={false}
              searchable
              comboboxProps={{ withinPortal: true }}
              data-testid={`${testId}-currency`}
            />
          </Group>
        </Stack>
      );
    }
    case 'number':
      return (
        <NumberInput
          label={label}
          withAsterisk={input.required}
          value={text}
          onChange={(v) => onChange(String(v))}
          error={error}
          data-testid={testId}
        />
      );
    case 'text':
      return (
        <TextInput
          label={label}
          withAsterisk={input.required}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          maxLength={500}
          data-testid={testId}
        />
      );
  }
}
